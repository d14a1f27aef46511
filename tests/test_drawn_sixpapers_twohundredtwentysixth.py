"""The two-hundred-and-twenty-sixth drawn set (sample_docs/drawn_sixpapers_twohundredtwentysixth.py), a test set of two
forms ID 990B, two contracts and two plans, read cold at 26 / 30. What it needed: a 990B's particulars typed as a letter
('… wish to employ Ms. … as …'), its person and post read by role where no row states them; 'Headcount (HK)'; capital
as 注资. Tested on other wording."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page
from tests.synthetic import cells, doc_of_rows


def test_a_990b_typed_as_a_letter():
    doc = doc_of_rows([[(1280, "ID 990B")], [(140, "Particulars of the employer")],
                       [(140, "We, Kestrel Freight Solutions Limited (BR No. 12785340), would like to employ Mr. HU Tianle as")],
                       [(140, "Fleet Planner at a salary of HK$36,000 a month.")]])
    read = registry.extract("employer_form", doc)
    assert (read["applicant_name"].value, read["position"].value) == ("HU TIANLE", "Fleet Planner")


def test_a_headcount_in_hong_kong_by_year():
    doc = doc_of_rows([[(140, "Outlook")], [(700, "2027"), (1000, "2028")], [(140, "Revenue (HK$)"), (700, "2,300,000"), (1000, "3,100,000")],
                       [(140, "Headcount (HK)"), (700, "4"), (1000, "6")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4


def test_capital_injected_as_zhuzi():
    words = cells(200, (140, "问：资金来源？"), han=True)
    words += cells(270, (140, "答：股东已注资"), han=True) + cells(270, (140 + 42 * 7, "港币150万元。"))
    words += cells(340, (140, "预计营业额：港币400万元"), han=False)
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 1500000.0
