"""A hundred-and-sixteenth drawn set: papers in four layouts no set drew. A German master's certificate (Masterurkunde)
with its English translation under it on the same page; form ID 990A filled in by hand with its labels in traditional
Chinese only; a consent sent as an official letter (公函) to the Immigration Department, with a document number over
it; a graduation certificate whose university is named only in its chop and its president's line. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredsixteenth`). Every name and number is made up; 19841 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def degree_german_with_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 110, "TECHNISCHE UNIVERSITÄT RHEINFELD", 36, "serif_bold")
    s.text(640, 200, "MASTERURKUNDE", 40, "serif_bold")
    for k, line in enumerate(["Die Technische Universität Rheinfeld verleiht", "Frau Liang Shuyao", "geboren am 14. Februar 1993 in Chengdu, China,",
                              "den akademischen Grad", "Master of Science (M.Sc.)", "im Studiengang Elektrotechnik.",
                              "Rheinfeld, den 30. März 2019"]):
        s.text(827 - 12 * len(line), 300 + 54 * k, line, 28 if k not in (1, 4) else 34, "serif")
    s.d.line([200, 720, 1450, 720], fill=(150, 150, 150), width=2)
    s.text(640, 760, "Translation", 26, "serif_bold")
    for k, line in enumerate(["Rheinfeld University of Technology confers on", "Ms LIANG Shuyao, born on 14 February 1993 in Chengdu, China,",
                              "the academic degree of Master of Science (M.Sc.)", "in the degree programme Electrical Engineering.",
                              "Rheinfeld, 30 March 2019"]):
        s.text(827 - 11 * len(line), 820 + 48 * k, line, 24, "serif")
    s.text(160, 1120, "Urkunden-Nr. / Certificate No. MSC-2019-04417", 22, "serif")
    return scanned_png(s, "german"), {"holder_name": "LIANG SHUYAO", "institution": ("Technische Universität Rheinfeld", "Rheinfeld University of Technology"),
                                "degree": ("Master of Science (M.Sc.)", "Master of Science"), "major": ("Elektrotechnik", "Electrical Engineering"),
                                "date_awarded": "2019-03-30", "date_of_birth": "1993-02-14", "certificate_number": "MSC-2019-04417"}


def applicant_hant_by_hand() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "申請人資料", 34, "sans_cjk")
    rows = [("姓（英文）", "LIANG", "hand"), ("名（英文）", "SHUYAO", "hand"), ("中文姓名", "梁舒瑤", "hand_cjk"), ("性別", "女", "hand_cjk"),
            ("出生日期（日/月/年）", "14/02/1993", "hand"), ("旅行證件號碼", "E80314527", "hand"),
            ("香港僱主名稱", "Ridgeline Power Systems Limited", "hand"), ("職位", "Power Electronics Engineer", "hand"),
            ("每月薪金（港元）", "51,000", "hand")]
    y = 240
    for label, value, font in rows:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(640, y - 8, value, 36, font, PEN)
        s.d.line([630, y + 40, 1400, y + 40], fill=(120, 120, 120), width=1)
        y += 82
    s.text(140, y + 20, "你是否持有香港全日制經本地評審課程的學位？", 28, "sans_cjk")
    s.tick(980, y + 18, False)
    s.text(1030, y + 20, "是", 28, "sans_cjk")
    s.tick(1120, y + 18, True)
    s.text(1170, y + 20, "否", 28, "sans_cjk")
    return scanned_png(s, "hant990a"), {"surname": "LIANG", "given_names": "SHUYAO", "name_zh": "梁舒瑤", "sex": "F", "date_of_birth": "1993-02-14",
                                  "travel_document_number": "E80314527", "employer_name": "Ridgeline Power Systems Limited",
                                  "position": "Power Electronics Engineer", "monthly_salary_hkd": 51000.0, "hk_local_degree": False}


def consent_official_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 130, "成都天府电力设计院有限公司", 48, "serif_cjk", (190, 30, 30))
    s.d.line([140, 210, 1510, 210], fill=(190, 30, 30), width=4)
    s.text(640, 240, "天府设函〔2026〕58号", 28, "serif_cjk")
    s.text(140, 330, "香港特别行政区入境事务处：", 30, "serif_cjk")
    y = _paragraph(s, 140, 410, "　　我院职工梁舒瑶（女，1993年2月出生）自2019年起在我院电气一所从事电力电子设计工作。该同志应聘香港"
                   "Ridgeline Power Systems Limited 职位，我院同意其赴港工作。", 32, 30, 60)
    y = _paragraph(s, 140, y + 20, "　　特此函告。", 32, 30, 60)
    s.text(900, y + 120, "成都天府电力设计院有限公司", 30, "serif_cjk")
    s.text(960, y + 180, "2026年11月18日", 30, "serif_cjk")
    _chop(s, 1080, y + 150, "成都天府电力设计院有限公司")
    return scanned_png(s, "gonghan"), {"organisation": "成都天府电力设计院有限公司", "applicant_name": "梁舒瑶", "date": "2026-11-18", "seal_present": True}


def graduation_school_in_chop() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 160, "毕 业 证 书", 64, "serif_cjk")
    _paragraph(s, 180, 380, "学生梁舒瑶，性别女，一九九三年二月十四日生，于二〇一一年九月至二〇一五年七月在本校电气工程及其自动化专业"
               "四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 34, 70)
    s.text(980, 900, "校（院）长：", 30, "serif_cjk")
    s.text(1180, 890, "卢文博", 38, "hand_cjk", PEN)
    s.text(980, 980, "二〇一五年七月一日", 30, "serif_cjk")
    s.text(180, 1100, "证书编号：198411201505003318", 26, "serif_cjk")
    _chop(s, 1160, 930, "蜀南电力大学")
    return scanned_png(s, "chopschool"), {"holder_name": "梁舒瑶", "institution": "蜀南电力大学", "major": "电气工程及其自动化", "level": "本科",
                                    "graduation_date": "2015-07-01", "certificate_number": "198411201505003318"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-german.png", degree_german_with_translation, "degree_certificate", "german-with-translation"),
              ("id990a-hant-hand.png", applicant_hant_by_hand, "applicant_form", "hant-by-hand"),
              ("consent-official-letter.png", consent_official_letter, "consent_letter", "official-letter"),
              ("graduation-school-in-chop.png", graduation_school_in_chop, "graduation_certificate", "school-in-chop")]
    return write_drawn(folder, papers)
