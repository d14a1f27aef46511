"""A five-hundred-and-sixteenth drawn set, of degrees, drawn after stop 83's last reader change, to be read cold and left unmended,
in wording and layouts no earlier set drew: a Mainland degree whose holder's name is in the Uyghur way, a given name and a father's
name parted by a middle dot (阿依古丽·买买提); an English degree that opens with its date ('On 28 June 2021 the Academic Degree
Committee of … conferred upon …'); a professional master's degree granted 授予其…专业学位 with its category on a row of its own
(专业学位类别：金融). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredsixteenth`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def middle_dot_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　阿依古丽·买买提，女，1998年4月6日生。在本校汉语言文学专业完成了", "本科学业，成绩合格，依照《中华人民共和国学位条例》的规定，授予文学",
                                 "学士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["天山师范学院", "2020年6月28日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1926842020000517"], 26, "serif_cjk", 52)
    _chop(s, 1340, y + 60, "天山师范学院")
    return scanned_png(s, "middledot"), {"holder_name": "阿依古丽·买买提", "institution": "天山师范学院", "degree": ("文学学士", "文学学士学位"),
                                         "major": "汉语言文学", "date_awarded": "2020-06-28", "certificate_number": "1926842020000517"}


def date_first_committee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "Beijiang Forestry University", 38, "serif_bold")
    text_lines(s, 160, 240, ["On 28 June 2021 the Academic Degree Committee of Beijiang Forestry University conferred upon Ms. MO Lingyun",
                             "the degree of Master of Agriculture in Forest Protection.", "", "",
                             "Chairman, Academic Degree Committee", "", "Certificate No. 1926832021000296"], 23, "serif", 46)
    return scanned_png(s, "datefirst"), {"holder_name": "MO Lingyun", "institution": "Beijiang Forestry University",
                                         "degree": ("Master of Agriculture",), "major": "Forest Protection", "date_awarded": "2021-06-28",
                                         "certificate_number": "1926832021000296"}


def professional_category_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "硕士专业学位证书", 42, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　芦佳慧，女，1996年1月20日生，在本校完成了硕士专业学位研究生的学习，", "成绩合格，通过论文答辩，经审核，授予其金融硕士专业学位。"],
                   30, "serif_cjk", 62)
    y = text_lines(s, 160, y + 40, ["专业学位类别：金融"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 80, ["沪东财经大学", "2022年6月29日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 240, ["证书编号：1926732022000608"], 26, "serif_cjk", 52)
    _chop(s, 1340, y + 40, "沪东财经大学")
    return scanned_png(s, "profcategory"), {"holder_name": "芦佳慧", "institution": "沪东财经大学", "degree": ("金融硕士", "金融硕士专业学位"),
                                            "major": "金融", "date_awarded": "2022-06-29", "certificate_number": "1926732022000608"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-middle-dot-name.png", middle_dot_name, "degree_certificate", "middle-dot-name"),
              ("degree-date-first-committee.png", date_first_committee, "degree_certificate", "date-first-committee"),
              ("degree-professional-category-row.png", professional_category_row, "degree_certificate", "professional-category-row")]
    return write_drawn(folder, papers)
