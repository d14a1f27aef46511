"""A four-hundred-and-seventeenth drawn set, of a consent, a degree and a report, in wording and layouts no earlier set
drew: an English consent in which an institute 'agrees that' a person 'may take up employment in Hong Kong', under its
chop; a degree certificate in English translation that a holder 'has completed the four-year undergraduate programme in'
a subject 'and is awarded the degree of' a degree; a report whose labels are bold over values in grey, with a large
light mark printed across the page behind them. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredseventeenth`). Every name and number is made up; 19333 and 19331 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def institute_agrees() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Southwest Jiaotong Engineering Institute", 28, "serif_bold")
    s.text(640, 180, "Consent Letter", 30, "serif_bold")
    text_lines(s, 160, 270, ["Southwest Jiaotong Engineering Institute agrees that Dr. HUANG Lei, Associate Research Fellow of",
                             "the Institute, may take up employment in Hong Kong with Tsuen Wan Rail Systems Limited.", "",
                             "Date: 20 November 2026", "", "Office of Personnel"], 24, "serif", 44)
    _chop(s, 1300, 560, "西南交通工程研究院")
    return scanned_png(s, "agrees"), {"organisation": "Southwest Jiaotong Engineering Institute", "applicant_name": "HUANG LEI",
                                      "date": "2026-11-20", "seal_present": True}


def degree_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 120, "Bachelor's Degree Certificate", 34, "serif_bold")
    s.text(600, 172, "(translation)", 22, "serif")
    text_lines(s, 160, 260, ["WEN Jiayi, female, born on 9 August 1999, has completed the four-year undergraduate programme in",
                             "Software Engineering at Huaihai University of Science and Technology and, in accordance with the",
                             "Regulations on Academic Degrees of the People's Republic of China, is awarded the degree of",
                             "Bachelor of Engineering.", "", "Chairman of the Academic Degrees Committee: MA Lianfeng",
                             "Huaihai University of Science and Technology", "25 June 2021", "", "Certificate No.: 1933342021000512"],
               24, "serif", 46)
    return scanned_png(s, "degtrans"), {"holder_name": "WEN JIAYI", "institution": "Huaihai University of Science and Technology",
                                        "degree": ("Bachelor of Engineering",), "major": "Software Engineering", "date_awarded": "2021-06-25",
                                        "certificate_number": "1933342021000512"}


def report_behind_a_mark() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 300, "仅 供 核 验 使 用", 150, "sans_cjk", (228, 228, 228))
    s.text(420, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    y = 210
    for label, value in [("姓名", "龚梓萱"), ("性别", "女"), ("出生日期", "1999年12月1日"), ("学校名称", "皖西医科学院"), ("专业", "护理学"),
                         ("层次", "本科"), ("毕业日期", "2022年6月30日"), ("证书编号", "193311202206001592"), ("在线验证码", "W8KQ3TZN7XR2MP4D")]:
        s.text(240, y, label, 26, "sans_cjk")
        s.text(620, y, value, 26, "sans_cjk" if not value.isascii() else "sans", (90, 90, 90))
        y += 64
    return scanned_png(s, "mark"), {"holder_name": "龚梓萱", "sex": "F", "date_of_birth": "1999-12-01", "institution": "皖西医科学院",
                                    "major": "护理学", "level": ("本科",), "graduation_date": "2022-06-30",
                                    "certificate_number": "193311202206001592", "verification_code": "W8KQ3TZN7XR2MP4D"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-institute-agrees.png", institute_agrees, "consent_letter", "institute-agrees"),
              ("degree-translation.png", degree_translation, "degree_certificate", "translation"),
              ("report-behind-a-mark.png", report_behind_a_mark, "qualification_report", "behind-a-mark")]
    return write_drawn(folder, papers)
