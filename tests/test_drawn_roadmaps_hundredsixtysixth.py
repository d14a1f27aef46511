"""The hundred-and-sixty-sixth drawn set (sample_docs/drawn_roadmaps_hundredsixtysixth.py), a third test set of five
business plans, read cold at 10 / 15. What it needed: a forecast table's bare 收入 row as the turnover; 'Hong Kong staff'
as local hires; a plan of 'Initial capital' and 'Milestones' known for a plan. Left: hires on two rows of a milestone
table in the same year (2 and 1) are read as the first row's 2."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_a_bare_income_row_and_hong_kong_staff():
    hant = doc_of_rows([[(560, "澄江環境檢測有限公司")], [(700, "業務計劃書")], [(140, "實收資本：港幣800,000元")],
                        [(140, "項目"), (700, "首年"), (1100, "次年")], [(140, "收入（港元）"), (660, "2,400,000"), (1060, "3,600,000")],
                        [(140, "本地僱員人數"), (700, "4"), (1100, "6")]])
    assert registry.extract("business_plan", hant)["projected_turnover_hkd"].value == 2400000.0
    targets = doc_of_rows([[(140, "Quartz Harbour Events Limited")], [(140, "Paid-up capital: HK$550,000")],
                           [(140, "Turnover target for 2027: HK$2.8m")], [(140, "Recruitment: 3 Hong Kong staff in 2027, 2 more in 2028")]])
    assert registry.extract("business_plan", targets)["local_jobs"].value == 3


def test_initial_capital_and_milestones_are_a_plans():
    words = cells(240, (140, "Ridgeback Robotics Limited")) + cells(300, (140, "Initial capital: HK$1,000,000 (paid up)")) \
        + cells(360, (140, "Revenue, year 1: HK$3,000,000")) + cells(440, (140, "Milestones")) \
        + cells(500, (160, "Q1 2027"), (460, "Hire 2 local engineers"))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "business_plan" and score >= load_rules()["min_score"]
