"""The hundred-and-forty-eighth drawn set (sample_docs/drawn_prospects_hundredfortyeighth.py), five business plans in
wording no set used, read cold at 11 / 15. What it needed: local hires counted in figures before 名 ('4名本地员工'); a
count answered alone ('Three, all Hong Kong permanent residents'); a label inside an answer ('A: HK$600,000 of paid-up
capital') read there, not in the next question's answer; 'Funding' as the capital's label; a fiscal year ('FY2027') no
sum. (The set's consent twin, the hundred-and-forty-seventh, read 20 / 20 cold and needed nothing.)"""
from extractors import registry
from pipeline.amounts import parse_amount
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_local_hires_counted_in_figures_before_ming():
    doc = _han_doc([(560, "香港启明跨境电商有限公司"), (720, "经营计划"), (140, "本公司注册资本港币80万元，已全部缴足。"),
                    (140, "公司计划在香港招聘4名本地员工，负责客户服务。")])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4


def test_answers_read_under_their_own_questions():
    doc = doc_of_rows([[(140, "Tidemark Coffee Roasters Limited - our plan in questions")],
                       [(140, "Q: How much money goes into the business?")], [(140, "A: HK$600,000 of paid-up capital, from the two shareholders.")],
                       [(140, "Q: What turnover do you expect in the first year?")], [(140, "A: About HK$1,400,000 from wholesale.")],
                       [(140, "Q: How many local people will you employ?")], [(140, "A: Three, all Hong Kong permanent residents.")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value, read["local_jobs"].value) == (600000.0, 1400000.0, 3)


def test_funding_bullet_and_a_fiscal_year():
    doc = doc_of_rows([[(140, "Lumenfield Learning Ltd | The plan in brief")],
                       [(160, "Funding: HK$1.2 million from the two founders, paid up as share capital")],
                       [(160, "Revenue target (FY2027): HK$3.5M from school licences")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 1200000.0
    assert parse_amount("Revenue target (FY2027") is None and parse_amount("FY 2027: HK$3.5M") == 3500000.0


def test_funding_alone_on_its_line_is_a_heading():
    # the hundred-and-thirty-third set's plan: 'Funding:' heads the lines under it, whose capital is the share capital
    doc = doc_of_rows([[(140, "Ironbark Specialty Coffee Limited")], [(140, "Funding:")],
                       [(140, "Initial investment: HK$600,000 (share capital HK$500,000 and a shareholder's loan of HK$100,000)")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 500000.0
