"""A four-hundred-and-fourteenth drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a letter
under a firm's heading in both languages, that a person 'has worked at the company since' a date, 'the post being' a
post (自…起在我公司工作，岗位为…); a ruled table of two columns, 项目 and 内容, whose rows are the particulars (入职时间, 离职时间,
担任职务, 离职原因); a traditional letter that a person 'was engaged by the firm from … to …, in the post of' a post
(受聘於本行，職位為…). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfourteenth`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def bilingual_heading() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 80, "深圳鹏城芯控技术有限公司", 34, "serif_cjk")
    s.text(430, 130, "Shenzhen Pengcheng Xinkong Technology Co., Ltd.", 22, "serif")
    s.text(700, 220, "工作证明", 40, "serif_cjk")
    text_lines(s, 160, 330, ["　　兹证明姜宇航自2019年3月18日起在我公司工作，岗位为嵌入式软件工程师。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 570, ["深圳鹏城芯控技术有限公司", "2026年11月28日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 630, "深圳鹏城芯控技术有限公司")
    return scanned_png(s, "bilingual"), {"employer": "深圳鹏城芯控技术有限公司", "position": "嵌入式软件工程师", "start_date": "2019-03-18"}


def item_and_content_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "离职证明", 44, "serif_cjk")
    _ruled(s, 240, 200, [["项目", "内容"], ["姓名", "邵雅琳"], ["入职时间", "2013年4月8日"], ["离职时间", "2019年10月31日"],
                         ["担任职务", "采购经理"], ["离职原因", "个人发展"]], [300, 700], 68, 26)
    text_lines(s, 900, 700, ["长沙麓山医疗器械有限公司", "2026年11月16日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 760, "长沙麓山医疗器械有限公司")
    return scanned_png(s, "itemcontent"), {"employer": "长沙麓山医疗器械有限公司", "position": "采购经理", "start_date": "2013-04-08",
                                           "end_date": "2019-10-31"}


def engaged_by_the_bank() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "服務證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明葉俊傑先生於2012年2月1日至2018年7月31日受聘於本行，職位為信貸分析員。", "", "　　特此證明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["澳門新馬路商業銀行", "2026年11月22日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "澳門新馬路商業銀行")
    return scanned_png(s, "bank"), {"employer": "澳門新馬路商業銀行", "position": "信貸分析員", "start_date": "2012-02-01", "end_date": "2018-07-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-bilingual-heading.png", bilingual_heading, "work_experience_letter", "bilingual-heading"),
              ("work-item-and-content-table.png", item_and_content_table, "work_experience_letter", "item-and-content-table"),
              ("work-engaged-by-the-bank.png", engaged_by_the_bank, "work_experience_letter", "engaged-by-the-bank")]
    return write_drawn(folder, papers)
