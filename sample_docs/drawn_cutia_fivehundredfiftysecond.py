"""A five-hundred-and-fifty-second drawn set, of graduation certificates, drawn for stop 84's fourth round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a Mainland certificate whose study is dated in Han numerals
(于二〇一四年九月至二〇一八年六月在本校…专业四年制本科学习); a translated certificate of completion of studies ('majoring in …, completed the
4-year undergraduate course … and graduated on …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfiftysecond`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def han_numeral_study() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　学生滕雨欣，女，一九九六年五月生，于二〇一四年九月至二〇一八年六月在本校", "汉语国际教育专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"],
                   30, "serif_cjk", 62)
    text_lines(s, 160, y + 90, ["校　　名：滇南师范学院", "证书编号：192451201806001172", "", "二〇一八年六月二十二日"], 28, "serif_cjk", 56)
    _chop(s, 1250, y + 150, "滇南师范学院")
    return scanned_png(s, "hanstudy"), {"holder_name": "滕雨欣", "institution": "滇南师范学院", "major": "汉语国际教育", "level": ("本科", "四年制本科"),
                                        "graduation_date": "2018-06-22", "certificate_number": "192451201806001172"}


def completion_of_studies() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "Certificate of Completion of Studies", 34, "serif_bold")
    s.text(690, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 250, ["ZENG Haoyu, male, born on 2 February 1999, majoring in Financial Management, completed the 4-year",
                             "undergraduate course at Huaihai University of Finance and graduated on 20 June 2021.", "",
                             "Certificate No.: 192441202106000508", "", "Huaihai University of Finance (seal)"], 23, "serif", 46)
    return scanned_png(s, "completion"), {"holder_name": "ZENG Haoyu", "institution": "Huaihai University of Finance", "major": "Financial Management",
                                          "level": ("undergraduate", "Undergraduate", "本科"), "graduation_date": "2021-06-20",
                                          "certificate_number": "192441202106000508"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-han-numeral-study.png", han_numeral_study, "graduation_certificate", "han-numeral-study"),
              ("graduation-completion-of-studies.png", completion_of_studies, "graduation_certificate", "completion-of-studies")]
    return write_drawn(folder, papers)
