"""A three-hundred-and-ninety-third drawn set, of degree certificates, read cold before any reader change for it, in
wording and layouts no earlier set drew: an English certificate whose university 'hereby confers the degree of … upon'
the holder, the degree before the name, 'Given this 25th day of June 2020'; a Chinese bachelor's certificate of
labelled lines (授予学位, 授予单位, 授予日期); a mainland certificate with its English translation under it ('… has
completed the master's program in … and is awarded the degree of …'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredninetythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def confers_upon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "NANLING UNIVERSITY OF LAW", 40, "serif_bold")
    text_lines(s, 220, 270, ["In recognition of the successful completion of the prescribed course of study,",
                             "the University hereby confers the degree of", "", "BACHELOR OF LAWS", "", "upon", "",
                             "ZHENG YUTONG", "", "Given this 25th day of June 2020"], 28, "serif", 54)
    return scanned_png(s, "confersupon"), {"holder_name": "ZHENG YUTONG", "institution": ("Nanling University of Law", "NANLING UNIVERSITY OF LAW"),
                                           "degree": ("Bachelor of Laws", "BACHELOR OF LAWS"), "date_awarded": "2020-06-25"}


def labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 52, "serif_cjk")
    text_lines(s, 260, 260, ["姓　　名：韩雨泽", "性　　别：男", "出生日期：1997年2月3日", "专　　业：机械设计制造及其自动化",
                             "授予学位：工学学士", "授予单位：晋北工业大学", "授予日期：2019年6月28日", "证书编号：1934942019003187"],
               28, "serif_cjk", 62)
    _chop(s, 1200, 700, "晋北工业大学")
    return scanned_png(s, "labelled"), {"holder_name": "韩雨泽", "institution": "晋北工业大学", "degree": ("工学学士", "工学学士学位"),
                                        "major": "机械设计制造及其自动化", "date_awarded": "2019-06-28", "certificate_number": "1934942019003187"}


def with_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "硕士学位证书", 48, "serif_cjk")
    text_lines(s, 200, 220, ["　　卢思琪，女，1995年3月8日生。在燕山财经大学工商管理专业完成了硕士研究生学业，",
                             "授予管理学硕士学位。"], 28, "serif_cjk", 60)
    text_lines(s, 200, 420, ["(Translation)", "Lu Siqi, female, born on March 8, 1995, has completed the master's program in Business",
                             "Administration at Yanshan University of Finance and Economics and is awarded the degree of",
                             "Master of Management.", "", "Yanshan University of Finance and Economics", "June 30, 2021",
                             "Certificate No.: 1934832021001290"], 24, "serif", 46)
    return scanned_png(s, "translation"), {"holder_name": ("卢思琪", "LU SIQI"),
                                           "institution": ("燕山财经大学", "Yanshan University of Finance and Economics"),
                                           "degree": ("管理学硕士", "管理学硕士学位", "Master of Management"),
                                           "major": ("工商管理", "Business Administration"), "date_awarded": "2021-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-confers-upon.png", confers_upon, "degree_certificate", "confers-upon"),
              ("degree-labelled-lines.png", labelled_lines, "degree_certificate", "labelled-lines"),
              ("degree-with-translation.png", with_translation, "degree_certificate", "with-translation")]
    return write_drawn(folder, papers)
