"""A two-hundred-and-thirty-first drawn set, a test set of four business plans and two work experience letters, in
wording and layouts no earlier set drew: a plan as an investor summary in dashed points ('Founders' equity paid in', 'Year 1
revenue (est.)', 'Hong Kong team by Dec 2027'); a bank's questions answered on the line ('Q3. … A. HK$…'); a traditional
Chinese plan in sentences with Chinese numerals (注入資本港幣八十萬元); a three-year table with its capital in a note; a
letter whose person 'served with our company as … between … and …'; a simplified Chinese letter (自…入职我司，担任…一职，
至…离职). Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredthirtyfirst`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def investor_bullets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Pinewood Robotics Limited", 40, "sans")
    s.text(140, 180, "Investor summary - funding and targets", 28, "sans")
    text_lines(s, 170, 290, ["- Founders' equity paid in: HK$1.1M", "- Year 1 revenue (est.): HK$4.2M",
                             "- Hong Kong team by Dec 2027: 8", "- Mainland R&D partner: under contract"], 28, "sans", 64)
    return scanned_png(s, "bullets"), {"capital_hkd": 1100000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 8}


def bank_questions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbourlight Bank - New Business Questionnaire", 28, "serif_bold")
    s.text(140, 160, "Applicant: Orchid Tide Florists Limited", 24, "serif")
    text_lines(s, 140, 250, ["Q1. When did the business start trading?  A. 1 September 2026",
                             "Q2. What does the business do?  A. Retail and wholesale of cut flowers",
                             "Q3. How much share capital has been paid up?  A. HK$650,000",
                             "Q4. What sales do you expect in your first 12 months of trading?  A. HK$2,100,000",
                             "Q5. How many of your employees will be Hong Kong residents?  A. Four"], 24, "serif", 58)
    return scanned_png(s, "questions"), {"capital_hkd": 650000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 4}


def traditional_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "晴川茶藝有限公司", 40, "serif_cjk")
    s.text(620, 180, "業務計劃摘要", 34, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司由兩位股東合資成立，股東已注入資本港幣八十萬元。我們預期開業首年營業額約為港幣三百萬元，"
                            "並計劃聘請四名香港本地員工，負責門市及茶藝課程。", 30, 30, 60)
    return scanned_png(s, "sentences"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 4}


def three_year_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Greyfin Marine Surveys Limited - Projections", 30, "serif_bold")
    _ruled(s, 140, 200, [["", "FY2027", "FY2028", "FY2029"], ["Sales (HK$)", "2,480,000", "3,900,000", "5,200,000"],
                         ["Staff - Hong Kong", "3", "5", "7"], ["Staff - Mainland", "1", "2", "2"]], [440, 300, 300, 300], 64, 26)
    text_lines(s, 140, 560, ["Note: the company's issued share capital of HK$300,000 was paid in full on incorporation."], 22, "serif", 40)
    return scanned_png(s, "threeyears"), {"capital_hkd": 300000.0, "projected_turnover_hkd": 2480000.0, "local_jobs": 3}


def served_between() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hangzhou Westlake Data Services Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["20 November 2026", "", "To whom it may concern", "",
                             "This is to confirm that Mr. LIN Haoran served with our company as Senior Data Analyst between",
                             "4 July 2016 and 15 September 2023, when he left of his own accord.", "",
                             "Yours faithfully,", "", "Personnel Office"], 24, "serif", 44)
    return scanned_png(s, "served"), {"employer": "Hangzhou Westlake Data Services Co., Ltd.", "position": "Senior Data Analyst",
                                      "start_date": "2016-07-04", "end_date": "2023-09-15"}


def simplified_joined_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "南京金陵文化传播有限公司", 36, "serif_cjk")
    s.text(660, 200, "在职证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明刘雨桐女士自2013年3月18日入职我司，担任市场总监一职，至2021年6月30日因个人原因离职。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["南京金陵文化传播有限公司", "2026年11月18日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "南京金陵文化传播有限公司")
    return scanned_png(s, "joinedleft"), {"employer": "南京金陵文化传播有限公司", "position": "市场总监", "start_date": "2013-03-18",
                                          "end_date": "2021-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-bullets.png", investor_bullets, "business_plan", "investor-bullets"),
              ("plan-questions.png", bank_questions, "business_plan", "bank-questions"),
              ("plan-sentences.png", traditional_sentences, "business_plan", "traditional-sentences"),
              ("plan-three-years.png", three_year_table, "business_plan", "three-year-table"),
              ("experience-served.png", served_between, "work_experience_letter", "served-between"),
              ("experience-joined-left.png", simplified_joined_left, "work_experience_letter", "simplified-joined-left")]
    return write_drawn(folder, papers)
