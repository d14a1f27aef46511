"""A ninety-ninth drawn set: papers in five layouts no set drew. A BR certificate photographed with the flash's glare
over part of it; a business plan whose forecast table states its unit in its first header cell ('HK$'000 | FY2027 |
…'); a consent dated in its reference line as year/month/day ('Our ref: HR-117  Date: 2026/11/09'); an English degree
whose subject joins two fields ('Electrical Engineering and Automation'); form ID 990A in traditional Chinese with its
answer ringed by pen ('是 / 否'). Each is a case of its own. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set ninetyninth`). Every name, number and institution is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_photos_ninth import photographed

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def br_with_glare() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("Name of Business", "HALCYON GRID ANALYTICS LIMITED"), ("Address", "ROOM 702, 7/F, CHINACHEM EXCHANGE SQUARE,"),
            ("", "1 HOI WAN STREET, QUARRY BAY, HONG KONG"), ("Nature of Business", "ENERGY DATA ANALYTICS"), ("Status", "CORP"),
            ("Date of Commencement", "06/06/2016"), ("Date of Expiry", "05/06/2027"), ("Certificate No.", "60348172-000-06-26-7")]
    y = 360
    for label, value in rows:
        s.text(140, y, label, 28, "serif")
        s.text(600, y, value, 28, "mono")
        y += 56 if not label else 80
    photo = np.asarray(photographed(s.img, zlib.crc32(b"glare")).convert("RGB")).astype(np.float32)
    h, w = photo.shape[:2]
    yy, xx = np.ogrid[:h, :w]
    glare = np.exp(-(((xx - w * 0.72) / (w * 0.10)) ** 2 + ((yy - h * 0.30) / (h * 0.07)) ** 2))[..., None] * 150
    buf = io.BytesIO()
    Image.fromarray(np.clip(photo + glare, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=88)
    return buf.getvalue(), {"business_name": "HALCYON GRID ANALYTICS LIMITED", "br_number": "60348172",
                            "address": "ROOM 702, 7/F, CHINACHEM EXCHANGE SQUARE, 1 HOI WAN STREET, QUARRY BAY, HONG KONG",
                            "nature_of_business": "ENERGY DATA ANALYTICS", "commencement_date": "2016-06-06", "expiry_date": "2027-06-05"}


def plan_unit_in_header_cell() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 110, "HALCYON GRID ANALYTICS LIMITED - PLAN FOR A NEW SUBSIDIARY", 30, "sans_bold")
    s.wrapped(160, 190, "Halcyon Grid Storage Limited will be set up with a paid-up capital of HK$1,800,000 to run battery "
              "storage for commercial buildings. It will employ five local staff in its first year.", 90, 26, "sans", leading=44)
    _ruled(s, 160, 340, [["HK$'000", "FY2027", "FY2028", "FY2029"], ["Revenue", "3,950", "6,200", "8,800"], ["EBITDA", "410", "980", "1,620"]],
           [380, 280, 280, 280], 66, 26)
    return _scan(s, "plan"), {"capital_hkd": 1800000.0, "projected_turnover_hkd": 3950000.0, "local_jobs": 5}


def consent_dated_in_reference() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Hangzhou Xinghe Power Grid Technology Co., Ltd.", 32, "serif_bold")
    s.text(140, 200, "Our ref: HR-117          Date: 2026/11/09", 26, "serif")
    s.wrapped(140, 300, "To whom it may concern: Mr FENG Haoyu, our data engineer, has the consent of this company to accept "
              "employment with Halcyon Grid Analytics Limited in Hong Kong.", 84, 26, "serif", leading=46)
    s.text(140, 480, "Human Resources Department", 26, "serif")
    _chop(s, 460, 580, "杭州星河电网技术有限公司")
    return _scan(s, "consent"), {"organisation": ("Hangzhou Xinghe Power Grid Technology Co., Ltd.", "杭州星河电网技术有限公司"),
                                 "applicant_name": "FENG HAOYU", "date": "2026-11-09", "seal_present": True}


def degree_two_fields() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 200, "EASTRIVER UNIVERSITY OF TECHNOLOGY", 44, "serif_bold")
    s.wrapped(200, 380, "This is to certify that FENG Haoyu, born on 14 July 1994, has fulfilled the requirements and has been "
              "awarded the degree of Bachelor of Engineering in Electrical Engineering and Automation on 30 June 2016.",
              70, 32, "serif", leading=60)
    s.text(200, 700, "Certificate No.: EUT-B-2016-04418", 26, "serif")
    return _scan(s, "degree"), {"holder_name": "FENG HAOYU", "date_of_birth": "1994-07-14", "institution": "Eastriver University of Technology",
                                "degree": "Bachelor of Engineering", "major": "Electrical Engineering and Automation", "date_awarded": "2016-06-30"}


def applicant_ringed_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "申請人資料", 40, "sans_cjk")
    rows = [("英文姓氏", "FENG"), ("英文名字", "HAOYU"), ("中文姓名", "馮浩宇"), ("性別", "男"), ("出生日期", "14/07/1994"), ("旅行證件號碼", "EJ2208461"),
            ("僱主名稱", "Halcyon Grid Analytics Limited"), ("職位", "Data Engineer"), ("每月薪金（港元）", "46,000")]
    y = 250
    for label, value in rows:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(600, y - 4, value, 32, "hand_cjk" if not value.isascii() else "hand", PEN)
        y += 80
    s.text(140, y + 30, "你是否已在香港修讀全日制並經本地評審的學位課程？", 28, "sans_cjk")
    end = s.text(160, y + 100, "是", 32, "sans_cjk")
    s.text(end + 40, y + 100, "/", 32, "sans")
    x = end + 90
    s.text(x, y + 100, "否", 32, "sans_cjk")
    s.d.ellipse([x - 16, y + 86, x + 50, y + 148], outline=PEN, width=4)
    return _scan(s, "id990a"), {"surname": "FENG", "given_names": "HAOYU", "name_zh": "馮浩宇", "sex": "M", "date_of_birth": "1994-07-14",
                                "travel_document_number": "EJ2208461", "employer_name": "Halcyon Grid Analytics Limited", "position": "Data Engineer",
                                "monthly_salary_hkd": 46000.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-glare.jpg", br_with_glare, "br_certificate", "flash-glare"),
              ("plan-unit-header.png", plan_unit_in_header_cell, "business_plan", "unit-in-header-cell"),
              ("consent-dated-reference.png", consent_dated_in_reference, "consent_letter", "dated-in-reference"),
              ("degree-two-fields.png", degree_two_fields, "degree_certificate", "two-fields"),
              ("id990a-ringed-hant.png", applicant_ringed_hant, "applicant_form", "ringed-hant")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
