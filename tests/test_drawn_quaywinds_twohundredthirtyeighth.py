"""The two-hundred-and-thirty-eighth drawn set (sample_docs/drawn_quaywinds_twohundredthirtyeighth.py), plans and work
letters, read cold at 11 / 21. What it needed: a stay stated to the month only, taken from its first month's first day
to its last month's last day; a team placed in Hong Kong by its office's district (the districts as data); capital
'subscribed … in … shares'; a forecast asked as 'What do you expect to sell?'; a plan's sources of funds and its
projected income statement telling a plan, not accounts. Tested on other wording."""
from extractors import registry
from extractors.plan_hires import local_hires
from pipeline.classify import load_rules
from pipeline.date_words import month_periods
from tests.synthetic import best_type, doc_of_rows


def test_a_stay_to_the_month():
    doc = doc_of_rows([[(140, "Kunming Springcity Pharmacy Chain Co., Ltd.")], [(140, "Certificate of employment")],
                       [(140, "Ms. DAI Xiaoyu was our Store Operations Manager from Sept. 2013 to February 2020.")]])
    fields = registry.extract("work_experience_letter", doc)
    assert (fields["start_date"].value, fields["end_date"].value) == ("2013-09-01", "2020-02-29")


def test_a_stay_to_the_month_in_chinese_and_in_figures():
    assert month_periods("该同志于2009年3月至2016年11月在我院任主治医师")[0][:2] == ("2009-03-01", "2016-11-30")
    assert month_periods("2018.10 - 2023.06  Senior Auditor")[0][:2] == ("2018-10-01", "2023-06-30")
    assert month_periods("from 3 May 2018 to 30 June 2023") == []  # whole dates are read as they are


def test_a_team_placed_by_its_district():
    assert local_hires("By month twelve we will employ five people at our shop in Tsuen Wan.")[0] == 5


def test_capital_subscribed_for_shares():
    doc = doc_of_rows([[(140, "Money")], [(140, "The two founders subscribed HK$720,000 in preference shares.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 720000.0


def test_sources_of_funds_tell_a_plan():
    best, score = best_type([(140, "Brightkeel Sailing School Limited"), (140, "Sources of funds"),
                             (140, "Owners' capital  HK$350,000"), (140, "Bank overdraft  HK$100,000"),
                             (140, "Projected income statement for the first year"), (140, "Fees  HK$1,400,000"),
                             (140, "Net profit  HK$95,000")])
    assert best == "business_plan" and score >= load_rules()["min_score"]
