"""A six-hundred-and-twentieth drawn set, of work letters and a report, drawn in stop 86's fifth round to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a letter whose particulars are bullets ('• Designation:', '• Period of
service: 2 January 2017 to 31 October 2022'); an English verification report of a graduation certificate (Online Verification Report
of Higher Education Qualification Certificate) with its own labels ('Date of enrolment', 'Duration', 'Valid until'); a letter telling
posts held in turn by month (2014年7月至2016年12月任助理工程师，2017年1月至2023年3月任工程师). Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredtwentieth`). Every name and number is made up; 19187 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def bulleted_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xiamen Coralbay Marine Engineering Co., Ltd.", 30, "serif_bold")
    y = text_lines(s, 140, 220, ["24 November 2026", "", "SERVICE CERTIFICATE", "", "We certify the following particulars from our records:"], 24, "serif", 46)
    for k, item in enumerate(["Name: CAI Junhao", "Designation: Subsea Pipeline Engineer", "Department: Offshore Projects",
                              "Period of service: 2 January 2017 to 31 October 2022", "Reason for leaving: Resignation"]):
        s.d.ellipse([170, y + 46 * k + 32, 182, y + 46 * k + 44], fill="black")  # a bullet
        s.text(200, y + 46 * k + 24, item, 24, "serif")
    y = text_lines(s, 140, y + 5 * 46 + 70, ["Authorised Signatory, Human Resources"], 24, "serif", 46)
    s.text(140, y + 40, "Xiamen Coralbay Marine Engineering Co., Ltd.", 24, "serif")
    return scanned_png(s, "bullets"), {"employer": "Xiamen Coralbay Marine Engineering Co., Ltd.", "position": "Subsea Pipeline Engineer",
                                       "start_date": "2017-01-02", "end_date": "2022-10-31"}


def english_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(200, 100, "Online Verification Report of Higher Education Qualification Certificate", 30, "serif_bold")
    y = 200
    for label, value in [("Name", "HOU Jingyi"), ("Gender", "Female"), ("Date of birth", "11 December 1996"), ("Date of enrolment", "1 September 2015"),
                         ("Date of graduation", "30 June 2019"), ("Institution", "Qiantang University of Finance"), ("Major", "Auditing"),
                         ("Duration", "4 years"), ("Level", "Undergraduate"), ("Certificate No.", "191871201906003385"),
                         ("Online verification code", "Q4NX8B2KD7LM3PZC"), ("Valid until", "20 May 2027")]:
        s.text(200, y, label, 24, "sans")
        s.text(760, y, value, 24, "sans")
        y += 54
    return scanned_png(s, "enreport"), {"holder_name": ("HOU Jingyi", "HOU JINGYI"), "sex": "F", "date_of_birth": "1996-12-11",
                                        "institution": "Qiantang University of Finance", "major": "Auditing", "level": ("Undergraduate", "本科"),
                                        "graduation_date": "2019-06-30", "certificate_number": "191871201906003385",
                                        "verification_code": "Q4NX8B2KD7LM3PZC", "valid_until": "2027-05-20"}


def posts_in_turn_by_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 48, "serif_cjk")
    y = text_lines(s, 180, 260, ["　　兹证明严博文同志于2014年7月入职我公司，2014年7月至2016年12月任助理工程师，",
                                 "2017年1月至2023年3月任工程师，2023年3月因个人原因离职。", "　　特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 110, ["南通江海重工机械有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 600, y + 200, "南通江海重工机械有限公司")
    return scanned_png(s, "inturnmonth"), {"employer": "南通江海重工机械有限公司", "position": "工程师", "start_date": "2014-07-01",
                                           "end_date": "2023-03-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-bulleted.png", bulleted_particulars, "work_experience_letter", "bulleted"),
              ("report-english.png", english_report, "qualification_report", "english"),
              ("work-in-turn-by-month.png", posts_in_turn_by_month, "work_experience_letter", "in-turn-by-month")]
    return write_drawn(folder, papers)
