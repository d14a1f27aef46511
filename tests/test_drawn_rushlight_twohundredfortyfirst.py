"""The two-hundred-and-forty-first drawn set (sample_docs/drawn_rushlight_twohundredfortyfirst.py): work letters, accounts
and plans, read cold at 18 / 23. What it needed: a year's last digits never a day ('Aug 2014 - Jun 2017' read as 14
June); a letter's posts in rows by month, from the first row's start to the last row's end, the post from the cell
under the posts' heading; a date right after its label's colon where a paragraph wraps it across lines; local
recruitment listed by role ('2 sales executives, 1 installation technician'). Tested on other wording."""
from extractors import registry
from extractors.base import parse_date
from extractors.plan_hires import local_hires
from tests.synthetic import doc_of_rows


def test_a_years_last_digits_are_no_day():
    assert parse_date("Sep 2012 - Feb 2019") is None
    assert parse_date("on 12 - Feb - 2019") == "2019-02-12"


def test_posts_in_rows_by_month():
    doc = doc_of_rows([[(140, "Harbin Snowfield Dairy Co., Ltd.")], [(140, "Record of service: Mr. QI Lei")],
                       [(140, "Period"), (600, "Title"), (1000, "Unit")],
                       [(140, "Sep 2012 - Feb 2016"), (600, "Quality Inspector"), (1000, "Dairy plant")],
                       [(140, "Mar 2016 - Nov 2021"), (600, "QA Supervisor"), (1000, "Dairy plant")]])
    fields = registry.extract("work_experience_letter", doc)
    assert (fields["start_date"].value, fields["end_date"].value, fields["position"].value) == ("2012-09-01", "2021-11-30", "QA Supervisor")


def test_a_date_after_its_label_wrapped_across_lines():
    doc = doc_of_rows([[(140, "兹证明陆海川先生曾在我司任职。到职日期：2016年4")], [(140, "月18日；离职日期：2022年9月30日；职务：采购主管。")]])
    assert registry.extract("work_experience_letter", doc)["start_date"].value == "2016-04-18"


def test_local_recruitment_listed_by_role():
    assert local_hires("Local recruitment in year one: 3 account executives, 1 office assistant.")[0] == 4
