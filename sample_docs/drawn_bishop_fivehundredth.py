"""A five-hundredth drawn set, of work experience letters, drawn before stop 83's reader changes for it, in wording and layouts
no earlier set drew: 'commenced employment with … in the capacity of …' and 'resigned with effect from …'; a record of posts as a
ruled table headed From | To | Position | Department; 参加工作 and 同年进入我公司 before the stay in the firm's technical centre. Each
is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def commenced_resigned() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Guilin Lijiang Tourism Development Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["25 November 2026", "", "Dear Sir or Madam,", "", "Re: Employment Verification", "",
                             "This letter confirms that Ms. LIU Fang commenced employment with Guilin Lijiang Tourism Development",
                             "Co., Ltd. on 2 January 2014 in the capacity of Marketing Executive. She resigned with effect from",
                             "30 April 2019.", "", "Yours faithfully,", "", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "commenced"), {"employer": "Guilin Lijiang Tourism Development Co., Ltd.", "position": "Marketing Executive",
                                         "start_date": "2014-01-02", "end_date": "2019-04-30"}


def table_from_to_position() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hefei Starlight Semiconductor Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 180, ["27 November 2026", "", "To whom it may concern", "", "Employment record of Mr. ZHOU Bin:"], 24, "serif", 44)
    y = _ruled(s, 160, 420, [["From", "To", "Position", "Department"], ["01/08/2012", "31/12/2015", "Assistant Engineer", "R&D"],
                             ["01/01/2016", "28/02/2022", "Senior Engineer", "R&D"]], [240, 240, 420, 300], 64, 22)
    text_lines(s, 160, y + 60, ["Human Resources Manager"], 24, "serif", 44)
    return scanned_png(s, "fromtopos"), {"employer": "Hefei Starlight Semiconductor Co., Ltd.", "position": "Senior Engineer",
                                         "start_date": "2012-08-01", "end_date": "2022-02-28"}


def took_up_work_same_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹有我公司职工冯晓东同志，2013年7月参加工作，同年进入", "我公司，2013年7月至2021年2月在我公司技术中心从事软件开发",
                                 "工作，任高级软件工程师。特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["成都锦江软件科技有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "成都锦江软件科技有限公司")
    return scanned_png(s, "sameyear"), {"employer": "成都锦江软件科技有限公司", "position": "高级软件工程师", "start_date": "2013-07-01",
                                        "end_date": "2021-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-commenced-resigned.png", commenced_resigned, "work_experience_letter", "commenced-resigned"),
              ("work-table-from-to-position.png", table_from_to_position, "work_experience_letter", "table-from-to-position"),
              ("work-took-up-work-same-year.png", took_up_work_same_year, "work_experience_letter", "took-up-work-same-year")]
    return write_drawn(folder, papers)
