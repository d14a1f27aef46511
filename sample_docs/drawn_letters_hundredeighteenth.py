"""A hundred-and-eighteenth drawn set: papers in four layouts no set drew. A consent whose date is written in full
words in English ('the twenty-sixth day of November, 2026'); a consent from a kindergarten group for its teacher, its
seal's name longer than the letterhead's; a business plan as a one-page table of questions and answers ('How much
capital has been paid up?'); an income statement whose current year is headed 'This year' and the prior 'Last year',
with its equity in a one-line note. Each is a case of its own. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set hundredeighteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_date_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Jinan Quancheng Water Technology Co., Ltd.", 32, "serif_bold")
    s.text(140, 150, "济南泉城水务科技有限公司", 28, "serif_cjk")
    lines = ["LETTER OF CONSENT", "",
             "We confirm that Ms KONG Xinyue, a hydraulic modelling engineer in our company since 2017, may take up",
             "employment in Hong Kong with Tidewell Water Engineering Limited, and we consent to her doing so.", "",
             "Signed on the twenty-sixth day of November, 2026.", "", "For Jinan Quancheng Water Technology Co., Ltd."]
    y = 260
    for line in lines:
        s.text(140, y, line, 30 if line.isupper() else 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 640, y + 60, "济南泉城水务科技有限公司")
    return scanned_png(s, "words"), {"organisation": ("Jinan Quancheng Water Technology Co., Ltd.", "济南泉城水务科技有限公司"),
                               "applicant_name": "KONG XINYUE", "date": "2026-11-26", "seal_present": True}


def consent_kindergarten_group() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "禾苗幼儿园", 44, "serif_cjk")
    s.text(560, 190, "同意函", 48, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　我园教师殷诗雨（女，1995年4月生）自2018年起在我园任教，现任大班主班教师。经园务会研究，"
                   "同意其赴香港工作。", 32, 30, 60)
    s.text(840, y + 120, "南昌禾苗教育集团有限公司", 30, "serif_cjk")
    s.text(900, y + 180, "2026年11月29日", 30, "serif_cjk")
    _chop(s, 1040, y + 150, "南昌禾苗教育集团有限公司")
    return scanned_png(s, "kinder"), {"organisation": ("南昌禾苗教育集团有限公司", "禾苗幼儿园"), "applicant_name": "殷诗雨", "date": "2026-11-29",
                                "seal_present": True}


def plan_questions_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Oakharbour Robotics Education Limited", 34, "serif_bold")
    s.text(140, 170, "Business plan in brief", 28, "serif")
    _ruled(s, 140, 250, [["Question", "Answer"], ["What does the company do?", "Robotics courses for primary schools"],
                         ["How much capital has been paid up?", "HK$750,000"], ["What turnover do you expect in year one?", "HK$1,980,000"],
                         ["How many local staff will you employ in year one?", "Four"], ["When did the company start?", "August 2026"]],
           [640, 720], 72, 22)
    return scanned_png(s, "qa"), {"capital_hkd": 750000.0, "projected_turnover_hkd": 1980000.0, "local_jobs": 4}


def statement_this_last_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "COBALT LANE PRINTING LIMITED", 30, "serif_bold")
    s.text(300, 150, "INCOME STATEMENT FOR THE YEAR ENDED 30 JUNE 2026", 26, "serif_bold")
    s.text(1060, 220, "This year", 24, "serif_bold")
    s.text(1300, 220, "Last year", 24, "serif_bold")
    s.text(1080, 252, "HK$", 22, "serif")
    s.text(1320, 252, "HK$", 22, "serif")
    y = 310
    for label, this, last in [("Sales", "4,726,300", "4,391,800"), ("Cost of printing", "(3,318,900)", "(3,102,500)"),
                              ("Overheads", "(905,600)", "(881,200)"), ("Profit before tax", "501,800", "408,100"), ("Tax", "(82,800)", "(67,300)"),
                              ("Profit for the year", "419,000", "340,800")]:
        s.text(160, y, label, 26, "serif")
        s.text(1190 - 14 * len(this), y, this, 26, "serif")
        s.text(1430 - 14 * len(last), y, last, 26, "serif")
        y += 54
    s.text(160, y + 50, "Note: total equity at 30 June 2026 was HK$2,146,900 (2025: HK$1,727,900).", 24, "serif")
    return scanned_png(s, "thislast"), {"company_name": "COBALT LANE PRINTING LIMITED", "period_end": "2026-06-30", "currency": "HKD",
                                  "revenue": 4726300.0, "profit": 419000.0, "total_equity": 2146900.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-date-words.png", consent_date_in_words, "consent_letter", "date-in-words"),
              ("consent-kindergarten.png", consent_kindergarten_group, "consent_letter", "kindergarten-group"),
              ("plan-questions.png", plan_questions_answers, "business_plan", "questions-answers"),
              ("statement-this-last.png", statement_this_last_year, "financial_statement", "this-year-last-year")]
    return write_drawn(folder, papers)
