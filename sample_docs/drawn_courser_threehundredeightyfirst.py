"""A three-hundred-and-eighty-first drawn set, read cold before any reader change for it, in wording and layouts no
earlier set drew: a graduation certificate whose dates are Han numerals (一九九七年十月二日生，于二〇一五年九月至二〇一九年
六月在本校…四年制本科学习…准予毕业); a Chinese work letter whose period stands in brackets after the post
（任职期间：2016.03.01—2022.11.30）; an English letter that a person 'was employed by the undersigned company as' a post,
'Employment began on … and concluded on …'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredeightyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def graduation_han_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 52, "serif_cjk")
    text_lines(s, 200, 300, ["　　学生郭静怡，性别女，一九九七年十月二日生，于二〇一五年九月至二〇一九年六月在本校土木工程",
                             "专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"], 30, "serif_cjk", 68)
    text_lines(s, 900, 520, ["鄂西建筑工程学院", "校（院）长：邵明德", "二〇一九年六月二十八日"], 28, "serif_cjk", 60)
    _chop(s, 1420, 600, "鄂西建筑工程学院")
    s.text(200, 800, "证书编号：193581201906003390", 24, "sans_cjk")
    return scanned_png(s, "gradhan"), {"holder_name": "郭静怡", "institution": "鄂西建筑工程学院", "major": "土木工程", "level": ("本科",),
                                       "graduation_date": "2019-06-28", "certificate_number": "193581201906003390"}


def period_in_brackets_han() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明邓文轩同志曾在我公司技术中心担任嵌入式软件工程师（任职期间：2016.03.01—2022.11.30），",
                             "工作认真负责。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["绵阳长虹智联电子有限公司", "2026年11月27日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "绵阳长虹智联电子有限公司")
    return scanned_png(s, "bracketshan"), {"employer": "绵阳长虹智联电子有限公司", "position": "嵌入式软件工程师", "start_date": "2016-03-01",
                                           "end_date": "2022-11-30"}


def began_and_concluded() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Coralbay Software Testing (Xiamen) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["25 November 2026", "", "Dear Sir / Madam,", "",
                             "Please be advised that Mr. ZHOU Kai was employed by the undersigned company as a Software Test",
                             "Lead. Employment began on 1 June 2016 and concluded on 31 May 2023.", "",
                             "Regards,", "", "Administration Office"], 24, "sans", 44)
    return scanned_png(s, "concluded"), {"employer": "Coralbay Software Testing (Xiamen) Co., Ltd.", "position": "Software Test Lead",
                                         "start_date": "2016-06-01", "end_date": "2023-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-han-numerals.png", graduation_han_numerals, "graduation_certificate", "han-numerals"),
              ("work-period-in-brackets-han.png", period_in_brackets_han, "work_experience_letter", "period-in-brackets-han"),
              ("work-began-and-concluded.png", began_and_concluded, "work_experience_letter", "began-and-concluded")]
    return write_drawn(folder, papers)
