"""The two-hundred-and-seventy-fifth drawn set (sample_docs/drawn_stilt_twohundredseventyfifth.py), read cold at
22 / 26. What it needed: a table's unit stated as 单位：万港元 (the currency between 万 and 元); a degree's subject in
brackets after it. Tested on other wording."""
from extractors import registry
from extractors.applicant_docs import with_field_of_degree
from pipeline.amounts import stated_unit
from pipeline.model import Field
from tests.synthetic import doc_of_rows


def test_ten_thousands_with_the_currency_inside():
    assert [stated_unit(t) for t in ("單位：萬港元", "单位：港币万元", "单位：百万港元", "单位：万人")] == [10000, 10000, 1_000_000, 1]


def test_a_plan_table_in_ten_thousands():
    doc = doc_of_rows([[(900, "單位：萬港元")], [(160, "股東出資"), (700, "85")], [(160, "首年營業額"), (700, "320")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value) == (850000.0, 3200000.0)


def _degree(name: str) -> dict:
    return with_field_of_degree({"degree": Field(value=name, confidence=0.9, file="p.png", page=1, source="ocr")})


def test_a_subject_in_brackets_after_the_degree():
    read = _degree("Bachelor of Science (Applied Chemistry)")
    assert (read["degree"].value, read["major"].value) == ("Bachelor of Science", "Applied Chemistry")


def test_honours_in_brackets_stay_the_degrees():
    assert _degree("Bachelor of Arts (Honours)")["degree"].value == "Bachelor of Arts (Honours)"
