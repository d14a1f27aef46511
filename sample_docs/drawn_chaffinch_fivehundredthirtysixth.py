"""A five-hundred-and-thirty-sixth drawn set, of work experience letters in English, drawn for stop 84's second round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an employment verification whose dates are months and
years ('Dates of employment: 06/2014 – 03/2019', 'Status: Former employee'); a career told in promotions by year ('first joined us in
April 2011 as …, was subsequently promoted to … in 2014 and to … in 2017, the post she held until she left the company on …').
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredthirtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def verification_month_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Qingdao Jiaozhou Bay Marine Equipment Co., Ltd.", 26, "serif_bold")
    s.text(560, 180, "EMPLOYMENT VERIFICATION", 32, "serif_bold")
    y = 280
    for label, value in [("Employee", "Mr. SUN Haotian"), ("Title", "Hydraulic Systems Engineer"), ("Dates of employment", "06/2014 – 03/2019"),
                         ("Status", "Former employee"), ("Reason for leaving", "Resigned")]:
        s.text(180, y, label + ":", 24, "serif")
        s.text(560, y, value, 24, "serif")
        y += 56
    text_lines(s, 180, y + 60, ["Verified by the Human Resources Department on 27 November 2026."], 23, "serif", 46)
    return scanned_png(s, "verifmy"), {"employer": "Qingdao Jiaozhou Bay Marine Equipment Co., Ltd.", "position": "Hydraulic Systems Engineer",
                                       "start_date": "2014-06-01", "end_date": "2019-03-31"}


def promotions_by_year() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Ningbo Eastern Port Shipping Agency Co., Ltd.", "Human Resources Department"], 24, "serif_bold", 40)
    text_lines(s, 160, 230, ["26 November 2026", "", "Dear Sir or Madam,", "",
                             "Ms. LOU Jingwen first joined us in April 2011 as a Graduate Trainee. She was subsequently promoted to Assistant",
                             "Operations Manager in 2014 and to Operations Manager in 2017, the post she held until she left the company on",
                             "30 June 2020.", "", "We recommend her without reservation.", "", "Yours faithfully,", "", "", "HR Director"],
               23, "serif", 46)
    return scanned_png(s, "promoyears"), {"employer": "Ningbo Eastern Port Shipping Agency Co., Ltd.", "position": "Operations Manager",
                                          "start_date": "2011-04-01", "end_date": "2020-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-verification-month-years.png", verification_month_years, "work_experience_letter", "verification-month-years"),
              ("work-promotions-by-year.png", promotions_by_year, "work_experience_letter", "promotions-by-year")]
    return write_drawn(folder, papers)
