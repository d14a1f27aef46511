"""A four-hundred-and-fiftieth drawn set, of English work letters, drawn after the stop's last reader change, to be read
cold, in wording and layouts no earlier set drew: a letter of a contract basis and then a permanent one ('employed on a
contract basis as … from 10 Aug 2015 to 9 Aug 2018 and thereafter on a permanent basis until 28 Feb 2022'); a post in
quotation marks after 'in the position of', from a month on; particulars in one line of semicolons ('Employee: …;
Department: …; Position: …; Period: … to …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredfiftieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def contract_then_permanent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Zhuhai Pearl Delta Yacht Services Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["2 December 2026", "", "Letter of Confirmation", "",
                             "This serves as confirmation that Mr. HE Junjie was employed on a contract basis as Marine Surveyor from",
                             "10 Aug 2015 to 9 Aug 2018 and thereafter on a permanent basis until 28 Feb 2022.", "",
                             "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "contractbasis"), {"employer": "Zhuhai Pearl Delta Yacht Services Co., Ltd.", "position": "Marine Surveyor",
                                             "start_date": "2015-08-10", "end_date": "2022-02-28"}


def post_in_quotes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Chengdu Panda Interactive Media Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["30 November 2026", "", "To whom it may concern", "",
                             "We confirm that Ms. TIAN Yuxi has worked in the position of \"Lead UX Designer\" since January 2019.", "",
                             "Talent Team"], 24, "sans", 44)
    return scanned_png(s, "quotes"), {"employer": "Chengdu Panda Interactive Media Co., Ltd.", "position": "Lead UX Designer",
                                      "start_date": "2019-01-01"}


def semicolon_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harbin Songhua River Securities Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["27 November 2026", "", "Confirmation of Employment", "",
                             "Employee: Ms. HOU Jiayi; Department: Treasury; Position: Cash Management Officer;",
                             "Period: 2013-04-08 to 2017-12-29.", "", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "semicolons"), {"employer": "Harbin Songhua River Securities Co., Ltd.", "position": "Cash Management Officer",
                                          "start_date": "2013-04-08", "end_date": "2017-12-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-contract-then-permanent.png", contract_then_permanent, "work_experience_letter", "contract-then-permanent"),
              ("work-post-in-quotes.png", post_in_quotes, "work_experience_letter", "post-in-quotes"),
              ("work-semicolon-particulars.png", semicolon_particulars, "work_experience_letter", "semicolon-particulars")]
    return write_drawn(folder, papers)
