"""A three-hundred-and-fifty-sixth drawn set, of degree certificates, in wording and layouts no earlier set drew: an
English certificate whose major follows its degree in brackets after 'major:', its holder 'born on' a date month first;
a Taiwan certificate in traditional print that 'grants' a degree by the Degree Conferral Act, dated in the Republic's
years in numerals written as characters (一一〇年); a Mainland professional master's certificate beside a photograph's
box, its particulars in rows before its sentence. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredfiftysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def major_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "NANLING UNIVERSITY OF COMMERCE", 36, "serif_bold")
    s.text(720, 190, "DEGREE CERTIFICATE", 30, "serif")
    text_lines(s, 220, 320, ["This is to certify that", "", "MO XINRAN", "",
                             "born on March 9, 1999, has fulfilled the requirements prescribed by the University and",
                             "is hereby awarded the degree of Bachelor of Management (major: Tourism Management).", "",
                             "Degree Certificate No.: 1938542021003318", "Date: June 25, 2021"], 26, "serif", 50)
    s.text(1000, 900, "President, Nanling University of Commerce", 22, "serif")
    return scanned_png(s, "majorbrackets"), {"holder_name": "MO XINRAN", "date_of_birth": "1999-03-09",
                                             "institution": "Nanling University of Commerce", "degree": "Bachelor of Management",
                                             "major": "Tourism Management", "date_awarded": "2021-06-25",
                                             "certificate_number": "1938542021003318"}


def conferral_act() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "國立嘉南海洋大學", 44, "serif_cjk")
    s.text(700, 180, "學 位 證 書", 44, "serif_cjk")
    text_lines(s, 200, 320, ["　　學生　林家豪　係中華民國八十八年三月二日生，在本校資訊工程學系修業期滿，",
                             "成績及格，准予畢業，依學位授予法授予工學學士學位。"], 30, "serif_cjk", 70)
    text_lines(s, 960, 560, ["校長　周明德", "中華民國一一〇年六月十八日"], 28, "serif_cjk", 64)
    s.text(200, 760, "學位證書字號：(110)嘉海大資字第0417號", 22, "serif_cjk")
    return scanned_png(s, "conferralact"), {"holder_name": "林家豪", "date_of_birth": "1999-03-02", "institution": "國立嘉南海洋大學",
                                            "degree": ("工學學士", "工學學士學位"), "major": ("資訊工程", "資訊工程學系", "资讯工程"),
                                            "date_awarded": "2021-06-18"}


def rows_beside_a_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "硕士专业学位证书", 50, "serif_cjk")
    s.d.rectangle([180, 240, 420, 560], outline="black", width=2)
    text_lines(s, 500, 250, ["姓　　名：尹浩然", "性　　别：男", "出生日期：1995年11月27日"], 28, "serif_cjk", 60)
    text_lines(s, 180, 640, ["　　于2022年6月在黔东理工大学完成了机械工程领域专业学位研究生课程的学习，通过了学位论文答辩，",
                             "经黔东理工大学学位评定委员会审核，授予工程硕士专业学位。"], 28, "serif_cjk", 64)
    text_lines(s, 900, 840, ["黔东理工大学学位评定委员会", "二〇二二年六月三十日"], 28, "serif_cjk", 60)
    _chop(s, 1420, 900, "黔东理工大学")
    s.text(180, 1080, "学位证书编号：1938432022015521", 24, "sans_cjk")
    return scanned_png(s, "besidephoto"), {"holder_name": "尹浩然", "date_of_birth": "1995-11-27", "institution": "黔东理工大学",
                                           "degree": ("工程硕士", "工程硕士专业学位"), "major": ("机械工程", "机械工程领域"),
                                           "date_awarded": "2022-06-30", "certificate_number": "1938432022015521"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-major-in-brackets.png", major_in_brackets, "degree_certificate", "major-in-brackets"),
              ("degree-conferral-act.png", conferral_act, "degree_certificate", "conferral-act"),
              ("degree-rows-beside-a-photo.png", rows_beside_a_photo, "degree_certificate", "rows-beside-a-photo")]
    return write_drawn(folder, papers)
