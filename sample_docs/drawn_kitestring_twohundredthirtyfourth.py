"""A two-hundred-and-thirty-fourth drawn set, a test set of four business plans and two work experience letters, in
wording and layouts no earlier set drew: a pitch page's money and hiring ('Total raised: … paid in by the two
founders', 'Revenue goal, first trading year', 'Hiring plan: 4 Hong Kong-based engineers + 1 …'); a simplified Chinese
plan in sentences (实缴资本为港币二百万元, 第一个财政年度营业收入, 招聘全职员工5人); a quarterly projection whose year is
the total column, its staff at each quarter's end; a plan answering lettered heads ('(a) Capital: … (c) Number of local
employees to be engaged: 6 (six)'); an experience certificate with ordinal dates ('Date of joining: 3rd August 2015',
'Date of relieving'); a traditional Chinese letter (由…起受聘為本公司…，直至…止). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredthirtyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def pitch_page() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Fernlight Analytics Limited", 40, "sans_bold")
    s.text(140, 200, "Funding", 30, "sans_bold")
    text_lines(s, 160, 260, ["Total raised: HK$2,000,000 (paid in by the two founders as share capital)"], 24, "sans", 46)
    s.text(140, 360, "Targets", 30, "sans_bold")
    text_lines(s, 160, 420, ["Revenue goal, first trading year - HK$5.6 million",
                             "Hiring plan: 4 Hong Kong-based engineers + 1 mainland contractor"], 24, "sans", 46)
    return scanned_png(s, "pitch"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 5600000.0, "local_jobs": 4}


def simplified_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "星湾文旅策划有限公司", 36, "serif_cjk")
    s.text(660, 180, "业务计划", 34, "serif_cjk")
    _paragraph(s, 140, 300, "　　公司实缴资本为港币二百万元。我们预计第一个财政年度营业收入约港币650万元，主要来自企业活动策划。"
                            "开业后计划在香港招聘全职员工5人。", 30, 30, 60)
    return scanned_png(s, "sentences"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 6500000.0, "local_jobs": 5}


def quarterly_projection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ripplemark Swim School Limited - first-year projection", 28, "serif_bold")
    text_lines(s, 140, 170, ["Capital contributed by shareholders: HK$400,000"], 24, "serif", 44)
    _ruled(s, 140, 240, [["HK$", "Q1", "Q2", "Q3", "Q4", "Year 1 total"], ["Revenue", "300,000", "450,000", "600,000", "750,000", "2,100,000"],
                         ["Local headcount (end of quarter)", "2", "3", "4", "4", ""]], [470, 170, 170, 170, 170, 240], 64, 22)
    return scanned_png(s, "quarterly"), {"capital_hkd": 400000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 4}


def lettered_heads() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Amberlight Optical Limited", 30, "serif_bold")
    s.text(140, 160, "Business plan (company in its first year)", 26, "serif")
    text_lines(s, 140, 250, ["(a) Capital: The company's paid-up capital is HK$1 million.",
                             "(b) Projected turnover: We project HK$3.2m in year one from lens fitting and frames.",
                             "(c) Number of local employees to be engaged: 6 (six)"], 24, "serif", 56)
    return scanned_png(s, "lettered"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 6}


def experience_certificate_ordinals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Chengdu Jinsha Architectural Design Institute Co., Ltd.", 28, "serif_bold")
    s.text(560, 190, "EXPERIENCE CERTIFICATE", 30, "serif_bold")
    text_lines(s, 140, 280, ["Name: Mr. TAN Yuchen", "Designation: Senior Architect", "Date of joining: 3rd August 2015",
                             "Date of relieving: 30th April 2023", "", "His conduct during his service was good.", "",
                             "Issued on 21st November 2026", "Head - Human Resources"], 24, "serif", 48)
    return scanned_png(s, "ordinals"), {"employer": "Chengdu Jinsha Architectural Design Institute Co., Ltd.", "position": "Senior Architect",
                                        "start_date": "2015-08-03", "end_date": "2023-04-30"}


def traditional_from_until() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "廣州天河數碼科技有限公司", 36, "serif_cjk")
    s.text(680, 200, "證明書", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　本公司證明馮子健先生由2012年5月2日起受聘為本公司軟件工程師，直至2019年12月31日止。", 30, 30, 60)
    text_lines(s, 880, y + 100, ["廣州天河數碼科技有限公司", "2026年11月23日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "廣州天河數碼科技有限公司")
    return scanned_png(s, "fromuntil"), {"employer": "廣州天河數碼科技有限公司", "position": "軟件工程師", "start_date": "2012-05-02",
                                         "end_date": "2019-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-pitch.png", pitch_page, "business_plan", "pitch-page"),
              ("plan-sentences.png", simplified_sentences, "business_plan", "simplified-sentences"),
              ("plan-quarterly.png", quarterly_projection, "business_plan", "quarterly-projection"),
              ("plan-lettered.png", lettered_heads, "business_plan", "lettered-heads"),
              ("experience-ordinals.png", experience_certificate_ordinals, "work_experience_letter", "experience-certificate-ordinals"),
              ("experience-from-until.png", traditional_from_until, "work_experience_letter", "traditional-from-until")]
    return write_drawn(folder, papers)
