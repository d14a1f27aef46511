"""A four-hundred-and-twentieth drawn set, of English work letters, in wording and layouts no earlier set drew: a letter
that a person 'was appointed as' a post 'w.e.f.' a date written with points and 'relieved from his duties on' another; a
boxed table of 'Employee Details' (Employee ID, Department, Designation, Date of Joining, Last Working Day); a letter
set wholly in capitals, that a person 'has been working with' a firm 'as a' post 'since' a date. Each is a case of its
own (`scripts/bench_drawn_forms.py --set fourhundredtwentieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def appointed_wef() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jinling Textile Group Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Nanjing, 16.11.2026", "", "SERVICE CERTIFICATE", "",
                             "Mr. LI Qiang was appointed as Finance Manager w.e.f. 01.03.2015 and relieved from his duties on",
                             "31.12.2021 on his own request.", "", "For Jinling Textile Group Co., Ltd.", "", "Manager (HR)"], 24, "serif", 44)
    return scanned_png(s, "wef"), {"employer": "Jinling Textile Group Co., Ltd.", "position": "Finance Manager", "start_date": "2015-03-01",
                                   "end_date": "2021-12-31"}


def employee_details_box() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Yunnan Highland Coffee Trading Co., Ltd.", 28, "sans_bold")
    s.text(160, 180, "Relieving Letter", 30, "sans_bold")
    s.d.rectangle([160, 250, 1300, 620], outline="black", width=2)
    s.text(190, 270, "Employee Details", 24, "sans_bold")
    y = 330
    for label, value in [("Name", "Ms. DUAN Xiaoyu"), ("Employee ID", "YH-0392"), ("Department", "Export Sales"),
                         ("Designation", "Export Coordinator"), ("Date of Joining", "14-Feb-2016"), ("Last Working Day", "28-Apr-2023")]:
        s.text(200, y, label, 24, "sans")
        s.text(640, y, value, 24, "sans")
        y += 46
    text_lines(s, 160, 660, ["She has been relieved of her duties and all dues are settled.", "", "26 Nov 2026", "HR Team"], 24, "sans", 44)
    return scanned_png(s, "details"), {"employer": "Yunnan Highland Coffee Trading Co., Ltd.", "position": "Export Coordinator",
                                       "start_date": "2016-02-14", "end_date": "2023-04-28"}


def all_capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "NANCHANG LAKESIDE PHARMA CO., LTD.", 28, "serif_bold")
    text_lines(s, 160, 190, ["27 NOVEMBER 2026", "", "TO WHOM IT MAY CONCERN", "",
                             "THIS IS TO CERTIFY THAT MS. HAN XUE HAS BEEN WORKING WITH NANCHANG LAKESIDE PHARMA CO., LTD.",
                             "AS A CLINICAL RESEARCH ASSOCIATE SINCE 02 MAY 2019.", "", "HUMAN RESOURCES DEPARTMENT"], 24, "serif", 44)
    return scanned_png(s, "capitals"), {"employer": "NANCHANG LAKESIDE PHARMA CO., LTD.", "position": "Clinical Research Associate",
                                        "start_date": "2019-05-02"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-appointed-wef.png", appointed_wef, "work_experience_letter", "appointed-wef"),
              ("work-employee-details-box.png", employee_details_box, "work_experience_letter", "employee-details-box"),
              ("work-all-capitals.png", all_capitals, "work_experience_letter", "all-capitals")]
    return write_drawn(folder, papers)
