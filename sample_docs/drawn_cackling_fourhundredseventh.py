"""A four-hundred-and-seventh drawn set, of work letters in both languages, in wording and layouts no earlier set drew: a
Chinese letter dated at its top whose holder's birth date stands in brackets before the stay (（1991年4月17日出生）于…至…在我司
担任…); a Chinese statement of a post held now in short rows (所在岗位, 起始日期, 目前状态：在职); an English letter that a
person 'is a permanent employee of' a firm, 'joined the company on the 15th of May 2018' and 'is presently designated
as' a post. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredseventh`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def birth_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1180, 90, "2026年11月25日", 24, "serif_cjk")
    s.text(700, 160, "离职证明", 44, "serif_cjk")
    text_lines(s, 160, 290, ["　　兹证明杜明轩（1991年4月17日出生）于2015年10月12日至2022年3月18日在我司担任供应链专员，",
                             "因个人原因离职，已办妥离职手续。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["东莞松湖智造科技有限公司"], 26, "serif_cjk", 56)
    _chop(s, 1420, 580, "东莞松湖智造科技有限公司")
    return scanned_png(s, "brackets"), {"employer": "东莞松湖智造科技有限公司", "position": "供应链专员", "start_date": "2015-10-12",
                                        "end_date": "2022-03-18"}


def post_held_now_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "任职情况说明", 44, "serif_cjk")
    text_lines(s, 200, 230, ["员工姓名：温静", "所在岗位：行政助理", "起始日期：2019年2月25日", "目前状态：在职", "",
                             "　　以上信息经我单位核实无误。"], 26, "serif_cjk", 62)
    text_lines(s, 900, 640, ["南昌赣江文化传播有限公司", "2026年11月27日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 700, "南昌赣江文化传播有限公司")
    return scanned_png(s, "heldnow"), {"employer": "南昌赣江文化传播有限公司", "position": "行政助理", "start_date": "2019-02-25"}


def permanent_employee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Sunridge Solar Materials (Yangzhou) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["Ref: HR/2026/1184", "30 November 2026", "", "TO WHOM IT MAY CONCERN", "",
                             "Please be informed that Mr. LIANG Zhe is a permanent employee of Sunridge Solar Materials (Yangzhou)",
                             "Co., Ltd. He joined the company on the 15th of May 2018 and is presently designated as Process",
                             "Development Engineer.", "", "Human Resources Department"], 24, "sans", 44)
    return scanned_png(s, "permanent"), {"employer": "Sunridge Solar Materials (Yangzhou) Co., Ltd.", "position": "Process Development Engineer",
                                         "start_date": "2018-05-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-birth-in-brackets.png", birth_in_brackets, "work_experience_letter", "birth-in-brackets"),
              ("work-post-held-now-rows.png", post_held_now_rows, "work_experience_letter", "post-held-now-rows"),
              ("work-permanent-employee.png", permanent_employee, "work_experience_letter", "permanent-employee")]
    return write_drawn(folder, papers)
