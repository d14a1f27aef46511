"""A four-hundred-and-ninety-seventh drawn set, of degrees, drawn after stop 82's last reader change, to be read cold and
left unmended, in wording and layouts no earlier set drew: 'has been admitted to the degree of Doctor of Medicine (MD)'
under a faculty's line; a Chinese degree dated in Han numerals whose number follows 学位证书编号; 'The degree of Master of
Education (Curriculum and Instruction) is conferred on' the holder. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredninetyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def doctor_of_medicine() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "Eastmere University", 40, "serif_bold")
    s.text(640, 170, "Faculty of Medicine", 26, "serif")
    text_lines(s, 160, 280, ["This is to certify that", "", "Dr. SHAO Qingyun", "",
                             "has been admitted to the degree of Doctor of Medicine (MD) on 1 August 2022.", "", "",
                             "Dean of the Faculty", "", "Certificate No. EMU-MD-2022-0088"], 26, "serif", 46)
    return scanned_png(s, "md"), {"holder_name": "SHAO Qingyun", "institution": "Eastmere University", "degree": ("Doctor of Medicine",),
                                  "date_awarded": "2022-08-01", "certificate_number": "EMU-MD-2022-0088"}


def han_dated_numbered() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　俞晨曦，男，一九九九年二月生。在本校软件工程专业完成了本科学习计划，业已毕业，经审核，授予工学学士学位。", 30, 30, 62)
    text_lines(s, 860, y + 100, ["瓯越理工学院", "学位评定委员会主席　陈立新", "二〇二一年六月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1020, y + 150, "瓯越理工学院")
    s.text(160, y + 330, "学位证书编号：1928142021000780", 24, "serif_cjk")
    return scanned_png(s, "handatednum"), {"holder_name": "俞晨曦", "institution": "瓯越理工学院", "degree": ("工学学士", "工学学士学位"),
                                           "major": "软件工程", "date_awarded": "2021-06-20", "certificate_number": "1928142021000780"}


def education_bracketed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "MASTER'S DEGREE CERTIFICATE", 32, "serif_bold")
    s.text(700, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 260, ["The degree of Master of Education (Curriculum and Instruction) is conferred on Ms. KOU Ying, born on",
                             "5 March 1994, by Beiling Normal University, she having completed the programme and defended her thesis.", "",
                             "26 June 2020", "", "Certificate No.: 1928032020000519"], 24, "serif", 46)
    return scanned_png(s, "edbracket"), {"holder_name": "KOU Ying", "institution": "Beiling Normal University", "degree": ("Master of Education",),
                                         "major": "Curriculum and Instruction", "date_awarded": "2020-06-26", "certificate_number": "1928032020000519"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-doctor-of-medicine.png", doctor_of_medicine, "degree_certificate", "doctor-of-medicine"),
              ("degree-han-dated-numbered.png", han_dated_numbered, "degree_certificate", "han-dated-numbered"),
              ("degree-education-bracketed.png", education_bracketed, "degree_certificate", "education-bracketed")]
    return write_drawn(folder, papers)
