"""A three-hundred-and-seventy-sixth drawn set, of English work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: a letter that 'our records show' a person 'was on our payroll from … through …'
and whose 'final job title was' a post; a letter of short rows 'Employee', 'Tenure' (day first, with slashes) and
'Role at exit'; a letter that a person 'commenced employment with the Company on …' and whose 'employment ceased on …',
'at the time of leaving' a post. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredseventysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def on_our_payroll() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Pinecrest Medical Devices (Suzhou) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["2 December 2026", "", "Re: Employment verification for QIN Bo", "",
                             "Our records show that Mr. QIN Bo was on our payroll from 6 May 2013 through 19 August 2020.",
                             "His final job title was Senior Procurement Officer.", "",
                             "This letter is issued at his request.", "", "Payroll & Benefits Team"], 24, "serif", 44)
    return scanned_png(s, "payroll"), {"employer": "Pinecrest Medical Devices (Suzhou) Co., Ltd.", "position": "Senior Procurement Officer",
                                       "start_date": "2013-05-06", "end_date": "2020-08-19"}


def tenure_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "BLUEHARBOUR LOGISTICS (QINGDAO) CO., LTD.", 28, "sans_bold")
    text_lines(s, 160, 190, ["27 November 2026", "", "To whom it may concern:", "",
                             "We confirm the following about our former staff member.", ""], 24, "sans", 44)
    y = 470
    for label, value in [("Employee", "Ms. TAO Yuxin"), ("Tenure", "01/03/2016 - 28/02/2023"), ("Role at exit", "Customs Compliance Analyst")]:
        s.text(200, y, label, 24, "sans")
        s.text(560, y, value, 24, "sans")
        y += 56
    text_lines(s, 160, y + 50, ["Sincerely,", "", "Talent Management Department"], 24, "sans", 44)
    return scanned_png(s, "tenure"), {"employer": "BLUEHARBOUR LOGISTICS (QINGDAO) CO., LTD.", "position": "Customs Compliance Analyst",
                                      "start_date": "2016-03-01", "end_date": "2023-02-28"}


def commenced_and_ceased() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Amberfield Foods Group Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["Date: 23 November 2026", "", "Dear Sir or Madam,", "",
                             "Ms. GU Yanan commenced employment with the Company on 15 January 2017 and her employment ceased",
                             "on 30 June 2022. At the time of leaving she was a Regional Sales Executive.", "",
                             "Yours faithfully,", "", "for and on behalf of", "Amberfield Foods Group Co., Ltd."], 24, "serif", 44)
    return scanned_png(s, "ceased"), {"employer": "Amberfield Foods Group Co., Ltd.", "position": "Regional Sales Executive",
                                      "start_date": "2017-01-15", "end_date": "2022-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-on-our-payroll.png", on_our_payroll, "work_experience_letter", "on-our-payroll"),
              ("work-tenure-rows.png", tenure_rows, "work_experience_letter", "tenure-rows"),
              ("work-commenced-and-ceased.png", commenced_and_ceased, "work_experience_letter", "commenced-and-ceased")]
    return write_drawn(folder, papers)
