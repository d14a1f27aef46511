"""The two-hundred-and-fifty-ninth drawn set (sample_docs/drawn_moorhen_twohundredfiftyninth.py): a slide screenshot, an
e-mail printout, a consent, a degree, a landscape report and a table letter, read cold at 24 / 29. What it needed: a
plan's slide ('Paid-in capital', 'FY1 revenue', 'HK team by end of FY1') told as a plan and its team counted; a stay by
month and year written month first ('from 10/2017 to 03/2023'). Tested on other wording."""
from extractors import registry
from pipeline.date_words import month_periods
from tests.synthetic import best_type, doc_of_rows


def test_a_plans_slide():
    rows = [[(60, "Harbour Yoga Ltd")], [(60, "Numbers")], [(80, "Paid-in capital"), (700, "HK$900,000")], [(80, "FY1 sales"), (700, "HK$2.1M")],
            [(80, "Local team at end of FY1"), (700, "5")]]
    assert best_type([cell for row in rows for cell in row[:1]])[0] == "business_plan"
    assert registry.extract("business_plan", doc_of_rows(rows))["local_jobs"].value == 5


def test_months_written_month_first():
    assert [(s, e) for s, e, _, _ in month_periods("was employed as a Buyer from 11/2015 to 04/2021.")] == [("2015-11-01", "2021-04-30")]
    assert month_periods("from 15/11/2015 to 04/2021") == []
