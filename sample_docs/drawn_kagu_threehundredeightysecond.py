"""A three-hundred-and-eighty-second drawn set, of Chinese work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: a leaving certificate whose particulars are a shaded ruled table of two
columns (员工姓名, 所在部门, 担任职务, 入职日期, 离职日期); a research institute's letter of a person 受聘于我院，聘期自…至…，
聘任岗位为 a post; a letter whose whole dates are Han numerals (自二〇一六年三月一日至二〇二二年二月二十八日在我公司从事
销售工作，任…). Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredeightysecond`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def shaded_two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "离职证明", 44, "serif_cjk")
    y = _ruled(s, 300, 220, [["员工姓名", "韦思远"], ["所在部门", "生产部"], ["担任职务", "设备维修主管"], ["入职日期", "2015年3月16日"],
                             ["离职日期", "2023年4月28日"]], [300, 600], 76, size=26, shade_labels=True)
    text_lines(s, 300, y + 40, ["上述人员已办妥离职手续，特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, y + 160, ["湛江南海船舶修造有限公司", "2026年11月18日"], 26, "serif_cjk", 56)
    _chop(s, 1420, y + 230, "湛江南海船舶修造有限公司")
    return scanned_png(s, "shadedtwo"), {"employer": "湛江南海船舶修造有限公司", "position": "设备维修主管", "start_date": "2015-03-16",
                                         "end_date": "2023-04-28"}


def institute_term() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "江苏苏南新材料研究院", 42, "serif_cjk")
    s.text(720, 190, "证　明", 40, "serif_cjk")
    text_lines(s, 160, 300, ["　　兹证明马晓东同志受聘于我院，聘期自2017年2月20日至2020年2月19日，聘任岗位为研发工程师。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["江苏苏南新材料研究院（盖章）", "2026年11月10日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "江苏苏南新材料研究院")
    return scanned_png(s, "institute"), {"employer": "江苏苏南新材料研究院", "position": "研发工程师", "start_date": "2017-02-20",
                                         "end_date": "2020-02-19"}


def whole_han_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明贝丽娜女士自二〇一六年三月一日至二〇二二年二月二十八日在我公司从事销售工作，",
                             "任华东区域销售经理。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["宁波甬江家居用品有限公司", "二〇二六年十一月二十日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "宁波甬江家居用品有限公司")
    return scanned_png(s, "handates"), {"employer": "宁波甬江家居用品有限公司", "position": "华东区域销售经理", "start_date": "2016-03-01",
                                        "end_date": "2022-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-shaded-two-columns.png", shaded_two_columns, "work_experience_letter", "shaded-two-columns"),
              ("work-institute-term.png", institute_term, "work_experience_letter", "institute-term"),
              ("work-whole-han-numeral-dates.png", whole_han_numeral_dates, "work_experience_letter", "whole-han-numeral-dates")]
    return write_drawn(folder, papers)
