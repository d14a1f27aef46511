"""A four-hundred-and-twenty-second drawn set, of English work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter written 'on behalf of' a firm 'to
verify that' a person 'has been a full-time employee of our company since' a date, 'His current job title is' a post; a
service record of rows ('Name of Employee', 'Service Period' one date to another, 'Post Held'); a letter that a person
'has worked at' a firm 'since' a month 'in the role of' a post. Each is a case of its own (`scripts/bench_drawn_forms.py
--set fourhundredtwentysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def on_behalf_to_verify() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Silverline Medical Devices (Shenzhen) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["November 26, 2026", "", "Dear Visa Officer,", "",
                             "I am writing on behalf of Silverline Medical Devices (Shenzhen) Co., Ltd. to verify that Mr. HOU Jian",
                             "has been a full-time employee of our company since January 18, 2016. His current job title is",
                             "Regulatory Affairs Manager.", "", "Sincerely,", "", "ZHAO Lina", "HR Director"], 24, "serif", 44)
    return scanned_png(s, "behalf"), {"employer": "Silverline Medical Devices (Shenzhen) Co., Ltd.", "position": "Regulatory Affairs Manager",
                                      "start_date": "2016-01-18"}


def service_record() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Dongting Lake Environmental Monitoring Co., Ltd.", 28, "sans_bold")
    s.text(620, 180, "SERVICE RECORD", 30, "sans_bold")
    y = 270
    for label, value in [("Name of Employee", "Ms. PAN Xiaoqing"), ("Service Period", "5 September 2011 – 12 March 2019"),
                         ("Post Held", "Laboratory Supervisor"), ("Conduct", "Satisfactory")]:
        s.text(200, y, label, 24, "sans")
        s.text(600, y, ":  " + value, 24, "sans")
        y += 54
    text_lines(s, 160, y + 50, ["Certified true on 20 November 2026", "Administration Office"], 24, "sans", 44)
    return scanned_png(s, "record"), {"employer": "Dongting Lake Environmental Monitoring Co., Ltd.", "position": "Laboratory Supervisor",
                                      "start_date": "2011-09-05", "end_date": "2019-03-12"}


def in_the_role_since_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Redwood Analytics (Chengdu) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Employment Letter", "", "28 November 2026", "",
                             "Ms. CAO Yue has worked at Redwood Analytics (Chengdu) Co., Ltd. since March 2018 in the role of",
                             "Senior Data Scientist.", "", "Talent Office"], 24, "serif", 44)
    return scanned_png(s, "rolesince"), {"employer": "Redwood Analytics (Chengdu) Co., Ltd.", "position": "Senior Data Scientist",
                                         "start_date": "2018-03-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-on-behalf-to-verify.png", on_behalf_to_verify, "work_experience_letter", "on-behalf-to-verify"),
              ("work-service-record.png", service_record, "work_experience_letter", "service-record"),
              ("work-in-the-role-since-month.png", in_the_role_since_month, "work_experience_letter", "in-the-role-since-month")]
    return write_drawn(folder, papers)
