"""A three-hundred-and-ninety-ninth drawn set, of Chinese work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter whose dates are Han numerals to the
month and whose posts are held in turn (于二〇一四年三月入职我公司，历任…、…，现任…，工作至今); a Hong Kong employer's
certificate (由…起受僱於本公司為全職會計主任，至今仍在職); a leaving certificate whose particulars stand two pairs a line
(员工姓名 … 入职时间 … / 离职时间 … 离职前岗位 …). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredninetyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def posts_in_turn_han_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明柯文博，男，于二〇一四年三月入职我公司，历任销售代表、区域经理，现任华南大区总监，工作至今。",
                             "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["佛山顺德美居电器有限公司", "二〇二六年十一月十六日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "佛山顺德美居电器有限公司")
    return scanned_png(s, "inturn"), {"employer": "佛山顺德美居电器有限公司", "position": "华南大区总监", "start_date": "2014-03-01"}


def hong_kong_still_employed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "僱主證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明麥嘉琪小姐由2016年9月1日起受僱於本公司為全職會計主任，至今仍在職。", "", "　　特此證明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["香港德輔道貿易有限公司", "2026年11月24日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "香港德輔道貿易有限公司")
    return scanned_png(s, "hkstill"), {"employer": "香港德輔道貿易有限公司", "position": ("會計主任", "全職會計主任"), "start_date": "2016-09-01"}


def two_pairs_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "离职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["员工姓名：霍思敏　　　　入职时间：2013年5月6日", "离职时间：2020年9月30日　　离职前岗位：物流主管", "",
                             "　　该员工已办理完毕离职交接手续，特此证明。"], 26, "serif_cjk", 64)
    text_lines(s, 900, 560, ["青岛黄海冷链物流有限公司", "2026年11月9日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 630, "青岛黄海冷链物流有限公司")
    return scanned_png(s, "twopairs"), {"employer": "青岛黄海冷链物流有限公司", "position": "物流主管", "start_date": "2013-05-06",
                                        "end_date": "2020-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-posts-in-turn-han-months.png", posts_in_turn_han_months, "work_experience_letter", "posts-in-turn-han-months"),
              ("work-hong-kong-still-employed.png", hong_kong_still_employed, "work_experience_letter", "hong-kong-still-employed"),
              ("work-two-pairs-a-line.png", two_pairs_a_line, "work_experience_letter", "two-pairs-a-line")]
    return write_drawn(folder, papers)
