"""A four-hundred-and-second drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a traditional
certificate that a person 'has served in the firm's marketing department since' a month 'as' a post 'to this day'
(自…起任職於本公司市場部，擔任…一職至今); a ruled table whose headings (姓名, 部门, 职务, 入职日期, 离职日期) stand over one
row of values; a hospital's letter that a doctor worked there from one date to another and 'held in turn' two posts
(期间先后担任…、…). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredsecond`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def served_since_to_this_day() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "在職證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明本公司員工黃子晴，自二〇一八年十月起任職於本公司市場部，擔任高級市場主任一職至今。",
                             "", "　　此證。"], 26, "serif_cjk", 60)
    text_lines(s, 880, 480, ["澳門氹仔綠洲傳媒有限公司", "二〇二六年十一月二十日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "澳門氹仔綠洲傳媒有限公司")
    return scanned_png(s, "sincetoday"), {"employer": "澳門氹仔綠洲傳媒有限公司", "position": "高級市場主任", "start_date": "2018-10-01"}


def table_under_headings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    s.text(160, 200, "经核查，下列人员曾在我公司工作，情况如下：", 26, "serif_cjk")
    _ruled(s, 160, 270, [["姓名", "部门", "职务", "入职日期", "离职日期"], ["任浩然", "质量部", "质量工程师", "2012-04-16", "2019-11-29"]],
           [200, 220, 300, 260, 260], 70, 26)
    text_lines(s, 160, 460, ["　　特此证明。"], 26, "serif_cjk", 56)
    text_lines(s, 900, 560, ["无锡太湖精密轴承有限公司", "2026年11月13日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 620, "无锡太湖精密轴承有限公司")
    return scanned_png(s, "table"), {"employer": "无锡太湖精密轴承有限公司", "position": "质量工程师", "start_date": "2012-04-16",
                                     "end_date": "2019-11-29"}


def posts_held_in_turn() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 100, "证  明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　经核实，吕振华同志自2012年7月9日至2019年12月31日在我院工作，期间先后担任住院医师、主治医师。",
                             "该同志工作认真负责，无违纪记录。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 540, ["襄阳市第三人民医院", "2026年11月6日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 600, "襄阳市第三人民医院")
    return scanned_png(s, "inturn"), {"employer": "襄阳市第三人民医院", "position": "主治医师", "start_date": "2012-07-09",
                                      "end_date": "2019-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-served-since-to-this-day.png", served_since_to_this_day, "work_experience_letter", "served-since-to-this-day"),
              ("work-table-under-headings.png", table_under_headings, "work_experience_letter", "table-under-headings"),
              ("work-posts-held-in-turn.png", posts_held_in_turn, "work_experience_letter", "posts-held-in-turn")]
    return write_drawn(folder, papers)
