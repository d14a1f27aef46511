"""A three-hundred-and-eighty-fifth drawn set, of English work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: a 'Certificate of Work Experience' that a person 'has been working in our
company since' a month and 'is now the' post; a letter of bulleted particulars ('Employment period: 03 Apr 2018 to
present'); a letter signed by a person that the applicant 'worked at' a company named in the sentence 'from August 2010
until his resignation in February 2016', 'His last role was' a post. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredeightyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def working_since_a_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hangzhou Westlake Smart Home Co., Ltd.", 28, "serif_bold")
    s.text(560, 180, "Certificate of Work Experience", 30, "serif_bold")
    text_lines(s, 160, 290, ["Mr. PENG Yu has been working in our company since July 2017. He is now the Director of",
                             "Product Design.", "", "It is hereby certified.", "", "28 November 2026"], 24, "serif", 44)
    return scanned_png(s, "sincemonth"), {"employer": "Hangzhou Westlake Smart Home Co., Ltd.", "position": "Director of Product Design",
                                          "start_date": "2017-07-01"}


def bulleted_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Silverpine Digital Studio (Chengdu) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["26 November 2026", "", "To whom it may concern,", "",
                             "Please find below the employment particulars you requested:", "",
                             "·  Name: Ms. QU Xin", "·  Position: Senior UX Designer", "·  Employment period: 03 Apr 2018 to present", "",
                             "Kind regards,", "", "People Operations"], 24, "sans", 44)
    return scanned_png(s, "bullets"), {"employer": "Silverpine Digital Studio (Chengdu) Co., Ltd.", "position": "Senior UX Designer",
                                       "start_date": "2018-04-03"}


def until_resignation() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 140, ["19 November 2026", "", "Dear Sir or Madam,", "",
                             "I am writing to confirm that Mr. YAO Lei worked at Dalian Bohai Shipping Agency Co., Ltd. from",
                             "August 2010 until his resignation in February 2016. His last role was Chartering Manager.", "",
                             "Sincerely,", "", "ZHAO Min", "HR Director"], 24, "serif", 44)
    return scanned_png(s, "resignation"), {"employer": "Dalian Bohai Shipping Agency Co., Ltd.", "position": "Chartering Manager",
                                           "start_date": "2010-08-01", "end_date": "2016-02-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-working-since-a-month.png", working_since_a_month, "work_experience_letter", "working-since-a-month"),
              ("work-bulleted-particulars.png", bulleted_particulars, "work_experience_letter", "bulleted-particulars"),
              ("work-until-resignation.png", until_resignation, "work_experience_letter", "until-resignation")]
    return write_drawn(folder, papers)
