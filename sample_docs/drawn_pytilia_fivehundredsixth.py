"""A five-hundred-and-sixth drawn set, of degrees, drawn before stop 83's reader changes for it, in wording and layouts no earlier
set drew: a Hong Kong university's capitals, 'was admitted to the degree of' / MASTER OF PHILOSOPHY, no subject, a register number;
a Mainland degree in two paragraphs, the study told in the first (兹证明：…完成了本科学业) and the award in the second (授予其…学位);
an English ruled table of particulars under labels no earlier degree used (Name of Graduate, Major Field, Conferment Date,
Certificate Serial). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredsixth`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def admitted_capitals_no_subject() -> tuple[bytes, dict]:
    s = Sheet()
    for y, text, size in [(110, "THE UNIVERSITY OF LION ROCK", 38), (220, "It is hereby certified that", 22), (300, "ZHANG Yifan", 34),
                          (380, "having completed the approved course of study and passed the prescribed examinations", 22),
                          (440, "was admitted to the degree of", 22), (520, "MASTER OF PHILOSOPHY", 34), (600, "on 12 November 2021", 22)]:
        s.text(827 - len(text) * size * 25 // 100, y, text, size, "serif_bold" if size >= 30 else "serif")
    text_lines(s, 200, 760, ["Vice-Chancellor                                             Registrar", "", "Register No. 3035-1142"], 22, "serif", 40)
    return scanned_png(s, "lionrock"), {"holder_name": "ZHANG Yifan", "institution": "The University of Lion Rock",
                                        "degree": ("Master of Philosophy",), "date_awarded": "2021-11-12", "certificate_number": "3035-1142"}


def two_paragraphs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明：申晓彤，女，1997年11月2日生，于2015年9月至2019年6月在本校",
                                 "食品科学与工程专业学习，完成了本科学业。",
                                 "　　根据《中华人民共和国学位条例》的规定，经本校学位评定委员会审核，",
                                 "授予其工学学士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 90, ["淮南食品工程学院", "2019年6月30日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1927442019000738"], 26, "serif_cjk", 52)
    _chop(s, 1080, y + 140, "淮南食品工程学院")
    return scanned_png(s, "twoparas"), {"holder_name": "申晓彤", "institution": "淮南食品工程学院", "degree": ("工学学士", "工学学士学位"),
                                        "major": "食品科学与工程", "date_awarded": "2019-06-30", "certificate_number": "1927442019000738"}


def particulars_table_new_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "Particulars of Degree", 34, "serif_bold")
    _ruled(s, 160, 200, [["Name of Graduate", "FANG Zixuan"], ["Degree", "Bachelor of Laws (LLB)"], ["Major Field", "International Economic Law"],
                         ["Institution", "Southwest Hill University of Political Science and Law"], ["Conferment Date", "2020-07-01"],
                         ["Certificate Serial", "1927542020001933"]], [360, 860], 70, 24)
    return scanned_png(s, "partnew"), {"holder_name": "FANG Zixuan", "institution": "Southwest Hill University of Political Science and Law",
                                       "degree": ("Bachelor of Laws", "Bachelor of Laws (LLB)"), "major": "International Economic Law",
                                       "date_awarded": "2020-07-01", "certificate_number": "1927542020001933"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-admitted-capitals-no-subject.png", admitted_capitals_no_subject, "degree_certificate", "admitted-capitals-no-subject"),
              ("degree-two-paragraphs.png", two_paragraphs, "degree_certificate", "two-paragraphs"),
              ("degree-particulars-table-new-labels.png", particulars_table_new_labels, "degree_certificate", "particulars-table-new-labels")]
    return write_drawn(folder, papers)
