"""A four-hundred-and-thirty-ninth drawn set, of a graduation certificate's translation and two degrees, in wording and
layouts no earlier set drew: a translation that a student 'studied in the major of' a subject (a 'four-year
undergraduate program' in brackets) 'at' a college and 'is hereby permitted to graduate'; a traditional degree of a
Macao university (茲證明…修畢本校…課程…授予…學位), its number letters and figures; a doctor's degree whose subject is
labelled 学科、专业. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredthirtyninth`). Every name and
number is made up; 19322 and 19321 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def translation_major_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "GRADUATION CERTIFICATE", 36, "serif_bold")
    s.text(660, 160, "(Translation)", 24, "serif")
    text_lines(s, 160, 260, ["Student ZHONG Yuxin, female, born on 12 December 1998, studied in the major of Landscape",
                             "Architecture (four-year undergraduate program) at Huaiyin Forestry College from September 2016 to",
                             "June 2020, completed all required courses and is hereby permitted to graduate.", "", "",
                             "Huaiyin Forestry College", "President: GU Hongwei", "30 June 2020", "",
                             "Certificate No.: 193221202006000154"], 24, "serif", 46)
    return scanned_png(s, "majorof"), {"holder_name": "ZHONG Yuxin", "institution": "Huaiyin Forestry College", "major": "Landscape Architecture",
                                       "level": ("undergraduate", "本科", "bachelor"), "graduation_date": "2020-06-30",
                                       "certificate_number": "193221202006000154"}


def macao_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "澳門濠江大學", 48, "serif_cjk")
    s.text(700, 210, "學位證書", 40, "serif_cjk")
    y = _paragraph(s, 160, 330, "　　茲證明何嘉欣修畢本校工商管理學士課程，成績合格，經本校學位委員會審核通過，授予工商管理學士學位。", 28, 30, 62)
    text_lines(s, 900, y + 80, ["校長　葉國強", "二〇一九年七月十二日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 110, "澳門濠江大學")
    s.text(160, y + 300, "證書編號：HJ2019B0417", 24, "serif_cjk")
    return scanned_png(s, "macao"), {"holder_name": "何嘉欣", "institution": "澳門濠江大學", "degree": ("工商管理學士", "工商管理學士學位"),
                                     "major": "工商管理", "date_awarded": "2019-07-12", "certificate_number": "HJ2019B0417"}


def doctor_subject_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "博士学位证书", 48, "serif_cjk")
    text_lines(s, 200, 260, ["姓　　名：邵文哲", "性　　别：男", "出生日期：1991年11月3日", "学科、专业：有机化学",
                             "　　经审核，授予理学博士学位。", "", "嵩阳大学学位评定委员会主席", "", "授予日期：2022年6月28日",
                             "证书编号：1932122022000031"], 28, "serif_cjk", 62)
    _chop(s, 1150, 700, "嵩阳大学")
    return scanned_png(s, "doctor"), {"holder_name": "邵文哲", "institution": "嵩阳大学", "degree": ("理学博士", "理学博士学位"),
                                      "major": "有机化学", "date_awarded": "2022-06-28", "certificate_number": "1932122022000031"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-translation-major-of.png", translation_major_of, "graduation_certificate", "translation-major-of"),
              ("degree-macao-traditional.png", macao_traditional, "degree_certificate", "macao-traditional"),
              ("degree-doctor-subject-label.png", doctor_subject_label, "degree_certificate", "doctor-subject-label")]
    return write_drawn(folder, papers)
