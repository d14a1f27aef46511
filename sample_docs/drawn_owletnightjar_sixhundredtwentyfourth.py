"""A six-hundred-and-twenty-fourth drawn set, of school papers, drawn in stop 86's seventh round to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a British master's in capitals whose subject stands under an 'in' of its own line
after its class ('MASTER OF SCIENCE' / 'with Distinction' / 'in' / 'FINANCIAL TECHNOLOGY'), granted by a Court of Governors; a
硕士学位证书 whose field is a 学科（专业） and whose holder has a compound surname (欧阳子涵); a 研究生毕业证书 of a master's student
(研究生魏书恒…学制三年，修完硕士研究生培养计划规定的全部课程). Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredtwentyfourth`). Every name and number is made up; 19185 and 19184 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def capitals_in_alone() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("UNIVERSITY OF WEST MIDLAND", 40), ("", 0), ("The Court of Governors has granted to", 24), ("", 0), ("ZHAO Mingyuan", 36),
                    ("", 0), ("the degree of", 24), ("MASTER OF SCIENCE", 34), ("with Distinction", 26), ("in", 24), ("FINANCIAL TECHNOLOGY", 34),
                    ("", 0), ("15 December 2023", 26)], 120, 58)
    text_lines(s, 260, 1000, ["Vice-Chancellor", "", "Secretary to the Court"], 22, "serif", 40)
    return scanned_png(s, "inalone"), {"holder_name": ("ZHAO Mingyuan", "ZHAO MINGYUAN"), "institution": "UNIVERSITY OF WEST MIDLAND",
                                       "degree": ("MASTER OF SCIENCE", "Master of Science"), "major": "FINANCIAL TECHNOLOGY", "date_awarded": "2023-12-15"}


def compound_surname_discipline_bracket() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("硕士学位证书", 50)], 120, 60)
    y = text_lines(s, 200, 300, ["　　欧阳子涵，女，1996年9月30日生。在管理科学与工程学科（专业）完成了硕士学位的课程学习，",
                                 "通过了论文答辩，经审核，根据《中华人民共和国学位条例》的规定，授予管理学硕士学位。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 120, ["沅江工商大学", "学位评定委员会主席", "2022年6月25日"], 28, "serif_cjk", 56)
    s.text(200, y + 420, "证书编号：1918532022000811", 24, "sans_cjk")
    _chop(s, 560, y + 220, "沅江工商大学")
    return scanned_png(s, "compound"), {"holder_name": "欧阳子涵", "institution": "沅江工商大学", "degree": ("管理学硕士", "管理学硕士学位"),
                                        "major": "管理科学与工程", "date_awarded": "2022-06-25", "certificate_number": "1918532022000811"}


def postgraduate_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("研究生毕业证书", 48)], 120, 60)
    y = text_lines(s, 200, 300, ["　　研究生魏书恒，男，1995年11月生，于2019年9月至2022年6月在本校金融学专业学习，学制三年，",
                                 "修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 120, ["校　名：赣东财经大学", "校　长：何文彬", "2022年6月30日"], 28, "serif_cjk", 56)
    s.text(200, y + 420, "证书编号：191841202206000356", 24, "sans_cjk")
    _chop(s, 560, y + 220, "赣东财经大学")
    return scanned_png(s, "postgrad"), {"holder_name": "魏书恒", "institution": "赣东财经大学", "major": "金融学", "level": ("研究生", "硕士研究生", "硕士"),
                                        "graduation_date": "2022-06-30", "certificate_number": "191841202206000356"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-capitals-in-alone.png", capitals_in_alone, "degree_certificate", "capitals-in-alone"),
              ("degree-compound-surname.png", compound_surname_discipline_bracket, "degree_certificate", "compound-surname"),
              ("graduation-postgraduate.png", postgraduate_graduation, "graduation_certificate", "postgraduate")]
    return write_drawn(folder, papers)
