"""A two-hundred-and-seventy-fifth drawn set, in wording no earlier set drew: a plan whose funding is a table of sources
(the shareholders' capital beside a bank loan); a simplified Chinese plan table in ten thousands of dollars stated once in
its heading (单位：万港元); a hospital's letter ('was employed by this hospital as an Attending Physician in the Department
of …'); a simplified Chinese letter with ISO dates and a stay until now (…入职至今，现任…); a master's degree whose subject
is in brackets after it ('Master of Engineering (Software Engineering)'); a degree from Taiwan dated in the Republic's
years (中華民國一○八年). Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredseventyfifth`). Every
name, number and code is made up; 19539 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def funding_sources() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Bluewater Aquarium Services Limited", 30, "sans_bold")
    s.text(140, 170, "Funding", 26, "sans_bold")
    _ruled(s, 140, 220, [["Source", "Amount"], ["Shareholders' capital", "HK$1,100,000"], ["Bank loan", "HK$500,000"]], [600, 400], 60, 24)
    text_lines(s, 140, 450, ["We expect turnover to be about HK$3.9 million in the first year.",
                             "We plan to hire four Hong Kong permanent residents."], 24, "sans", 46)
    return scanned_png(s, "sources"), {"capital_hkd": 1100000.0, "projected_turnover_hkd": 3900000.0, "local_jobs": 4}


def ten_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "锦鲤文创（香港）有限公司", 36, "serif_cjk")
    s.text(1180, 180, "单位：万港元", 24, "serif_cjk")
    _ruled(s, 160, 230, [["项目", "首年"], ["实收资本", "120"], ["营业收入", "450"], ["本地员工（人）", "6"]], [560, 420], 68, 26)
    return scanned_png(s, "tenthousands"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4500000.0, "local_jobs": 6}


def hospital_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Nanning Second People's Hospital", 28, "serif_bold")
    text_lines(s, 140, 200, ["20 November 2026", "", "To whom it may concern", "",
                             "Dr. YUAN Fang was employed by this hospital as an Attending Physician in the Department of Cardiology",
                             "from 1 September 2012 to 31 August 2020.", "", "Medical Affairs Office"], 24, "serif", 44)
    return scanned_png(s, "hospital"), {"employer": "Nanning Second People's Hospital", "position": "Attending Physician",
                                        "start_date": "2012-09-01", "end_date": "2020-08-31"}


def iso_until_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "在职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　刘畅，女，2014-07-01入职至今，现任我司数据分析主管。", "", "　　特此证明。"], 30, "serif_cjk", 60)
    text_lines(s, 880, 520, ["武汉江城智联数据有限公司", "2026-11-25"], 28, "serif_cjk", 56)
    _chop(s, 1130, 520, "武汉江城智联数据有限公司")
    return scanned_png(s, "isonow"), {"employer": "武汉江城智联数据有限公司", "position": "数据分析主管", "start_date": "2014-07-01"}


def subject_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 140, "QINGSHAN UNIVERSITY OF TECHNOLOGY", 38, "serif_bold")
    text_lines(s, 200, 300, ["This is to certify that FENG Xiaoyu, born on 4 August 1995, has been admitted to the degree of",
                             "Master of Engineering (Software Engineering) on 25 June 2020.", "", "No. 1953932020000581"], 24, "serif", 48)
    return scanned_png(s, "brackets"), {"holder_name": "FENG XIAOYU", "date_of_birth": "1995-08-04", "institution": "QINGSHAN UNIVERSITY OF TECHNOLOGY",
                                        "degree": "Master of Engineering", "major": "Software Engineering", "date_awarded": "2020-06-25",
                                        "certificate_number": "1953932020000581"}


def roc_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 180, "國立中嶺大學", 50, "serif_cjk")
    s.text(640, 270, "碩士學位證書", 44, "serif_cjk")
    text_lines(s, 200, 420, ["　　學生鄭宇辰，中華民國八十五年三月十日生，在本校資訊工程學系碩士班修業期滿，", "成績及格，經審查合格，依學位授予法之規定，授予工學碩士學位。",
                             "", "校長　林文雄", "", "中華民國一○八年六月二十日", "", "證書字號：碩字第1080012號"], 30, "serif_cjk", 66)
    return scanned_png(s, "rocyears"), {"holder_name": "鄭宇辰", "date_of_birth": "1996-03-10", "institution": "國立中嶺大學", "major": ("資訊工程", "資訊工程學系"),
                                        "degree": ("工學碩士", "工學碩士學位"), "date_awarded": "2019-06-20"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-funding-sources.png", funding_sources, "business_plan", "funding-sources"),
              ("plan-ten-thousands.png", ten_thousands, "business_plan", "ten-thousands"),
              ("experience-hospital.png", hospital_letter, "work_experience_letter", "hospital-letter"),
              ("experience-iso-until-now.png", iso_until_now, "work_experience_letter", "iso-until-now"),
              ("degree-subject-in-brackets.png", subject_in_brackets, "degree_certificate", "subject-in-brackets"),
              ("degree-roc-years.png", roc_years, "degree_certificate", "roc-years")]
    return write_drawn(folder, papers)
