"""A four-hundred-and-eighty-second drawn set, of degrees, drawn after stop 82's fourth reader change, to be read cold, in
wording and layouts no earlier set drew: a degree conferred on a student named with 同学 in the sentence (授予金子萱同学文学学士
学位); an award 'of Bachelor of Commerce (Accounting)', its subject in brackets; particulars in an English-only ruled table
('Degree Title', 'Date of Conferment', 'Awarding Body'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredeightysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def student_named_in_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　经审核，本校汉语言文学专业学生符合学士学位授予条件，授予金子萱同学文学学士学位。", 30, 30, 62)
    text_lines(s, 860, y + 100, ["皖南师范学院", "2020年6月19日"], 28, "serif_cjk", 56)
    _chop(s, 1020, y + 150, "皖南师范学院")
    s.text(160, y + 300, "证书编号：1929242020000561", 24, "serif_cjk")
    return scanned_png(s, "studentnamed"), {"holder_name": "金子萱", "institution": "皖南师范学院", "degree": ("文学学士", "文学学士学位"),
                                            "major": "汉语言文学", "date_awarded": "2020-06-19", "certificate_number": "1929242020000561"}


def commerce_bracketed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Southgate University of Business", 38, "serif_bold")
    text_lines(s, 160, 260, ["This is to certify that", "", "LUO Jiahui", "",
                             "has satisfied the requirements for the award of Bachelor of Commerce (Accounting)",
                             "and the award was made on 4 December 2019.", "", "", "Registrar", "", "Certificate No. SUB/BCOM/2019/11204"], 26, "serif", 46)
    return scanned_png(s, "commerce"), {"holder_name": "LUO Jiahui", "institution": "Southgate University of Business",
                                        "degree": ("Bachelor of Commerce",), "major": "Accounting", "date_awarded": "2019-12-04",
                                        "certificate_number": "SUB/BCOM/2019/11204"}


def degree_title_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "CONFIRMATION OF DEGREE", 34, "serif_bold")
    y = _ruled(s, 160, 220, [["Graduate", "NIE Wenxuan"], ["Degree Title", "Master of Public Administration"],
                             ["Date of Conferment", "15 January 2021"], ["Awarding Body", "Lakeview University of Political Science"],
                             ["Certificate Number", "LUPS-MPA-2021-0093"]], [440, 760], 70, 24)
    text_lines(s, 160, y + 60, ["Issued by the Office of the Registrar."], 22, "serif", 40)
    return scanned_png(s, "titletable"), {"holder_name": "NIE Wenxuan", "institution": "Lakeview University of Political Science",
                                          "degree": ("Master of Public Administration",), "major": "Public Administration",
                                          "date_awarded": "2021-01-15", "certificate_number": "LUPS-MPA-2021-0093"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-student-named-in-sentence.png", student_named_in_sentence, "degree_certificate", "student-named-in-sentence"),
              ("degree-commerce-bracketed.png", commerce_bracketed, "degree_certificate", "commerce-bracketed"),
              ("degree-title-table.png", degree_title_table, "degree_certificate", "degree-title-table")]
    return write_drawn(folder, papers)
