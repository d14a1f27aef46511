"""The two-hundred-and-seventy-first drawn set (sample_docs/drawn_phalarope_twohundredseventyfirst.py), read cold at
34 / 36. What it needed: an English major named before its word ('in the Accounting programme'); a stay's month
('… to June 2019') no longer hiding the certificate's date that is the month's last day. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_major_before_its_word_and_the_date_after_a_stay_in_months():
    doc = doc_of_rows([[(500, "GRADUATION CERTIFICATE")],
                       [(140, "Student HAN Lu, male, born on 9 April 1998, followed the courses in the Logistics Management programme")],
                       [(140, "from September 2016 to June 2020 and is permitted to graduate.")], [(140, "Beiling Jiaotong University")],
                       [(140, "30 June 2020")], [(140, "Certificate No.:  195491202005000877")]])
    read = registry.extract("graduation_certificate", doc)
    assert (read["major"].value, read["graduation_date"].value) == ("Logistics Management", "2020-06-30")
