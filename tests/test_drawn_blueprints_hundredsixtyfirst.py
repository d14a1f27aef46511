"""The hundred-and-sixty-first drawn set (sample_docs/drawn_blueprints_hundredsixtyfirst.py), a second test set of five
business plans, read cold at 9 / 15. What it needed: a plan titled by its investment and staffing (投资及人员计划) with
本地员工 known for a plan; 'Equity from shareholders' as the capital's label (a bank loan beside it is none); roles listed
after a label of local hires summed ('3 surveyors and 1 administrator'); a sentence that names the first year is no
chart's axis (its month's sales are no first year's bar)."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.read import ReadPage
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_an_investment_and_staffing_plan_in_chinese():
    doc = _han_doc([(560, "香港汇川跨境物流有限公司"), (700, "投资及人员计划"), (140, "注册资本：港币100万元（已缴足）"),
                    (140, "项目　第一年　第二年"), (140, "营业额（港元）　2,000,000　3,200,000"), (140, "本地员工（人）　3　5")])
    best, score = score_page(ReadPage(doc.pages[0], Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_equity_from_shareholders_and_roles_summed():
    doc = doc_of_rows([[(140, "Kestrel Drone Surveys Limited")], [(140, "Sources of funds")], [(160, "Equity from shareholders: HK$400,000")],
                       [(160, "Bank loan (SME Financing Guarantee Scheme): HK$200,000")],
                       [(140, "Expected turnover in the first year of operation: HK$1,750,000")],
                       [(140, "Local employees in the first year: 3 surveyors and 1 administrator (4)")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["local_jobs"].value) == (400000.0, 4)


def test_a_months_sales_in_a_sentence_is_no_chart():
    doc = doc_of_rows([[(140, "Pebblebrook Pet Nutrition Limited")],
                       [(140, "The founders have subscribed HK$350,000 of share capital, fully paid. From the third month")],
                       [(140, "we expect sales of HK$150,000 a month, about HK$1,500,000 in the first year. We will hire")],
                       [(140, "two local sales staff in the first year and a third in the second.")]])
    assert registry.extract("business_plan", doc)["projected_turnover_hkd"].value == 1500000.0
