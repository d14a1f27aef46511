"""A four-hundred-and-ninth drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a traditional
letter whose date is written with 零 for its zero (於二零一六年四月十一日加入本公司，出任…，現仍在職); a public body's letter that a
person 'is on its permanent staff, began work in' a month and 'now serves as' a post with a grade in brackets
(系我单位在编职工，2010年8月参加工作，现任…（副科级）); a letter of rows whose period is two months with a dash
(工作时间：2014年7月—2021年6月, 担任职务：…), signed by the firm with its HR department under it. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def zero_as_ling() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　本公司謹此證明陳曉彤女士於二零一六年四月十一日加入本公司，出任客戶服務經理，現仍在職。", "", "　　此致"],
               26, "serif_cjk", 60)
    text_lines(s, 880, 480, ["香港灣仔恒達保險顧問有限公司", "二零二六年十一月二十六日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "香港灣仔恒達保險顧問有限公司")
    return scanned_png(s, "ling"), {"employer": "香港灣仔恒達保險顧問有限公司", "position": "客戶服務經理", "start_date": "2016-04-11"}


def permanent_staff_grade() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 100, "证  明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明王凯同志系我单位在编职工，2010年8月参加工作，现任办公室副主任（副科级）。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 860, 480, ["宜昌市夷陵区住房和城乡建设局", "2026年11月20日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "宜昌市夷陵区住房和城乡建设局")
    return scanned_png(s, "grade"), {"employer": "宜昌市夷陵区住房和城乡建设局", "position": "办公室副主任", "start_date": "2010-08-01"}


def rows_signed_with_hr() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 200, 230, ["姓名：程雨萱", "工作时间：2014年7月—2021年6月", "担任职务：数据分析师", "", "　　特此证明。"],
               26, "serif_cjk", 62)
    text_lines(s, 900, 600, ["成都锦城数联科技有限公司", "人力资源部", "2026年11月17日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 660, "成都锦城数联科技有限公司")
    return scanned_png(s, "withhr"), {"employer": "成都锦城数联科技有限公司", "position": "数据分析师", "start_date": "2014-07-01",
                                      "end_date": "2021-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-zero-as-ling.png", zero_as_ling, "work_experience_letter", "zero-as-ling"),
              ("work-permanent-staff-grade.png", permanent_staff_grade, "work_experience_letter", "permanent-staff-grade"),
              ("work-rows-signed-with-hr.png", rows_signed_with_hr, "work_experience_letter", "rows-signed-with-hr")]
    return write_drawn(folder, papers)
