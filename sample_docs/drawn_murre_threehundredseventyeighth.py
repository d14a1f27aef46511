"""A three-hundred-and-seventy-eighth drawn set, of English work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: a letter headed 'RE: CONFIRMATION OF SERVICE' that a person 'has been in
continuous employment with us since' a date and 'presently serves as' a post; a letter whose period stands in brackets
after the post and place, month first ('(March 4, 2015 – October 30, 2021)'); a letter that a person 'worked with us as'
a post 'from 01.04.2012 to 31.03.2019', day first with dots. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredseventyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def continuous_employment() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Crescent Valley Pharmaceutical Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["30 November 2026", "", "RE: CONFIRMATION OF SERVICE", "",
                             "Mr. SHI Wenbo has been in continuous employment with us since 2 January 2018 and presently serves",
                             "as Head of Quality Assurance at our Taizhou plant.", "",
                             "Yours truly,", "", "Group Human Resources"], 24, "serif", 44)
    return scanned_png(s, "continuous"), {"employer": "Crescent Valley Pharmaceutical Co., Ltd.", "position": "Head of Quality Assurance",
                                          "start_date": "2018-01-02"}


def period_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Northwind Retail Holdings (Shenzhen) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["November 21, 2026", "", "To Whom It May Concern:", "",
                             "Ms. FENG Ruoxi held the position of Logistics Coordinator at our Shenzhen distribution centre",
                             "(March 4, 2015 – October 30, 2021).", "",
                             "Best regards,", "", "Employee Relations"], 24, "sans", 44)
    return scanned_png(s, "brackets"), {"employer": "Northwind Retail Holdings (Shenzhen) Co., Ltd.", "position": "Logistics Coordinator",
                                        "start_date": "2015-03-04", "end_date": "2021-10-30"}


def worked_with_us_dots() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "SUNRISE POWER EQUIPMENT (WUXI) CO., LTD.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Ref: SPE/HR/2026/118", "Date: 14.11.2026", "", "EXPERIENCE CERTIFICATE", "",
                             "This is to certify that Mr. CAO Jun worked with us as Electrical Supervisor from 01.04.2012 to",
                             "31.03.2019. We wish him success in his future endeavours.", "",
                             "Authorised Signatory"], 24, "serif", 44)
    return scanned_png(s, "dots"), {"employer": "SUNRISE POWER EQUIPMENT (WUXI) CO., LTD.", "position": "Electrical Supervisor",
                                    "start_date": "2012-04-01", "end_date": "2019-03-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-continuous-employment.png", continuous_employment, "work_experience_letter", "continuous-employment"),
              ("work-period-in-brackets.png", period_in_brackets, "work_experience_letter", "period-in-brackets"),
              ("work-worked-with-us-dots.png", worked_with_us_dots, "work_experience_letter", "worked-with-us-dots")]
    return write_drawn(folder, papers)
