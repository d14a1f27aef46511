"""The hundred-and-eighty-sixth drawn set (sample_docs/drawn_diplomata_hundredeightysixth.py), two degree and two
graduation certificates, read cold at 25 / 26. What it needed: a graduation certificate's school named in capitals on
a line of its own, as a degree's is read."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_graduation_certificates_school_in_capitals():
    doc = doc_of_rows([[(420, "NORTH RIVER COLLEGE OF TECHNOLOGY")], [(560, "GRADUATION CERTIFICATE")],
                       [(140, "Student HUO Jiale, male, born on 3 May 1999, studied Automation from September 2017 to June 2021")],
                       [(140, "and is permitted to graduate.")], [(140, "Certificate No.: 198866202105000719")]])
    assert registry.extract("graduation_certificate", doc)["institution"].value.lower() == "north river college of technology"
