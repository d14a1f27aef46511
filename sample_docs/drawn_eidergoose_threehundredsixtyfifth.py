"""A three-hundred-and-sixty-fifth drawn set, of a graduation certificate, a consent and a BR certificate, in wording and
layouts no earlier set drew: a graduation certificate whose holder studied 于…至…在本校…专业四年制本科学习 and whose
school's name stands after 校名; a consent titled as a letter about agreeing (关于同意…赴港工作的函) from a design
institute; a BR certificate whose rows put the Chinese label over its English one and the value to their right. Each is
a case of its own (`scripts/bench_drawn_forms.py --set threehundredsixtyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def graduation_school_after_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕 业 证 书", 52, "serif_cjk")
    text_lines(s, 200, 300, ["　　学生左思彤，性别女，一九九九年十月出生，于二〇一七年九月至二〇二一年六月在本校国际经济与贸易专业",
                             "四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 66)
    text_lines(s, 200, 520, ["校　名：江淮商贸大学", "校　长：宋启明"], 28, "serif_cjk", 60)
    text_lines(s, 900, 520, ["证书编号：193751202106003317", "二〇二一年六月二十五日"], 28, "serif_cjk", 60)
    _chop(s, 500, 560, "江淮商贸大学")
    return scanned_png(s, "schoollabel"), {"holder_name": "左思彤", "institution": "江淮商贸大学", "major": "国际经济与贸易",
                                           "level": ("本科", "四年制本科"), "graduation_date": "2021-06-25",
                                           "certificate_number": "193751202106003317"}


def letter_about_agreeing() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "关于同意温立新同志赴港工作的函", 40, "serif_cjk")
    text_lines(s, 160, 220, ["香港入境事务处：", "",
                             "　　温立新同志（身份证号：370202198911083315）系我院结构设计所高级工程师。经研究，我院同意",
                             "其应聘香港 Harbourfront Structural Consultants Limited 工作，并为其保留人事关系。", "",
                             "　　特此函告。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 640, ["青岛海岸建筑设计研究院", "2026年11月24日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 700, "青岛海岸建筑设计研究院")
    return scanned_png(s, "aboutagreeing"), {"organisation": "青岛海岸建筑设计研究院", "applicant_name": "温立新", "date": "2026-11-24",
                                             "seal_present": True}


def br_chinese_over_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "商業登記證 BUSINESS REGISTRATION CERTIFICATE", 34, "serif_bold")
    y = 240
    for zh, en, value in [("業務名稱", "Name of Business", "KESTREL BAY TRADING LIMITED"),
                          ("地址", "Address", "UNIT 1508, 15/F, 88 HING FONG ROAD, KWAI CHUNG"),
                          ("業務性質", "Nature of Business", "WHOLESALE OF ELECTRONIC COMPONENTS"),
                          ("生效日期", "Date of Commencement", "15/03/2026"), ("屆滿日期", "Date of Expiry", "14/03/2027"),
                          ("登記證號碼", "Certificate No.", "68203917-000-03-26-2")]:
        s.text(140, y, zh, 24, "serif_cjk")
        s.text(140, y + 34, en, 20, "serif")
        s.text(560, y + 14, value, 26, "mono")
        y += 96
    return scanned_png(s, "zhoveren"), {"business_name": "KESTREL BAY TRADING LIMITED", "br_number": "68203917",
                                        "address": "UNIT 1508, 15/F, 88 HING FONG ROAD, KWAI CHUNG",
                                        "nature_of_business": "WHOLESALE OF ELECTRONIC COMPONENTS",
                                        "commencement_date": "2026-03-15", "expiry_date": "2027-03-14"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-school-after-label.png", graduation_school_after_label, "graduation_certificate", "school-after-label"),
              ("consent-letter-about-agreeing.png", letter_about_agreeing, "consent_letter", "letter-about-agreeing"),
              ("br-chinese-over-english.png", br_chinese_over_english, "br_certificate", "chinese-over-english")]
    return write_drawn(folder, papers)
