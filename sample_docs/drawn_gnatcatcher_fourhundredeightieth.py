"""A four-hundred-and-eightieth drawn set, of school papers, drawn after stop 82's fourth reader change, to be read cold,
in wording and layouts no earlier set drew: a graduation certificate of a top-up degree programme (专升本, 二年制本科); a
translation of a degree whose particulars head it in a ruled table (Name | Sex | Date of Birth) over its sentence; a
diploma 'for the degree of Master of Business Administration in Finance'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredeightieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def top_up_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "毕业证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　学生卢思彤，女，1998年2月14日生，于2019年9月至2021年6月在本校物流管理专业（专升本）二年制本科学习，"
                                "修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 30, 62)
    text_lines(s, 860, y + 100, ["校名：赣南商贸学院", "2021年6月30日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 150, "赣南商贸学院")
    s.text(160, y + 300, "证书编号：192951202106000472", 24, "serif_cjk")
    return scanned_png(s, "topup"), {"holder_name": "卢思彤", "institution": "赣南商贸学院", "major": "物流管理", "level": ("本科", "专升本"),
                                     "graduation_date": "2021-06-30", "certificate_number": "192951202106000472"}


def table_over_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "DEGREE CERTIFICATE (TRANSLATION)", 32, "serif_bold")
    y = _ruled(s, 160, 190, [["Name", "Sex", "Date of Birth"], ["SHI Jingwen", "Female", "3 August 1996"]], [440, 300, 440], 64, 24)
    text_lines(s, 160, y + 50, ["Having completed the master's programme in Pharmaceutical Analysis at Guanzhong Medical University",
                                "and defended the thesis, the above-named is awarded the degree of Master of Science.", "", "",
                                "Guanzhong Medical University", "26 June 2020", "", "Certificate No.: 1929532020000188"], 24, "serif", 46)
    return scanned_png(s, "tablesentence"), {"holder_name": "SHI Jingwen", "institution": "Guanzhong Medical University", "degree": ("Master of Science",),
                                             "major": "Pharmaceutical Analysis", "date_awarded": "2020-06-26", "certificate_number": "1929532020000188"}


def mba_in_finance() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "DIPLOMA", 40, "serif_bold")
    s.text(560, 170, "Tamsui Bay University", 32, "serif_bold")
    text_lines(s, 160, 280, ["This is to certify that CHEN Po-Han has completed the requirements for the degree of",
                             "Master of Business Administration in Finance and is entitled to all the rights thereof.", "",
                             "Awarded on 20 June 2023", "", "", "President", "", "Diploma No. TBU-MBA-112-0057"], 26, "serif", 46)
    return scanned_png(s, "mbafinance"), {"holder_name": "CHEN Po-Han", "institution": "Tamsui Bay University",
                                          "degree": ("Master of Business Administration",), "major": "Finance", "date_awarded": "2023-06-20",
                                          "certificate_number": "TBU-MBA-112-0057"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-top-up.png", top_up_graduation, "graduation_certificate", "top-up"),
              ("degree-table-over-sentence.png", table_over_sentence, "degree_certificate", "table-over-sentence"),
              ("degree-mba-in-finance.png", mba_in_finance, "degree_certificate", "mba-in-finance")]
    return write_drawn(folder, papers)
