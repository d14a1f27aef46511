"""A three-hundred-and-ninety-first drawn set, of English work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: a 'Statement of Service' of short rows ('Name of employee', 'Dates of service',
'Capacity'); a letter that a person 'has been with' a company 'for more than six years, having joined on' a date and
'currently works as' a post; a letter with no letterhead whose dates are ISO ('from 2014-10-08 to 2020-12-31, last
designated as'), signed 'For and on behalf of' the company. Each is a case of its own (`scripts/bench_drawn_forms.py
--set threehundredninetyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def statement_of_service() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Qianjiang Hydropower Construction Co., Ltd.", 28, "serif_bold")
    s.text(640, 180, "STATEMENT OF SERVICE", 30, "serif_bold")
    y = 290
    for label, value in [("Name of employee", "Mr. XUE Peng"), ("Dates of service", "17 Aug 2015 – 30 Nov 2021"), ("Capacity", "Site Engineer")]:
        s.text(200, y, label, 24, "serif")
        s.text(620, y, value, 24, "serif")
        y += 56
    text_lines(s, 200, y + 60, ["Issued on 16 November 2026", "", "Human Resources Section"], 24, "serif", 44)
    return scanned_png(s, "service"), {"employer": "Qianjiang Hydropower Construction Co., Ltd.", "position": "Site Engineer",
                                       "start_date": "2015-08-17", "end_date": "2021-11-30"}


def having_joined_on() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Tianchi Biotech (Kunming) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["22 November 2026", "", "To whom it may concern,", "",
                             "We are pleased to confirm that Ms. KANG Lu has been with Tianchi Biotech (Kunming) Co., Ltd. for more",
                             "than six years, having joined on 11 March 2019. She currently works as Regulatory Affairs Specialist.", "",
                             "Regards,", "", "HR Team"], 24, "sans", 44)
    return scanned_png(s, "joinedon"), {"employer": "Tianchi Biotech (Kunming) Co., Ltd.", "position": "Regulatory Affairs Specialist",
                                        "start_date": "2019-03-11"}


def iso_dates_on_behalf() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 140, ["Date: 2026-11-09", "", "CERTIFICATE", "",
                             "This certifies that Mr. LU Zhen was employed by us from 2014-10-08 to 2020-12-31, last designated as",
                             "Purchasing Manager.", "",
                             "Yours faithfully,", "", "For and on behalf of", "Hengtai Auto Parts (Wuhu) Co., Ltd."], 24, "serif", 44)
    return scanned_png(s, "isodates"), {"employer": "Hengtai Auto Parts (Wuhu) Co., Ltd.", "position": "Purchasing Manager",
                                        "start_date": "2014-10-08", "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-statement-of-service.png", statement_of_service, "work_experience_letter", "statement-of-service"),
              ("work-having-joined-on.png", having_joined_on, "work_experience_letter", "having-joined-on"),
              ("work-iso-dates-on-behalf.png", iso_dates_on_behalf, "work_experience_letter", "iso-dates-on-behalf")]
    return write_drawn(folder, papers)
