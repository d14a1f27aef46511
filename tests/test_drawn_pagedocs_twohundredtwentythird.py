"""The two-hundred-and-twenty-third drawn set (sample_docs/drawn_pagedocs_twohundredtwentythird.py), a test set of two
plans, two work letters, a consent and a sole trader's accounts, read cold at 14 / 23. What it needed: a paper no
type's words claim typed as a work letter where its reader finds a post and a stay that has ended; a page headed 'Plan
for 2027'; capital as 'our own money'; a consent's 审批单位; a trading name over its statement's heading. Tested on other
wording."""
from extractors import registry
from extractors.stated_type import told_as_a_past_stay
from flows.case import analyse_file
from pipeline.classify import load_rules
from pipeline.ingest import describe_file
from sample_docs.drawn_forms import Sheet, scanned_png, text_lines
from tests.synthetic import best_type, doc_of_rows


def test_a_stay_told_whole_is_a_work_letter(tmp_path):
    s = Sheet()
    text_lines(s, 140, 120, ["Xuzhou Ironbridge Machinery Co., Ltd.", "", "16 November 2026", "",
                             "Ms. PAN Yuting's time with Xuzhou Ironbridge Machinery Co., Ltd. lasted from 3 March 2013",
                             "to 30 June 2019, during which she was our Export Sales Manager.", "", "Administration Office"], 24, "serif", 44)
    (tmp_path / "letter.png").write_bytes(scanned_png(s, "letter"))
    doc = analyse_file(describe_file(tmp_path, tmp_path / "letter.png"), 0).documents[0]
    assert doc.type == "work_experience_letter"
    assert (doc.fields["start_date"].value, doc.fields["end_date"].value) == ("2013-03-03", "2019-06-30")


def test_a_stay_to_come_is_no_work_letter():
    doc = doc_of_rows([[(140, "Mr. YU Hang will serve as Logistics Analyst from 1 March 2027 to 28 February 2029.")]])
    assert not told_as_a_past_stay(doc)


def test_a_page_headed_as_a_plan_for_a_year():
    best, score = best_type([(140, "Dovetail Joinery Limited"), (140, "Plan for 2028"), (140, "1. What we make"),
                             (140, "Fitted kitchens and wardrobes for flats in Kowloon.")])
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_capital_as_our_own_money():
    doc = doc_of_rows([[(140, "Money")], [(140, "We begin with HK$700,000 of our own money.")], [(140, "Turnover forecast: HK$2,100,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 700000.0


def test_a_consents_approving_unit():
    doc = doc_of_rows([[(140, "员工赴港工作审批表")], [(140, "姓名"), (500, "龙思远")], [(140, "审批意见"), (500, "同意")],
                       [(140, "审批单位"), (500, "宁波甬江电子有限公司")], [(140, "日期"), (500, "2026年11月19日")]], han=True)
    assert registry.extract("consent_letter", doc)["organisation"].value == "宁波甬江电子有限公司"


def test_a_trading_name_over_its_statements_heading():
    doc = doc_of_rows([[(140, "LUCKY STAR HARDWARE STORE")], [(140, "Income statement for the year ended 31 December 2025")],
                       [(1000, "HK$")], [(140, "Sales"), (1000, "2,406,100")], [(140, "Net profit"), (1000, "318,900")]])
    assert registry.extract("financial_statement", doc)["company_name"].value == "LUCKY STAR HARDWARE STORE"
