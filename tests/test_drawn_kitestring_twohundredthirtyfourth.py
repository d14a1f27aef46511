"""The two-hundred-and-thirty-fourth and -fifth drawn sets (sample_docs/drawn_kitestring_twohundredthirtyfourth.py,
drawn_orchards_twohundredthirtyfifth.py): plans, work letters and accounts, read cold at 17 / 20 and 22 / 23. What they
needed: a headcount left blank under the year's total column, its last quarter's figure taken; and words as data: the
money a plan has 'raised' in total, a 'date of relieving', 'total capital and reserves'. Tested on other wording. And
from the review: a paper typed as a work letter by a stay that has ended, ended by the case's date, not today."""
from extractors import registry
from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_forms import Sheet, scanned_png, text_lines
from tests.synthetic import doc_of_rows


def test_a_headcount_blank_under_the_years_total_is_its_last_quarters():
    doc = doc_of_rows([[(140, "Capital paid in: HK$350,000")],
                       [(140, "HK$"), (620, "Q1"), (800, "Q2"), (980, "Q3"), (1160, "Q4"), (1340, "Total")],
                       [(140, "Sales"), (620, "120,000"), (800, "180,000"), (980, "260,000"), (1160, "340,000"), (1340, "900,000")],
                       [(140, "Local staff at quarter end"), (620, "1"), (800, "2"), (980, "2"), (1160, "3")]])
    fields = registry.extract("business_plan", doc)
    assert (fields["projected_turnover_hkd"].value, fields["local_jobs"].value) == (900000.0, 3)


def test_money_raised_in_total_is_capital():
    doc = doc_of_rows([[(140, "Money"), (620, "")], [(140, "Amount raised: HK$880,000 from the three shareholders")],
                       [(140, "Expected revenue: HK$2,300,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 880000.0


def test_a_date_of_relieving_ends_the_stay():
    doc = doc_of_rows([[(140, "Hefei Starlake Semiconductor Co., Ltd.")], [(140, "Service certificate")],
                       [(140, "Employee: Ms. DU Qingyi")], [(140, "Designation: Process Integration Engineer")],
                       [(140, "Date of joining: 1st March 2016")], [(140, "Date of relieving: 15th January 2024")],
                       [(140, "Her work with us was of a high standard.")], [(140, "Given on 2nd December 2026")]])
    assert registry.extract("work_experience_letter", doc)["end_date"].value == "2024-01-15"


def test_total_capital_and_reserves_is_the_equity():
    doc = doc_of_rows([[(140, "BRIGHTSIDE KNITWEAR LIMITED")], [(140, "BALANCE SHEET AT 31 MAY 2026")],
                       [(140, "Share capital"), (1100, "200,000")], [(140, "Accumulated profits"), (1100, "642,500")],
                       [(140, "Total capital and reserves"), (1100, "842,500")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == 842500.0


def test_a_stay_has_ended_by_the_cases_date_not_by_today(tmp_path):
    # an auditor's re-run long after: a stay that ended after the case's date had not ended when the case was decided
    s = Sheet()
    text_lines(s, 140, 120, ["Ningbo Harbourside Instruments Co., Ltd.", "", "2 June 2026", "",
                             "Mr. LOU Jianing's time with Ningbo Harbourside Instruments Co., Ltd. lasted from 1 April 2018",
                             "to 31 May 2026, during which he was our Calibration Engineer.", "", "Administration Office"], 24, "serif", 44)
    (tmp_path / "stay.png").write_bytes(scanned_png(s, "stay"))
    item = describe_file(tmp_path, tmp_path / "stay.png")
    assert analyse_file(item, 0, as_of="2026-05-10").documents[0].type != "work_experience_letter"
    assert analyse_file(item, 0, as_of="2026-12-06").documents[0].type == "work_experience_letter"
