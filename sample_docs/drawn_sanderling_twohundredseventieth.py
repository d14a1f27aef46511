"""A two-hundred-and-seventieth drawn set, of the papers read least well cold, in wording no earlier set drew: a
traditional Chinese letter (於…至…期間受僱於本公司，離職時職位為…); an English letter with 'From:' and 'To:' lines dated month
first ('March 3, 2014') and a 'Designation'; a letter confirming 'the employment of … as Staff Accountant, Finance, from
… to …'; a simplified Chinese letter of labelled particulars (单位名称, 工作年限 with months and a dash, 工作岗位); a plan's
table of three years ('Equity raised', 'Income', 'Employees (HK)'); a traditional Chinese plan in bullets (股東出資,
首年營業額目標, 本地招聘); an English degree 'conferred upon' its holder 'by the University'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredseventieth`). Every name, number and code is made up; 19579 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def traditional_departure_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "僱傭證明書", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　茲證明陳思穎小姐於2015年9月1日至2021年3月31日期間受僱於本公司，離職時職位為採購主任。", "", "　　特此證明。"],
                   28, "serif_cjk", 60)
    text_lines(s, 900, y + 100, ["東莞南城精密五金製品有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1150, y + 100, "東莞南城精密五金製品有限公司")
    return scanned_png(s, "departurepost"), {"employer": "東莞南城精密五金製品有限公司", "position": "採購主任", "start_date": "2015-09-01",
                                             "end_date": "2021-03-31"}


def from_to_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Suzhou Lakeview Software Services Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["November 30, 2026", "", "Employment details for Mr. KONG Wei", "", "From:  March 3, 2014",
                             "To:  September 30, 2019", "Designation:  Customer Success Lead", "", "People Team"], 24, "sans", 48)
    return scanned_png(s, "fromto"), {"employer": "Suzhou Lakeview Software Services Co., Ltd.", "position": "Customer Success Lead",
                                      "start_date": "2014-03-03", "end_date": "2019-09-30"}


def confirms_employment_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Changsha Xiangjiang Pharmaceutical Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["21 November 2026", "", "This letter confirms the employment of Ms. YE Qing as Staff Accountant, Finance, from",
                             "2 January 2017 to 14 June 2023.", "", "Finance Director"], 24, "serif", 44)
    return scanned_png(s, "confirms"), {"employer": "Changsha Xiangjiang Pharmaceutical Co., Ltd.", "position": "Staff Accountant",
                                        "start_date": "2017-01-02", "end_date": "2023-06-14"}


def labelled_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 230, ["单位名称：重庆山城桥梁设计有限公司", "姓　　名：廖俊杰", "工作年限：2012年7月—2018年6月", "工作岗位：结构工程师", "",
                             "以上情况属实，特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 700, ["重庆山城桥梁设计有限公司", "2026年11月22日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 700, "重庆山城桥梁设计有限公司")
    return scanned_png(s, "particulars"), {"employer": "重庆山城桥梁设计有限公司", "position": "结构工程师", "start_date": "2012-07-01",
                                           "end_date": "2018-06-30"}


def three_year_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northpoint Ceramics Studio Limited — three years", 30, "sans_bold")
    _ruled(s, 140, 190, [["", "Year 1", "Year 2", "Year 3"], ["Equity raised (HK$)", "350,000", "", ""], ["Income (HK$)", "1,240,000", "1,860,000", "2,300,000"],
                         ["Employees (HK)", "3", "4", "6"]], [460, 300, 300, 300], 64, 24)
    return scanned_png(s, "threeyears"), {"capital_hkd": 350000.0, "projected_turnover_hkd": 1240000.0, "local_jobs": 3}


def traditional_bullets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "港灣綠能工程有限公司 業務要點", 36, "serif_cjk")
    text_lines(s, 180, 230, ["•  資金：股東出資港幣150萬元", "•  首年營業額目標：港幣500萬元", "•  本地招聘：6人"], 30, "serif_cjk", 64)
    return scanned_png(s, "tradbullets"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 5000000.0, "local_jobs": 6}


def conferred_upon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "HAIXI FOREIGN STUDIES UNIVERSITY", 40, "serif_bold")
    text_lines(s, 200, 300, ["The degree of Bachelor of Arts in Translation is conferred upon WEN Xin, born 19 December 1998,",
                             "by the University on 27 June 2020.", "", "Register No. 1957942020002093"], 24, "serif", 48)
    return scanned_png(s, "conferredupon"), {"holder_name": "WEN XIN", "date_of_birth": "1998-12-19", "institution": "HAIXI FOREIGN STUDIES UNIVERSITY",
                                             "degree": "Bachelor of Arts", "major": "Translation", "date_awarded": "2020-06-27",
                                             "certificate_number": "1957942020002093"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-departure-post.png", traditional_departure_post, "work_experience_letter", "traditional-departure-post"),
              ("experience-from-to.png", from_to_lines, "work_experience_letter", "from-to-lines"),
              ("experience-confirms.png", confirms_employment_of, "work_experience_letter", "confirms-employment-of"),
              ("experience-particulars.png", labelled_particulars, "work_experience_letter", "labelled-particulars"),
              ("plan-three-years.png", three_year_table, "business_plan", "three-year-table"),
              ("plan-traditional-bullets.png", traditional_bullets, "business_plan", "traditional-bullets"),
              ("degree-conferred-upon.png", conferred_upon, "degree_certificate", "conferred-upon")]
    return write_drawn(folder, papers)
