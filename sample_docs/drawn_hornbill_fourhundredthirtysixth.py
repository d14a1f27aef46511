"""A four-hundred-and-thirty-sixth drawn set, of English work letters, in wording and layouts no earlier set drew: a
letter whose particulars stand in a list of dashes ('– Job title held:', '– Service dates: 14.02.2012 – 30.09.2017',
dates with points, day first); a letter that a person 'was in our employ between' two months and 'throughout that time
worked as an' post; a letter whose letterhead is only the firm's initials, the firm named in the body ('is a permanent
employee at …, where he has held the role of … since his appointment on'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredthirtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def list_of_dashes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Tianjin Bohai Rim Cold Storage Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["28 November 2026", "", "Confirmation of Service", "",
                             "At the request of our former employee we confirm the following:", "",
                             "  – Full name: Mr. LEI Bowen", "  – Job title held: Warehouse Operations Lead",
                             "  – Service dates: 14.02.2012 – 30.09.2017", "",
                             "Human Resources Section"], 24, "serif", 44)
    return scanned_png(s, "dashes"), {"employer": "Tianjin Bohai Rim Cold Storage Co., Ltd.", "position": "Warehouse Operations Lead",
                                      "start_date": "2012-02-14", "end_date": "2017-09-30"}


def in_our_employ() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Ningbo Harbourgate Freight Forwarding Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["17 November 2026", "", "To whom it may concern", "",
                             "Please be advised that Ms. XUE Tingting was in our employ between June 2008 and May 2013. Throughout",
                             "that time she worked as an Import Documentation Officer in our Beilun branch.", "",
                             "Yours truly,", "", "ZHAO Min", "Branch Manager"], 24, "sans", 44)
    return scanned_png(s, "employ"), {"employer": "Ningbo Harbourgate Freight Forwarding Co., Ltd.", "position": "Import Documentation Officer",
                                      "start_date": "2008-06-01", "end_date": "2013-05-31"}


def initials_letterhead() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 80, "CMCAP", 44, "sans_bold")
    s.text(160, 140, "Jiulongpo District, Chongqing", 20, "sans")
    text_lines(s, 160, 230, ["2 December 2026", "", "Employment Letter", "",
                             "This letter confirms that Mr. SONG Kai is a permanent employee at Chongqing Mountain City Auto Parts",
                             "Co., Ltd., where he has held the role of Production Planner since his appointment on 18 April 2018.", "",
                             "Administration Office"], 24, "serif", 44)
    return scanned_png(s, "initials"), {"employer": "Chongqing Mountain City Auto Parts Co., Ltd.", "position": "Production Planner",
                                        "start_date": "2018-04-18"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-list-of-dashes.png", list_of_dashes, "work_experience_letter", "list-of-dashes"),
              ("work-in-our-employ.png", in_our_employ, "work_experience_letter", "in-our-employ"),
              ("work-initials-letterhead.png", initials_letterhead, "work_experience_letter", "initials-letterhead")]
    return write_drawn(folder, papers)
