"""The hundred-and-sixty-seventh drawn set (sample_docs/drawn_fourteenthhand_hundredsixtyseventh.py), a fourteenth whole
clean application on a package over HK$2,000,000, read cold at 60 / 62 with 1 check of 17 not passed (the drawn
portrait). What it needed: the person a consent is for named before 拟受聘 with a title after the name ('首席研究员骆承志
博士拟受聘于香港…'); a post after 'appoints the Executive as its'."""
from extractors import registry
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc
from validators.derived import related_families


def test_a_doctor_to_be_hired_in_hong_kong():
    doc = _han_doc([(560, "成都天府智能装备研究院"), (700, "同意函"),
                    (140, "我院首席研究员骆承志博士拟受聘于香港Vantage Peak Automation Holdings Limited。经院长办公会研究，我院同意其赴香港工作。"),
                    (900, "院长：钟启明"), (900, "成都天府智能装备研究院"), (980, "2026年11月28日")])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "骆承志"


def test_a_post_after_as_its():
    doc = doc_of_rows([[(600, "SERVICE AGREEMENT")],
                       [(140, 'This Agreement is made between Vantage Peak Automation Holdings Limited (the "Company") and Dr LUO Chengzhi')],
                       [(140, '(the "Executive").')],
                       [(140, "1. Appointment. The Company appoints the Executive as its Chief Technology Officer from 1 March 2027.")]])
    assert registry.extract("employment_contract", doc)["position"].value == "Chief Technology Officer"


def test_a_chief_technology_officer_uses_an_engineering_degree():
    assert "engineering" in related_families("控制科学与工程", "Chief Technology Officer")
