"""A four-hundred-and-eighth drawn set, of English work letters, in wording and layouts no earlier set drew: a letter
whose firm's name and address stand in a column at the left beside the body, that a person 'worked with our firm as'
a post 'from' a date 'until her resignation on' another; a certificate that a person 'is employed with' a firm 'as' a
post, 'effective' a date, and 'remains in active service'; a letter whose career is a table of posts with 'From' and
'To' columns, the last row the post reached. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def sidebar_letterhead() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 120, 120, ["Tianfu Ledger CPA", "(Chengdu) Co., Ltd.", "", "18/F Jinjiang Tower", "Chengdu 610000",
                             "Tel 028-8555 0199"], 20, "sans", 34)
    s.d.line([420, 110, 420, 900], fill="black", width=2)
    text_lines(s, 470, 120, ["24 November 2026", "", "Dear Sir or Madam,", "",
                             "We hereby confirm that Ms. YANG Shuang worked with our firm as an Audit", "Senior from 2 September 2015 until her resignation on 31 May 2021.", "",
                             "Yours faithfully,", "", "Partner, Human Capital"], 24, "serif", 44)
    return scanned_png(s, "sidebar"), {"employer": "Tianfu Ledger CPA (Chengdu) Co., Ltd.", "position": "Audit Senior",
                                       "start_date": "2015-09-02", "end_date": "2021-05-31"}


def remains_in_active_service() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Golden Sail Shipping Agency (Xiamen) Co., Ltd.", 28, "serif_bold")
    s.text(560, 180, "CERTIFICATE OF EMPLOYMENT", 30, "serif_bold")
    text_lines(s, 160, 270, ["This is to certify that WU Kaiyuan is employed with Golden Sail Shipping Agency (Xiamen) Co., Ltd.",
                             "as Marine Operations Coordinator, effective 10 January 2019, and remains in active service as of",
                             "the date of this certificate.", "", "Issued this 2nd day of December 2026.", "", "Administration Department"],
               24, "serif", 44)
    return scanned_png(s, "active"), {"employer": "Golden Sail Shipping Agency (Xiamen) Co., Ltd.", "position": "Marine Operations Coordinator",
                                      "start_date": "2019-01-10"}


def career_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Evergrain Foods (Harbin) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 180, ["25 November 2026", "", "Re: Mr. BAI Zhiheng", "",
                             "Mr. BAI Zhiheng was employed by our company in the following positions:"], 24, "sans", 44)
    y = 430
    for cells in [("Position", "From", "To"), ("Sales Executive", "01/04/2012", "31/03/2015"), ("Key Account Manager", "01/04/2015", "30/09/2020")]:
        for x, text in zip((200, 760, 1060), cells):
            s.text(x, y, text, 24, "sans_bold" if cells[0] == "Position" else "sans")
        y += 52
    text_lines(s, 160, y + 40, ["He left the company of his own accord.", "", "Human Resources"], 24, "sans", 44)
    return scanned_png(s, "career"), {"employer": "Evergrain Foods (Harbin) Co., Ltd.", "position": "Key Account Manager",
                                      "start_date": "2012-04-01", "end_date": "2020-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-sidebar-letterhead.png", sidebar_letterhead, "work_experience_letter", "sidebar-letterhead"),
              ("work-remains-in-active-service.png", remains_in_active_service, "work_experience_letter", "remains-in-active-service"),
              ("work-career-table.png", career_table, "work_experience_letter", "career-table")]
    return write_drawn(folder, papers)
