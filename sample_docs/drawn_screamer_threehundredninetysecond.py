"""A three-hundred-and-ninety-second drawn set, of Chinese work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: a career in a ruled table headed 起止时间, 工作部门, 职务, months in dots
(2012.07-2016.06); a letter that a person 自…起在我公司工作至今，现任公司财务总监一职 with a yearly income; a Taiwan
company's letter in the Republic's years (自民國104年7月1日至民國110年6月30日任職本公司，擔任…). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredninetysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def career_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 220, ["兹证明常晓峰同志在我公司的工作经历如下："], 26, "serif_cjk", 60)
    y = _ruled(s, 160, 300, [["起止时间", "工作部门", "职务"], ["2012.07-2016.06", "研发部", "助理工程师"],
                             ["2016.07-2024.03", "研发部", "高级工程师"]], [420, 360, 420], 72, size=26)
    text_lines(s, 160, y + 40, ["特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, y + 150, ["常州新北电机有限公司", "2026年11月17日"], 26, "serif_cjk", 56)
    _chop(s, 1420, y + 220, "常州新北电机有限公司")
    return scanned_png(s, "careertable"), {"employer": "常州新北电机有限公司", "position": "高级工程师", "start_date": "2012-07-01",
                                           "end_date": "2024-03-31"}


def title_with_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明申浩宇同志（身份证号码：略）自2018年10月15日起在我公司工作至今，现任公司财务总监一职，",
                             "年收入约人民币肆拾万元。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["厦门鹭岛供应链管理有限公司", "2026年11月23日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "厦门鹭岛供应链管理有限公司")
    return scanned_png(s, "income"), {"employer": "厦门鹭岛供应链管理有限公司", "position": ("财务总监", "公司财务总监"), "start_date": "2018-10-15"}


def republic_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "服務證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明蕭雅婷小姐自民國104年7月1日至民國110年6月30日任職本公司，擔任業務經理。", "",
                             "　　特此證明"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["台中永豐精密工業股份有限公司", "中華民國115年11月20日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "台中永豐精密工業股份有限公司")
    return scanned_png(s, "republic"), {"employer": "台中永豐精密工業股份有限公司", "position": "業務經理", "start_date": "2015-07-01",
                                        "end_date": "2021-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-career-table.png", career_table, "work_experience_letter", "career-table"),
              ("work-title-with-income.png", title_with_income, "work_experience_letter", "title-with-income"),
              ("work-republic-years.png", republic_years, "work_experience_letter", "republic-years")]
    return write_drawn(folder, papers)
