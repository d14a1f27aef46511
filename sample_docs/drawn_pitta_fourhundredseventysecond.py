"""A four-hundred-and-seventy-second drawn set, of work letters, drawn after stop 82's third reader change, to be read cold,
in wording and layouts no earlier set drew: an English letter whose posts are a ruled table headed 'From | To | Position
Held' (a promotion, dates day first with slashes); a Chinese letter of labelled lines under its opening (工作期间：…至…;
职务：…); a law firm's letter of 'a member of our legal team from … to …, her last position being …', the firm named
'& Partners' with no company's suffix. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredseventysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def from_to_position_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Changsha Xiangjiang Machinery Import & Export Co., Ltd.", 26, "sans_bold")
    text_lines(s, 160, 180, ["16 November 2026", "", "To whom it may concern", "",
                             "Mr. BAI Zekai was employed by our company in the following positions:"], 24, "sans", 44)
    y = _ruled(s, 160, 420, [["From", "To", "Position Held"], ["01/08/2011", "31/12/2015", "Export Sales Executive"],
                             ["01/01/2016", "30/04/2021", "Export Sales Manager"]], [240, 240, 520], 64, 24)
    text_lines(s, 160, y + 60, ["Yours faithfully,", "", "Personnel and Administration"], 24, "sans", 44)
    return scanned_png(s, "fromtotable"), {"employer": "Changsha Xiangjiang Machinery Import & Export Co., Ltd.",
                                           "position": "Export Sales Manager", "start_date": "2011-08-01", "end_date": "2021-04-30"}


def labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明申嘉乐同志曾在我单位工作，具体情况如下：", "", "工作期间：2012年7月至2016年9月",
                             "所在部门：质量管理部", "职　　务：质量工程师", "", "　　特此证明。"], 28, "serif_cjk", 58)
    text_lines(s, 860, 720, ["洛阳伊河轴承有限公司", "2026年11月20日"], 28, "serif_cjk", 56)
    _chop(s, 1060, 770, "洛阳伊河轴承有限公司")
    return scanned_png(s, "labelled"), {"employer": "洛阳伊河轴承有限公司", "position": "质量工程师", "start_date": "2012-07-01",
                                        "end_date": "2016-09-30"}


def law_firm_member() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hengyuan & Partners", 30, "serif_bold")
    s.text(160, 135, "Attorneys at Law · Beijing", 20, "serif")
    text_lines(s, 160, 220, ["28 November 2026", "", "To whom it may concern", "",
                             "Ms. KANG Ruoxi was a member of our legal team from 3 September 2012 to 31 July 2020, her last",
                             "position being Senior Associate in the firm's Capital Markets group.", "",
                             "Yours faithfully,", "", "Managing Partner"], 24, "serif", 44)
    return scanned_png(s, "lawfirm"), {"employer": "Hengyuan & Partners", "position": "Senior Associate",
                                       "start_date": "2012-09-03", "end_date": "2020-07-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-from-to-position-table.png", from_to_position_table, "work_experience_letter", "from-to-position-table"),
              ("work-labelled-lines.png", labelled_lines, "work_experience_letter", "labelled-lines"),
              ("work-law-firm-member.png", law_firm_member, "work_experience_letter", "law-firm-member")]
    return write_drawn(folder, papers)
