"""A five-hundred-and-thirty-third drawn set, of degrees, drawn for stop 84's first round, to be read cold before any reader changes for
it, in wording and layouts no earlier set drew: a Mainland degree as a ruled form (姓名 | 性别 | 出生日期 in one row, then 学科门类, 专业,
授予单位, 授予日期); an English translation naming the degree after the subject ('having studied Computer Science and Technology …, is
hereby awarded the Master of Engineering degree'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredthirtythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def ruled_form_one_row_of_three() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "学士学位证书", 44, "serif_cjk")
    y = _ruled(s, 160, 220, [["姓名", "付雨桐", "性别", "女", "出生日期", "1998年2月9日"]], [150, 230, 150, 120, 200, 300], 72, 26)
    y = _ruled(s, 160, y, [["学科门类", "经济学"], ["专业", "国际经济与贸易"], ["授予单位", "黔南财经学院"], ["授予日期", "2020年6月22日"],
                           ["证书编号", "1925842020000318"]], [300, 1050], 72, 26)
    _chop(s, 1200, y + 140, "黔南财经学院")
    return scanned_png(s, "ruledthree"), {"holder_name": "付雨桐", "institution": "黔南财经学院", "degree": ("经济学学士", "经济学学士学位"),
                                          "major": "国际经济与贸易", "date_awarded": "2020-06-22", "certificate_number": "1925842020000318"}


def translation_degree_after_subject() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "Master's Degree Certificate", 36, "serif_bold")
    s.text(690, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 250, ["GUAN Shuyi, female, born on 14 October 1995, having studied Computer Science and Technology at our university",
                             "and passed the thesis defence, is hereby awarded the Master of Engineering degree in accordance with the",
                             "Regulations on Academic Degrees of the People's Republic of China.", "",
                             "Chairman of the Academic Degree Evaluation Committee", "Yangcheng University of Science and Technology",
                             "June 26, 2021", "", "Certificate No.: 1925732021000286"], 23, "serif", 46)
    return scanned_png(s, "degafter"), {"holder_name": "GUAN Shuyi", "institution": "Yangcheng University of Science and Technology",
                                        "degree": ("Master of Engineering",), "major": "Computer Science and Technology",
                                        "date_awarded": "2021-06-26", "certificate_number": "1925732021000286"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-ruled-form-one-row-of-three.png", ruled_form_one_row_of_three, "degree_certificate", "ruled-form-one-row-of-three"),
              ("degree-translation-degree-after-subject.png", translation_degree_after_subject, "degree_certificate",
               "translation-degree-after-subject")]
    return write_drawn(folder, papers)
