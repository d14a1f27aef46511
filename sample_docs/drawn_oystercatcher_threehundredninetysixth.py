"""A three-hundred-and-ninety-sixth drawn set, of Chinese work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter whose months run 至 a month and whose
leaving is dated in full (…至…在我单位（财务部）任会计，已于…办理离职手续); a law firm's letter of a lawyer 自…起在本所执业，
现为本所合伙人; a traditional ruled table of two columns (姓名, 職位, 入職日期), the person still employed. Each is a case of
its own (`scripts/bench_drawn_forms.py --set threehundredninetysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def left_with_formalities() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "证　明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明，柏雨涵，女，2015年8月至2021年11月在我单位（财务部）任会计，已于2021年11月30日办理",
                             "离职手续。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 860, 520, ["武汉光谷生物医药产业园管理有限公司", "2026年11月12日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 590, "武汉光谷生物医药产业园管理有限公司")
    return scanned_png(s, "formalities"), {"employer": "武汉光谷生物医药产业园管理有限公司", "position": "会计", "start_date": "2015-08-01",
                                           "end_date": "2021-11-30"}


def law_firm_partner() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "广东南粤律师事务所", 42, "serif_cjk")
    s.text(720, 190, "证　明", 40, "serif_cjk")
    text_lines(s, 160, 300, ["　　兹证明余思远律师自2017年9月起在本所执业，现为本所合伙人。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 500, ["广东南粤律师事务所", "2026年11月2日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 570, "广东南粤律师事务所")
    return scanned_png(s, "lawfirm"), {"employer": "广东南粤律师事务所", "position": "合伙人", "start_date": "2017-09-01"}


def traditional_two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在職證明", 44, "serif_cjk")
    text_lines(s, 300, 200, ["茲證明下列人員現於本公司任職："], 26, "serif_cjk", 60)
    y = _ruled(s, 300, 280, [["姓名", "黎卓謙"], ["職位", "高級程式設計師"], ["入職日期", "2019年4月1日"]], [300, 560], 76, size=26)
    text_lines(s, 900, y + 100, ["深圳前海卓越軟件有限公司", "2026年11月15日"], 26, "serif_cjk", 56)
    _chop(s, 1420, y + 170, "深圳前海卓越軟件有限公司")
    return scanned_png(s, "tradtwo"), {"employer": "深圳前海卓越軟件有限公司", "position": "高級程式設計師", "start_date": "2019-04-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-left-with-formalities.png", left_with_formalities, "work_experience_letter", "left-with-formalities"),
              ("work-law-firm-partner.png", law_firm_partner, "work_experience_letter", "law-firm-partner"),
              ("work-traditional-two-columns.png", traditional_two_columns, "work_experience_letter", "traditional-two-columns")]
    return write_drawn(folder, papers)
