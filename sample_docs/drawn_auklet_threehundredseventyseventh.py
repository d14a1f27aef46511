"""A three-hundred-and-seventy-seventh drawn set, of Chinese work letters, read cold before any reader change for it,
in wording and layouts no earlier set drew: a letter whose particulars are a ruled table, headings over one row
(姓名, 部门, 岗位, 入司时间), the person still employed; a letter in traditional characters whose dates are Han
numerals (由二〇一五年八月三日起受聘於本公司，出任…一職，直至…離職); a letter whose person 于…入职，…因个人原因离职，
离职前担任 a post, to the month. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredseventyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def table_of_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在职证明", 44, "serif_cjk")
    text_lines(s, 160, 220, ["兹证明下列人员为我公司正式员工，现仍在职，具体情况如下："], 26, "serif_cjk", 60)
    _ruled(s, 160, 320, [["姓名", "部门", "岗位", "入司时间"], ["薛梓涵", "质量管理部", "质量体系工程师", "2018年4月9日"]],
           [220, 300, 380, 400], 76, size=26)
    text_lines(s, 160, 520, ["特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 640, ["襄阳汉江精密机械有限公司", "2026年11月24日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 710, "襄阳汉江精密机械有限公司")
    return scanned_png(s, "particulars"), {"employer": "襄阳汉江精密机械有限公司", "position": "质量体系工程师", "start_date": "2018-04-09"}


def traditional_han_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "服務證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明何嘉欣小姐由二〇一五年八月三日起受聘於本公司，出任高級會計師一職，直至",
                             "二〇二一年十二月三十一日離職。", "", "　　此證。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["珠海橫琴聯合會計服務有限公司", "二〇二六年十一月十二日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "珠海橫琴聯合會計服務有限公司")
    return scanned_png(s, "hannumerals"), {"employer": "珠海橫琴聯合會計服務有限公司", "position": "高級會計師", "start_date": "2015-08-03",
                                           "end_date": "2021-12-31"}


def left_for_own_reasons() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "离职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹有我单位员工褚浩然（身份证号码：略），于2014年9月入职，2019年5月因个人原因离职，",
                             "离职前担任市场部经理。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["常州龙城文化传媒有限公司", "人力资源部", "2026年11月30日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "常州龙城文化传媒有限公司")
    return scanned_png(s, "ownreasons"), {"employer": "常州龙城文化传媒有限公司", "position": "市场部经理", "start_date": "2014-09-01",
                                          "end_date": "2019-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-table-of-particulars.png", table_of_particulars, "work_experience_letter", "table-of-particulars"),
              ("work-traditional-han-numerals.png", traditional_han_numerals, "work_experience_letter", "traditional-han-numerals"),
              ("work-left-for-own-reasons.png", left_for_own_reasons, "work_experience_letter", "left-for-own-reasons")]
    return write_drawn(folder, papers)
