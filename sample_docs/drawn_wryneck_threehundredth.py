"""A three-hundredth drawn set, of work experience letters, in wording no earlier set drew: a university's letter of a
lecturer who 'held a full-time appointment as' a post 'until' a day; a simplified Chinese letter of a person who has
worked in a bank's department since a month (自…起在我行…工作，现任…); a relieving letter of rows that name the post at
joining and the post at leaving ('Designation at joining', 'Designation at relieving', dates 12.06.2015); a traditional
Chinese sentence of a stay 由…起受僱於本公司任職…，至…止. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def full_time_appointment() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xiangnan University of Science", 30, "serif_bold")
    s.text(140, 150, "Office of Human Resources", 22, "serif")
    text_lines(s, 140, 240, ["23 November 2026", "", "Dr. FENG Lu held a full-time appointment as Associate Professor in the College of Life",
                             "Sciences from 1 September 2014 until 31 August 2022.", "", "Director, Office of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "appointment"), {"employer": "Xiangnan University of Science", "position": "Associate Professor",
                                           "start_date": "2014-09-01", "end_date": "2022-08-31"}


def bank_department_since() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "在职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明，朱晓燕女士自2016年10月起在我行个人金融部工作，现任客户经理。", "", "　　特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 480, ["中原城市商业银行郑州分行", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 460, "中原城市商业银行郑州分行")
    return scanned_png(s, "bank"), {"employer": "中原城市商业银行郑州分行", "position": "客户经理", "start_date": "2016-10-01"}


def relieving_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hangzhou Westlake Creative Design Co., Ltd.", 28, "sans_bold")
    s.text(140, 160, "RELIEVING LETTER", 26, "sans_bold")
    text_lines(s, 140, 240, ["Employee name:  Mr. YAO Kaiwen", "Designation at joining:  Junior Designer",
                             "Designation at relieving:  Senior Designer", "Date of joining:  12.06.2015", "Date of relieving:  28.02.2021",
                             "", "We wish him success in his future endeavours.", "", "HR Manager"], 24, "sans", 46)
    return scanned_png(s, "relieving"), {"employer": "Hangzhou Westlake Creative Design Co., Ltd.", "position": "Senior Designer",
                                         "start_date": "2015-06-12", "end_date": "2021-02-28"}


def traditional_you_qi() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "僱傭證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　陳志遠先生由2014年7月1日起受僱於本公司任職會計主任，至2020年12月31日止。", "", "　　特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 480, ["汕頭潮陽塑膠製品有限公司", "2026年11月17日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 460, "汕頭潮陽塑膠製品有限公司")
    return scanned_png(s, "youqi"), {"employer": "汕頭潮陽塑膠製品有限公司", "position": "會計主任", "start_date": "2014-07-01",
                                     "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-full-time-appointment.png", full_time_appointment, "work_experience_letter", "full-time-appointment"),
              ("experience-bank-department-since.png", bank_department_since, "work_experience_letter", "bank-department-since"),
              ("experience-relieving-rows.png", relieving_rows, "work_experience_letter", "relieving-rows"),
              ("experience-traditional-you-qi.png", traditional_you_qi, "work_experience_letter", "traditional-you-qi")]
    return write_drawn(folder, papers)
