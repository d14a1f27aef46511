"""A five-hundred-and-seventy-first drawn set, of graduation certificates, stop 85's first round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: an English certificate of labels in two columns ('Student No.' beside the
name, 'Mode' beside the programme, 'Graduated:' beside 'Certificate No.:'), its level a three-year diploma; a certificate in Chinese and
English halves, each naming the school and the subject in its own language. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredseventyfirst`). Every name and number is made up; 19230 and 19229 are no real
institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def two_label_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "GRADUATION CERTIFICATE", 40, "serif_bold")
    s.text(460, 180, "Lakeshore Vocational and Technical College", 28, "serif")
    rows = [("Name: HE Ruoxi", "Student No.: 20170311"), ("Programme: Hotel Management", "Mode: Full-time"),
            ("Level: Three-year Diploma", "Period: 09/2017 - 07/2020"), ("Graduated: 5 July 2020", "Certificate No.: 192301202007000388")]
    for n, (left, right) in enumerate(rows):
        s.text(180, 320 + 70 * n, left, 26, "sans")
        s.text(860, 320 + 70 * n, right, 26, "sans")
    s.text(180, 720, "The above student has completed the programme and is permitted to graduate.", 24, "serif")
    return scanned_png(s, "twocolumns"), {"holder_name": "HE Ruoxi", "institution": "Lakeshore Vocational and Technical College",
                                          "major": "Hotel Management", "level": ("Three-year Diploma", "three-year diploma", "Diploma", "专科"),
                                          "graduation_date": "2020-07-05", "certificate_number": "192301202007000388"}


def chinese_and_english_halves() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "毕业证书 Graduation Certificate", 40, "serif_cjk")
    y = text_lines(s, 180, 220, ["　　学生贺思琪，女，1998年2月生，于2016年9月至2020年6月在本校国际经济与",
                                 "贸易专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 56)
    y = text_lines(s, 180, y + 40, ["This is to certify that Ms. HE Siqi, born in February 1998, studied International Economics and Trade",
                                    "in a four-year undergraduate programme from September 2016 to June 2020 and has graduated."], 24, "serif", 46)
    text_lines(s, 180, y + 60, ["校名 Institution：汀州大学 Tingzhou University", "证书编号 Certificate No.：192291202006000951",
                                "2020年6月30日"], 26, "sans_cjk", 54)
    _chop(s, 1250, y + 160, "汀州大学")
    return scanned_png(s, "halves"), {"holder_name": ("贺思琪", "HE Siqi"), "institution": ("汀州大学", "Tingzhou University"),
                                      "major": ("国际经济与贸易", "International Economics and Trade"),
                                      "level": ("本科", "四年制本科", "undergraduate", "four-year undergraduate"), "graduation_date": "2020-06-30",
                                      "certificate_number": "192291202006000951"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-two-label-columns.png", two_label_columns, "graduation_certificate", "two-label-columns"),
              ("graduation-chinese-and-english-halves.png", chinese_and_english_halves, "graduation_certificate", "chinese-and-english-halves")]
    return write_drawn(folder, papers)
