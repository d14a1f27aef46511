"""A five-hundred-and-eighty-first drawn set, stop 85's second round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: a master's degree in two columns side by side, the Chinese on the left and the English on the right; a
certificate of graduation issued again years later for a lost one (毕业证明书: '…于2014年7月1日毕业于我校…', '原证书编号'), dated 2026. Each is
a case of its own (`scripts/bench_drawn_forms.py --set fivehundredeightyfirst`). Every name and number is made up; 19219 and 19218 are
no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def side_by_side() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 110, "硕士学位证书", 40, "serif_cjk")
    s.text(930, 115, "MASTER'S DEGREE CERTIFICATE", 30, "serif_bold")
    text_lines(s, 140, 240, ["　　甘雨萌，女，1995年11月", "2日生，在本校应用统计专业", "完成了硕士研究生学习计划，", "通过了学位论文答辩，经审核",
                             "符合学位条例的规定，授予经", "济学硕士学位。", "", "东川财经大学", "2019年6月20日"], 26, "serif_cjk", 52)
    text_lines(s, 880, 240, ["GAN Yumeng, female, born on November 2,", "1995, having completed the graduate program", "in Applied Statistics and passed the thesis",
                             "defence, is hereby awarded the degree of", "Master of Economics.", "", "", "Dongchuan University of Finance", "and Economics",
                             "June 20, 2019"], 22, "serif", 47)
    s.text(140, 820, "证书编号 Certificate No.: 1921932019001702", 22, "sans_cjk")
    _chop(s, 560, 1000, "东川财经大学")
    return scanned_png(s, "sidebyside"), {"holder_name": ("甘雨萌", "GAN Yumeng"), "institution": ("东川财经大学", "Dongchuan University of Finance and Economics"),
                                          "degree": ("经济学硕士", "经济学硕士学位", "Master of Economics"), "major": ("应用统计", "Applied Statistics"),
                                          "date_awarded": "2019-06-20", "certificate_number": "1921932019001702"}


def issued_again() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 120, "毕业证明书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　兹证明詹梓轩，男，1991年8月生，于2010年9月至2014年7月在我校化学工程与工艺专业",
                                 "四年制本科学习，于2014年7月1日毕业于我校。原毕业证书遗失，特此证明。",
                                 "　　原证书编号：192181201407002233"], 28, "serif_cjk", 60)
    text_lines(s, 950, y + 120, ["沧州理工学院教务处", "2026年10月9日"], 28, "serif_cjk", 54)
    _chop(s, 1400, y + 180, "沧州理工学院")
    return scanned_png(s, "issuedagain"), {"holder_name": "詹梓轩", "institution": "沧州理工学院", "major": "化学工程与工艺", "level": ("本科", "四年制本科"),
                                           "graduation_date": "2014-07-01", "certificate_number": "192181201407002233"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-side-by-side.png", side_by_side, "degree_certificate", "side-by-side"),
              ("graduation-issued-again.png", issued_again, "graduation_certificate", "issued-again")]
    return write_drawn(folder, papers)
