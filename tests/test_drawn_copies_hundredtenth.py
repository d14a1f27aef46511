"""The hundred-and-tenth drawn set (sample_docs/drawn_copies_hundredtenth.py), read cold at 11 / 17. What it needed:
an identity card's copy attached under a consent ('附：身份证复印件') leaves the page the consent's; a date after '出生'
is a birth; a unit in the paper's heading ('Business Plan (figures in HK$'000)'); staff counted by place
('Headcount - Hong Kong')."""
from PIL import Image

from extractors import registry
from extractors.declared import read_declared
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows

LETTER = ["证明", "兹证明汤若琳同志系我公司正式员工。我公司同意其应聘香港职位，赴港工作。", "厦门鹭岛文创传媒有限公司", "2026年11月23日",
          "附：身份证复印件", "姓名 汤若琳", "出生 1994年6月19日", "居民身份证"]


def test_an_identity_card_copy_under_a_consent():
    words = [w for k, line in enumerate(LETTER) for w in cells(200 + 60 * k, (140, line), han=True)]
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "consent_letter"


def test_a_date_after_its_birth_cue_is_no_letters_date():
    doc = doc_of_rows([[(140, line)] for line in LETTER])
    assert registry.extract("consent_letter", doc)["date"].value == "2026-11-23"


def test_a_unit_in_the_papers_heading_and_staff_by_place():
    doc = doc_of_rows([[(140, "Harbourlight Fintech Limited")], [(140, "Business Plan (figures in HK$'000)")],
                       [(140, "Harbourlight builds payment software. Its paid-up share capital is HK$2,500,000.")],
                       [(140, "We sell to banks in Hong Kong and Macau.")],
                       [(640, "2027"), (900, "2028")], [(140, "Revenue"), (640, "3,150"), (900, "5,400")],
                       [(140, "Headcount - Hong Kong"), (640, "6"), (900, "9")], [(140, "Headcount - Mainland"), (640, "2"), (900, "3")]])
    found = read_declared("business_plan", doc)
    assert (found["projected_turnover_hkd"].value, found["local_jobs"].value) == (3150000, 6)
