"""The hundred-and-thirty-eighth drawn set (sample_docs/drawn_diplomas_hundredthirtyeighth.py), four degrees read cold
at 25 / 28. What it needed: a paragraph that opens with the holder's name (尹雨萱在本校…); an English degree read with
its subject after it ('MASTER OF ENGINEERING' over 'IN CIVIL ENGINEERING') is the degree, and the subject its major."""
from extractors import registry
from extractors.applicant_docs import with_field_of_degree
from pipeline.model import Field
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_paragraph_opening_with_the_holder():
    doc = _han_doc([(620, "滇南农业大学"), (620, "学士学位证书"), (180, "尹雨萱在本校园艺专业完成了本科学习计划，业已毕业，授予农学学士学位。")])
    assert registry.extract("degree_certificate", doc)["holder_name"].value == "尹雨萱"


def test_a_degree_with_its_subject():
    out = with_field_of_degree({"degree": Field(value="MASTER OF ENGINEERING IN CIVIL ENGINEERING", confidence=0.9, file="d.png", page=1,
                                                bbox=None, source="ocr")})
    assert (out["degree"].value, out["major"].value) == ("MASTER OF ENGINEERING", "CIVIL ENGINEERING")
