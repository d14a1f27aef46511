"""A three-hundred-and-sixty-first drawn set, of English work letters, in wording and layouts no earlier set drew: a
letter of a stay 'from April 2014 through March 2020', its post after 'serving as'; an answer to a request for
verification whose entries are 'Original hire date', 'Last day worked' and 'Most recent title', dates month first; a
letter of an appointment 'w.e.f.' a date in dots and a relief from duties. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredsixtyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def through_a_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Eastmore Building Services Engineering (Nanjing) Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["20 November 2026", "", "LETTER OF EXPERIENCE", "",
                             "This letter is to state that Mr. PENG Yuchen was with us for a period of six years, from April 2014",
                             "through March 2020, serving as Lead Electrical Designer in our design department.", "",
                             "We wish him every success.", "", "Regards,", "", "Operations Director"], 24, "serif", 44)
    return scanned_png(s, "through"), {"employer": "Eastmore Building Services Engineering (Nanjing) Ltd.",
                                       "position": "Lead Electrical Designer", "start_date": "2014-04-01", "end_date": "2020-03-31"}


def hire_date_and_last_day() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Orchid Valley Foods (Kunming) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["November 30, 2026", "",
                             "This is in response to your request for employment verification for ZHANG Lei (Employee #4471).",
                             "Our records indicate:", ""], 23, "sans", 44)
    y = 420
    for label, value in [("Employment status", "Former employee"), ("Original hire date", "09/15/2012"),
                         ("Last day worked", "04/30/2019"), ("Most recent title", "Senior Buyer")]:
        s.text(220, y, label + ":", 23, "sans")
        s.text(620, y, value, 23, "sans")
        y += 50
    text_lines(s, 160, y + 40, ["Payroll & Records Team"], 23, "sans", 44)
    return scanned_png(s, "hiredate"), {"employer": "Orchid Valley Foods (Kunming) Co., Ltd.", "position": "Senior Buyer",
                                        "start_date": "2012-09-15", "end_date": "2019-04-30"}


def with_effect_from() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Sunward Auto Parts Manufacturing (Wuhu) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["No. SAP/PER/2026/0917", "Date: 27.11.2026", "", "TO WHOMSOEVER IT MAY CONCERN", "",
                             "Mr. GUO Tian was appointed as Quality Auditor w.e.f. 02.05.2016 and was relieved from his duties",
                             "on 31.08.2021 on his resignation. His services were found satisfactory.", "",
                             "For Sunward Auto Parts Manufacturing (Wuhu) Co., Ltd.", "", "Authorised Signatory"], 24, "serif", 44)
    return scanned_png(s, "wef"), {"employer": "Sunward Auto Parts Manufacturing (Wuhu) Co., Ltd.", "position": "Quality Auditor",
                                   "start_date": "2016-05-02", "end_date": "2021-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-through-a-month.png", through_a_month, "work_experience_letter", "through-a-month"),
              ("work-hire-date-and-last-day.png", hire_date_and_last_day, "work_experience_letter", "hire-date-and-last-day"),
              ("work-with-effect-from.png", with_effect_from, "work_experience_letter", "with-effect-from")]
    return write_drawn(folder, papers)
