"""A hundred-and-eleventh drawn set: papers in five layouts no set drew. A business plan whose projection opens with a
setting-up year before the first year of trading ('Year 0 | Year 1 | Year 2'); a consent whose only date is written by
pen with points ('2026.11.28'); form ID 990B naming the applicant in Chinese with the pinyin in brackets after it; a BR
certificate folded in three and scanned with its creases' shadows across the lines; an adult-education bachelor's degree
(成人高等教育). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredeleventh`). Every name and number is made up; 19826 is no real institution's
code."""
from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from .drawn_forms import Sheet, png_bytes, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def plan_year_zero() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Cloudberry Pet Clinics Limited", 36, "serif_bold")
    s.text(140, 175, "Business plan", 28, "serif")
    s.wrapped(140, 260, "The company has a paid-up capital of HK$1,800,000. Year 0 is the six months of fitting out our first "
              "clinic in Tai Po, before we open to clients.", 90, 24, "serif", leading=42)
    _ruled(s, 140, 400, [["HK$", "Year 0", "Year 1", "Year 2"], ["Revenue", "0", "2,960,000", "4,480,000"],
                         ["Net profit / (loss)", "(640,000)", "(120,000)", "530,000"], ["Local staff", "1", "5", "8"]],
           [420, 300, 300, 300], 68, 24)
    return scanned_png(s, "yearzero"), {"capital_hkd": 1800000.0, "projected_turnover_hkd": 2960000.0, "local_jobs": 5}


def consent_pen_dotted_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 150, "同意函", 52, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　我单位职工龚思源（男，身份证号码330102199203******），现任我院建筑设计所主任工程师。经院务会研究，"
                   "同意其赴香港工作。", 32, 30, 60)
    s.text(900, y + 120, "杭州钱塘建筑设计研究院有限公司", 30, "serif_cjk")
    s.text(900, y + 200, "日期：", 30, "serif_cjk")
    s.text(1000, y + 190, "2026.11.28", 40, "hand", PEN)
    _chop(s, 1120, y + 150, "杭州钱塘建筑设计研究院有限公司")
    return scanned_png(s, "dotted"), {"organisation": "杭州钱塘建筑设计研究院有限公司", "applicant_name": "龚思源", "date": "2026-11-28",
                                "seal_present": True}


def employer_han_name_pinyin() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "僱主資料 PARTICULARS OF EMPLOYER", 30, "sans_bold")
    rows = [("僱主名稱 Name of employer", "Cloudberry Pet Clinics Limited"), ("商業登記號碼 BR No.", "71408263"),
            ("申請人姓名 Name of applicant", "鍾文軒 (ZHONG WENXUAN)"), ("職位 Post", "Veterinary Surgeon"),
            ("每月薪金 Monthly salary (HK$)", "45,000")]
    y = 240
    for label, value in rows:
        s.text(140, y, label, 24, "sans_cjk")
        s.text(760, y - 4, value, 30, "sans_cjk")
        y += 80
    s.text(140, y + 20, "職位是否在人才清單內 Talent List post?", 24, "sans_cjk")
    s.tick(760, y + 16, False)
    s.text(810, y + 20, "是 Yes", 24, "sans_cjk")
    s.tick(960, y + 16, True)
    s.text(1010, y + 20, "否 No", 24, "sans_cjk")
    return scanned_png(s, "hanname"), {"employer_name": "Cloudberry Pet Clinics Limited", "br_number": "71408263",
                                 "applicant_name": ("鍾文軒", "ZHONG WENXUAN"), "position": "Veterinary Surgeon",
                                 "monthly_salary_hkd": 45000.0, "talent_list": False}


def br_folded() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("Name of Business", "CLOUDBERRY PET CLINICS LIMITED"), ("Address", "SHOP 3, G/F, 18 KWONG FUK ROAD,"),
            ("", "TAI PO, NEW TERRITORIES"), ("Nature of Business", "VETERINARY CLINICS"), ("Status", "CORP"),
            ("Date of Commencement", "02/01/2026"), ("Date of Expiry", "01/01/2027"), ("Certificate No.", "71408263-000-01-26-8")]
    y = 360
    for label, value in rows:
        s.text(140, y, label, 28, "serif")
        s.text(600, y, value, 28, "mono")
        y += 56 if not label else 82
    img = np.asarray(s.scanned(zlib.crc32(b"folded")).convert("RGB")).astype(np.float32)
    h = img.shape[0]
    yy = np.arange(h)[:, None, None]
    for crease in (0.21, 0.40):  # two folds, each a soft shadow with a bright edge under it
        c = crease * h
        img -= 70 * np.exp(-((yy - c) / 6.0) ** 2)
        img += 25 * np.exp(-((yy - c - 14) / 10.0) ** 2)
    return png_bytes(Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))), {
        "business_name": "CLOUDBERRY PET CLINICS LIMITED", "br_number": "71408263", "address": "SHOP 3, G/F, 18 KWONG FUK ROAD, TAI PO, NEW TERRITORIES",
        "nature_of_business": "VETERINARY CLINICS", "commencement_date": "2026-01-02", "expiry_date": "2027-01-01"}


def degree_adult_education() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 150, "学士学位证书", 56, "serif_cjk")
    s.text(640, 240, "（成人高等教育）", 34, "serif_cjk")
    _paragraph(s, 160, 420, "龚思源，男，1992年3月9日生。在本校土木工程专业完成了成人高等教育本科学习计划，业已通过学士学位论文答辩，"
               "经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", 30, 36, 72)
    s.text(940, 900, "浙东建筑大学", 36, "serif_cjk")
    s.text(940, 960, "2019年1月15日", 30, "serif_cjk")
    s.text(160, 1080, "证书编号：1982642019100318", 26, "serif_cjk")
    _chop(s, 1080, 920, "浙东建筑大学")
    return scanned_png(s, "adult"), {"holder_name": "龚思源", "date_of_birth": "1992-03-09", "institution": "浙东建筑大学",
                               "degree": ("工学学士学位", "工学学士"), "major": "土木工程", "date_awarded": "2019-01-15",
                               "certificate_number": "1982642019100318"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-year-zero.png", plan_year_zero, "business_plan", "year-zero"),
              ("consent-dotted-date.png", consent_pen_dotted_date, "consent_letter", "pen-dotted-date"),
              ("id990b-han-name.png", employer_han_name_pinyin, "employer_form", "han-name-pinyin"),
              ("br-folded.png", br_folded, "br_certificate", "folded"),
              ("degree-adult.png", degree_adult_education, "degree_certificate", "adult-education")]
    return write_drawn(folder, papers)
