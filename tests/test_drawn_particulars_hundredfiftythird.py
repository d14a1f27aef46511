"""The hundred-and-fifty-third drawn set (sample_docs/drawn_particulars_hundredfiftythird.py), four ID 990A forms in
layouts no set drew, read cold at 36 / 40. What it needed: a Chinese name written by hand that the page's reading lost
beside its label, read again from the strip right of it; 'Born on' as the birth date's label; the degree question asked
as 'Holder of a local degree of Hong Kong?'. Left: a handwritten 9 read as 4 in a travel document's number (nothing on
a form alone checks it)."""
from extractors import registry
from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_particulars_hundredfiftythird import applicant_date_boxes
from tests.synthetic import doc_of_rows


def test_a_handwritten_chinese_name_lost_beside_its_label(tmp_path):
    data, _ = applicant_date_boxes()
    (tmp_path / "id990a.png").write_bytes(data)
    doc = analyse_file(describe_file(tmp_path, tmp_path / "id990a.png"), 0).documents[0]
    assert doc.fields["name_zh"].value == "宋凯乐"


def test_born_on_and_a_local_degree_of_hong_kong():
    doc = doc_of_rows([[(1280, "ID 990A")], [(140, "1. Surname"), (700, "LUO")], [(140, "5. Born on"), (700, "7 Aug 1993")],
                       [(140, "Holder of a local degree of Hong Kong?"), (820, "No")]])
    read = registry.extract("applicant_form", doc)
    assert (read["date_of_birth"].value, read["hk_local_degree"].value) == ("1993-08-07", False)
