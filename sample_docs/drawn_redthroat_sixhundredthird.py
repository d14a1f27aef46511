"""A six-hundred-and-third drawn set, of degrees, drawn after stop 85's last reader change, to be read cold and left unmended, in wording
and layouts no earlier set drew: a Council that 'has admitted' its graduate 'to the degree of', the date on a line of its own after 'on',
a student number below; a Mainland MBA conferred as a professional degree with no field named apart ('在工商管理专业学位类别完成了…',
'授予工商管理硕士专业学位'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredthird`). Every name and number is
made up; 19196 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def council_admitted() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "UNIVERSITY OF SOUTH HARBOUR", 40, "serif_bold")
    text_lines(s, 300, 250, ["The Council of the University of South Harbour has admitted", "", "WEI Zhenyu", "", "to the degree of", "",
                             "Master of Public Health", "", "on", "12 December 2022"], 27, "serif", 52)
    text_lines(s, 300, 860, ["Vice-Chancellor and President", "", "Student No. 44120918"], 22, "serif", 40)
    return scanned_png(s, "counciladmitted"), {"holder_name": "WEI Zhenyu", "institution": "UNIVERSITY OF SOUTH HARBOUR",
                                              "degree": ("Master of Public Health",), "date_awarded": "2022-12-12"}


def mba_professional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "硕士专业学位证书", 46, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　葛文博，男，1989年6月21日生，在工商管理专业学位类别完成了硕士专业学位研究生学习计划，",
                                 "通过了学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予工商管理硕士专业学位。"], 28, "serif_cjk", 60)
    text_lines(s, 950, y + 110, ["东瓯财经大学", "学位评定委员会主席", "2022年12月28日"], 28, "serif_cjk", 52)
    s.text(200, y + 390, "证书编号：1919632022000704", 24, "sans_cjk")
    _chop(s, 600, y + 200, "东瓯财经大学")
    return scanned_png(s, "mba"), {"holder_name": "葛文博", "institution": "东瓯财经大学", "degree": ("工商管理硕士", "工商管理硕士专业学位"),
                                   "major": "工商管理", "date_awarded": "2022-12-28", "certificate_number": "1919632022000704"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-council-admitted.png", council_admitted, "degree_certificate", "council-admitted"),
              ("degree-mba-professional.png", mba_professional, "degree_certificate", "mba-professional")]
    return write_drawn(folder, papers)
