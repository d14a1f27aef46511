"""A five-hundred-and-fifty-eighth drawn set, of work experience letters in English, drawn for stop 84's fifth round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a letter whose particulars are a three-column table under
the text ('Start date | End date | Last position held'); a stay as 'a member of staff from … to …, leaving as …'. Each is a case of its
own (`scripts/bench_drawn_forms.py --set fivehundredfiftyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def three_column_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Foshan Shunde Home Appliances Group Co., Ltd.", 26, "serif_bold")
    y = text_lines(s, 160, 180, ["19 November 2026", "", "Employment details of Ms. HE Lingyun are as follows:"], 23, "serif", 46)
    y = _ruled(s, 160, y + 20, [["Start date", "End date", "Last position held"], ["5 Sep 2011", "30 Apr 2019", "Product Design Manager"]],
               [300, 300, 560], 64, 23)
    text_lines(s, 160, y + 50, ["Yours faithfully,", "", "", "Human Resources Centre"], 23, "serif", 46)
    return scanned_png(s, "threecol"), {"employer": "Foshan Shunde Home Appliances Group Co., Ltd.", "position": "Product Design Manager",
                                        "start_date": "2011-09-05", "end_date": "2019-04-30"}


def member_of_staff_leaving_as() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Tianjin Binhai Port Services Co., Ltd.", "Personnel Department"], 24, "serif_bold", 40)
    text_lines(s, 160, 230, ["17 November 2026", "", "To whom it may concern", "",
                             "Ms. GONG Yiran was a member of staff from 2 Mar 2015 to 29 Sep 2023, leaving as Head of Procurement.", "",
                             "Yours faithfully,", "", "", "Personnel Manager"], 23, "serif", 46)
    return scanned_png(s, "leavingas"), {"employer": "Tianjin Binhai Port Services Co., Ltd.", "position": "Head of Procurement",
                                         "start_date": "2015-03-02", "end_date": "2023-09-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-three-column-table.png", three_column_table, "work_experience_letter", "three-column-table"),
              ("work-member-of-staff-leaving-as.png", member_of_staff_leaving_as, "work_experience_letter", "member-of-staff-leaving-as")]
    return write_drawn(folder, papers)
