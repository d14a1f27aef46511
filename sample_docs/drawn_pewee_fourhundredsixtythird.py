"""A four-hundred-and-sixty-third drawn set, of a degree, a BR certificate and a consent, drawn after stop 82's first reader
change, to be read cold, in wording and layouts no earlier set drew: a degree whose major is labelled after the text with a
minor beside it (主修专业：…；辅修专业：…); a BR certificate's particulars in a two-column English-only table (Name of Business,
Certificate No., Date of Commencement, Date of Expiry, Nature of Business); a consent in a memo's form (To / From / Subject,
then 'no objection to … accepting employment with'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredsixtythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def major_and_minor() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　柏雨晴，女，1999年5月20日生，在本校完成了本科学习计划，成绩合格，授予理学学士学位。", 30, 30, 62)
    text_lines(s, 160, y + 40, ["主修专业：生物技术；辅修专业：工商管理"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 160, ["淮海师范大学", "2021年6月22日"], 28, "serif_cjk", 56)
    _chop(s, 1020, y + 210, "淮海师范大学")
    s.text(160, y + 360, "证书编号：1930842021000619", 24, "serif_cjk")
    return scanned_png(s, "majorminor"), {"holder_name": "柏雨晴", "institution": "淮海师范大学", "degree": ("理学学士", "理学学士学位"),
                                          "major": "生物技术", "date_awarded": "2021-06-22", "certificate_number": "1930842021000619"}


def br_english_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "BUSINESS REGISTRATION CERTIFICATE", 34, "serif_bold")
    s.text(560, 150, "Inland Revenue Department", 24, "serif")
    y = _ruled(s, 160, 240, [["Name of Business", "HARBOUR LANTERN ANALYTICS LIMITED"], ["Certificate No.", "72840316-000-05-26-4"],
                             ["Date of Commencement", "18/05/2015"], ["Date of Expiry", "17/05/2027"],
                             ["Nature of Business", "DATA ANALYTICS CONSULTANCY"],
                             ["Address", "ROOM 1203, 88 HOI BUN ROAD, KWUN TONG, KOWLOON"]], [420, 900], 70, 24)
    text_lines(s, 160, y + 60, ["This certificate must be displayed in a conspicuous place at the address of the business."], 20, "serif", 34)
    return scanned_png(s, "brtable"), {"business_name": "HARBOUR LANTERN ANALYTICS LIMITED", "br_number": "72840316",
                                       "address": "ROOM 1203, 88 HOI BUN ROAD, KWUN TONG, KOWLOON", "nature_of_business": "DATA ANALYTICS CONSULTANCY",
                                       "expiry_date": "2027-05-17", "commencement_date": "2015-05-18"}


def memo_no_objection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Wuxi Taihu Semiconductor Equipment Co., Ltd.", 28, "sans_bold")
    s.text(160, 150, "MEMORANDUM", 30, "sans_bold")
    text_lines(s, 160, 230, ["To: Whom It May Concern", "From: Personnel Department", "Date: 25 November 2026",
                             "Subject: Ms. XIA Mengyao", "",
                             "The Company has no objection to Ms. XIA Mengyao accepting employment with an employer in Hong Kong.", "",
                             "Personnel Department"], 24, "sans", 46)
    _chop(s, 1150, 640, "无锡太湖半导体设备有限公司")
    return scanned_png(s, "memo"), {"organisation": "Wuxi Taihu Semiconductor Equipment Co., Ltd.", "applicant_name": "XIA Mengyao",
                                    "date": "2026-11-25", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-major-and-minor.png", major_and_minor, "degree_certificate", "major-and-minor"),
              ("br-english-table.png", br_english_table, "br_certificate", "english-table"),
              ("consent-memo-no-objection.png", memo_no_objection, "consent_letter", "memo-no-objection")]
    return write_drawn(folder, papers)
