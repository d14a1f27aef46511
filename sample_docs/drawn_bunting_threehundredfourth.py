"""A three-hundred-and-fourth drawn set, of qualification reports, in wording and layouts no earlier set drew: an
English report ruled as a table whose labels are 'Awarding institution', 'Programme of study', 'Qualification level';
a traditional Chinese record with dates written with dashes; a report told in one English paragraph ('According to
the records of …, … (male, born …) studied … at the undergraduate level at … and graduated on …'); a bilingual report
whose labels stand in both languages on one line ('毕业院校 Graduated from'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def ruled_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Verification Report: Higher Education Qualification", 30, "sans_bold")
    _ruled(s, 160, 200, [["Full name", "PENG Shuyao"], ["Sex", "Female"], ["Date of birth", "14 August 1998"],
                         ["Awarding institution", "Hexi Polytechnic University"], ["Programme of study", "Environmental Engineering"],
                         ["Qualification level", "Bachelor (4 years)"], ["Completed on", "30 June 2020"],
                         ["Certificate serial no.", "194581202006000417"], ["Verification code", "K7RM2QX9TB4WNZ5H"]],
           [440, 820], 62, 26)
    return scanned_png(s, "ruledeng"), {"holder_name": "PENG SHUYAO", "sex": "F", "date_of_birth": "1998-08-14",
                                        "institution": "Hexi Polytechnic University", "major": "Environmental Engineering",
                                        "level": ("undergraduate", "本科"), "graduation_date": "2020-06-30",
                                        "certificate_number": "194581202006000417", "verification_code": "K7RM2QX9TB4WNZ5H"}


def traditional_dashes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "高等學歷證書查詢結果", 40, "serif_cjk")
    text_lines(s, 180, 220, ["姓　　名：馮思遠", "性　　別：男", "出生日期：1995-11-02", "學校名稱：湘南師範學院", "專　　業：漢語言文學",
                             "學歷類別：普通高等教育", "層　　次：本科", "入學時間：2013-09-01", "畢業時間：2017-06-30",
                             "證書編號：194571201706001028", "驗證碼：P4XN8TQ2WM6KRZ3C"], 28, "serif_cjk", 60)
    return scanned_png(s, "tradash"), {"holder_name": "馮思遠", "sex": "M", "date_of_birth": "1995-11-02", "institution": "湘南師範學院",
                                       "major": "漢語言文學", "level": "本科", "graduation_date": "2017-06-30",
                                       "certificate_number": "194571201706001028", "verification_code": "P4XN8TQ2WM6KRZ3C"}


def one_paragraph() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Qualification Record", 30, "serif_bold")
    text_lines(s, 160, 190, ["According to the records of the national higher education student information service, WEI Zhenhua",
                             "(male, born 12 March 1996) studied Materials Physics at the undergraduate level at Qinling University",
                             "of Technology from September 2014 and graduated on 1 July 2018. Certificate serial number",
                             "194561201807000553. This record may be checked online with code 8Q2MZT5KRW3NXH7J until 1 March 2027."],
               24, "serif", 44)
    return scanned_png(s, "paragraph"), {"holder_name": "WEI ZHENHUA", "sex": "M", "date_of_birth": "1996-03-12",
                                         "institution": "Qinling University of Technology", "major": "Materials Physics",
                                         "level": ("undergraduate", "本科"), "graduation_date": "2018-07-01",
                                         "certificate_number": "194561201807000553", "verification_code": "8Q2MZT5KRW3NXH7J"}


def bilingual_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "学历证书验证报告 Degree Certificate Check", 32, "sans_cjk")
    text_lines(s, 160, 220, ["姓名 Name              郑可欣 ZHENG Kexin", "性别 Sex               女 F",
                             "出生 Born               2000.02.19", "毕业院校 Graduated from    岭北财经学院",
                             "所学专业 Studied           金融工程", "学历 Education            本科",
                             "毕业 Graduated           2022.06.25", "证书号码 Cert. No.        194551202206001294",
                             "核验码 Check code         T9WQ3MK7ZP2RXN6D"], 26, "sans_cjk", 58)
    return scanned_png(s, "bilingual"), {"holder_name": ("郑可欣", "ZHENG KEXIN"), "sex": "F", "date_of_birth": "2000-02-19",
                                         "institution": "岭北财经学院", "major": "金融工程", "level": "本科",
                                         "graduation_date": "2022-06-25", "certificate_number": "194551202206001294",
                                         "verification_code": "T9WQ3MK7ZP2RXN6D"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-ruled-english.png", ruled_english, "qualification_report", "ruled-english"),
              ("report-traditional-dashes.png", traditional_dashes, "qualification_report", "traditional-dashes"),
              ("report-one-paragraph.png", one_paragraph, "qualification_report", "one-paragraph"),
              ("report-bilingual-labels.png", bilingual_labels, "qualification_report", "bilingual-labels")]
    return write_drawn(folder, papers)
