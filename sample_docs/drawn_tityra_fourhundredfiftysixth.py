"""A four-hundred-and-fifty-sixth drawn set, of two work letters and a degree, drawn after the stop's last reader change,
to be read cold, in wording and layouts no earlier set drew: a letter that a person 'was a member of our staff from Sep
2011 to Dec 2016 holding the post of'; a Chinese letter that a person 系我公司正式员工 and 现任…一职; a doctor's degree
told the other way round ('The degree of Doctor of Philosophy in the field of … was conferred upon … on … by the Senate
of …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfiftysixth`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def member_of_staff() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Yantai Golden Coast Wine Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["18 November 2026", "", "Reference", "",
                             "Mr. PAN Yue was a member of our staff from Sep 2011 to Dec 2016 holding the post of Logistics Analyst.", "",
                             "Administration & HR"], 24, "serif", 44)
    return scanned_png(s, "member"), {"employer": "Yantai Golden Coast Wine Co., Ltd.", "position": "Logistics Analyst",
                                      "start_date": "2011-09-01", "end_date": "2016-12-31"}


def regular_employee_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "杭州钱塘数字传媒有限公司", 36, "serif_cjk")
    s.text(700, 200, "证  明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹有晏子墨系我公司正式员工，于2018年5月入职，现任产品经理一职。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["杭州钱塘数字传媒有限公司", "2026年11月26日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "杭州钱塘数字传媒有限公司")
    return scanned_png(s, "regular"), {"employer": "杭州钱塘数字传媒有限公司", "position": "产品经理", "start_date": "2018-05-01"}


def conferred_upon_by_senate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Donghai Ocean University", 44, "serif_bold")
    text_lines(s, 160, 280, ["The degree of Doctor of Philosophy in the field of Marine Biology was conferred upon LIU Yiran on",
                             "18 December 2021 by the Senate of Donghai Ocean University.", "", "", "Registrar", "",
                             "Certificate No. DOU-PhD-2021-0112"], 26, "serif", 48)
    return scanned_png(s, "senate"), {"holder_name": "LIU Yiran", "institution": "Donghai Ocean University",
                                      "degree": ("Doctor of Philosophy",), "major": "Marine Biology", "date_awarded": "2021-12-18",
                                      "certificate_number": "DOU-PhD-2021-0112"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-member-of-staff.png", member_of_staff, "work_experience_letter", "member-of-staff"),
              ("work-regular-employee-now.png", regular_employee_now, "work_experience_letter", "regular-employee-now"),
              ("degree-conferred-upon-by-senate.png", conferred_upon_by_senate, "degree_certificate", "conferred-upon-by-senate")]
    return write_drawn(folder, papers)
