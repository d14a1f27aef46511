"""A four-hundred-and-ninety-fifth drawn set, of work letters, drawn after stop 82's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: a Chinese 任职证明 as a ruled table with ISO dates (入职日期 |
2013-04-15; 离职日期 | …; 职位 | …); 'held the role of … at our Shenzhen plant from … through …'; a subject line that names the
person, the post and the period ('Re: … — Senior Buyer — 01.03.2015 to 31.08.2021'), the body pointing back to it. Each
is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredninetyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def iso_table_zh() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "任职证明", 44, "serif_cjk")
    y = _ruled(s, 200, 230, [["姓名", "蔡一帆"], ["入职日期", "2013-04-15"], ["离职日期", "2018-10-31"], ["职位", "区域经理"]], [360, 700], 74, 26)
    text_lines(s, 200, y + 50, ["特此证明。"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 160, ["温州瓯江阀门制造有限公司", "2026年11月21日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 210, "温州瓯江阀门制造有限公司")
    return scanned_png(s, "isotable"), {"employer": "温州瓯江阀门制造有限公司", "position": "区域经理", "start_date": "2013-04-15",
                                        "end_date": "2018-10-31"}


def held_the_role_through() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Shenzhen Nanshan Precision Display Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["20 November 2026", "", "To whom it may concern", "",
                             "This is to verify that Mr. GENG Rui held the role of Head of Quality Assurance at our Shenzhen plant",
                             "from 14 April 2014 through 30 September 2020.", "", "Yours faithfully,", "", "Plant Human Resources"], 24, "sans", 44)
    return scanned_png(s, "roletrough"), {"employer": "Shenzhen Nanshan Precision Display Co., Ltd.", "position": "Head of Quality Assurance",
                                          "start_date": "2014-04-14", "end_date": "2020-09-30"}


def subject_line_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Ningbo Beilun Trading Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["26 November 2026", "", "Re: Mr. XUE Feng — Senior Buyer — 01.03.2015 to 31.08.2021", "",
                             "The above-named was employed by us in the position and for the period stated above.", "",
                             "Yours faithfully,", "", "Purchasing Department"], 24, "serif", 44)
    return scanned_png(s, "subjectline"), {"employer": "Ningbo Beilun Trading Co., Ltd.", "position": "Senior Buyer",
                                           "start_date": "2015-03-01", "end_date": "2021-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-iso-table-zh.png", iso_table_zh, "work_experience_letter", "iso-table-zh"),
              ("work-held-the-role-through.png", held_the_role_through, "work_experience_letter", "held-the-role-through"),
              ("work-subject-line-particulars.png", subject_line_particulars, "work_experience_letter", "subject-line-particulars")]
    return write_drawn(folder, papers)
