"""A ninety-third drawn set: papers in five layouts no set drew. A qualification's online verification report in
English, label and value in two columns ('Level: Undergraduate', 'Online Verification Code'); an identity card's copy
with 'COPY' stamped across it diagonally; a photograph uploaded as a PNG with a transparent background; a business
plan whose sales stand in a cash-flow table of a row a month, the first year's total at its foot; a consent whose
English is followed by its Chinese, one letter in two languages. Each is a case of its own. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set ninetythird`). Every name, number and
institution is made up; 19877 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .generator.identity import hkid_check_char
from .generator.render import pil_font


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def report_english_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(240, 140, "Online Verification Report of Higher Education Qualification Certificate", 32, "sans_bold")
    s.text(1100, 220, "Update date: 2026-11-02", 22, "sans")
    rows = [("Name", "LUO Yiran"), ("Gender", "Female"), ("Date of Birth", "1995-11-23"), ("Institution", "Huaiyang Normal University"),
            ("Level", "Undergraduate"), ("Major", "Chemistry"), ("Length of Schooling", "4 years"), ("Type of Education", "Regular full-time"),
            ("Date of Admission", "2013-09-01"), ("Date of Graduation", "2017-06-30"), ("Certificate No.", "198771201705001386"),
            ("Online Verification Code", "A7K29QXP4MWT83RZ"), ("Valid until", "2027-05-02")]
    y = 320
    for label, value in rows:
        s.text(200, y, label, 26, "sans")
        s.text(760, y, value, 26, "sans")
        y += 60
    return _scan(s, "report"), {"holder_name": "LUO YIRAN", "institution": "Huaiyang Normal University", "major": "Chemistry",
                                "level": ("Undergraduate", "本科", "bachelor"), "certificate_number": "198771201705001386",
                                "graduation_date": "2017-06-30"}


def hkid_stamped_copy() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.rounded_rectangle([400, 300, 1256, 840], radius=30, outline=(120, 120, 120), width=3, fill=(236, 240, 236))
    s.text(440, 330, "香港永久性居民身份證", 30, "sans_cjk")
    s.text(440, 370, "HONG KONG PERMANENT IDENTITY CARD", 24, "sans_bold")
    s.d.rectangle([460, 440, 660, 700], fill=(200, 200, 205))
    s.text(700, 450, "羅怡然", 34, "sans_cjk")
    s.text(700, 500, "LUO, Yiran", 28, "sans")
    s.text(700, 560, "23-11-1995    女 F", 26, "sans")
    body = "P415903"
    number = f"{body}({hkid_check_char(body)})"
    s.text(900, 760, number, 34, "sans_bold")
    stamp = Image.new("L", (900, 200), 0)
    ImageDraw.Draw(stamp).text((60, 30), "COPY FOR VISA USE ONLY", font=pil_font("sans_bold", 64), fill=255)
    stamp = stamp.rotate(25, expand=True)
    s.img.paste((90, 120, 200), (380, 380), stamp)
    return _scan(s, "hkid"), {"hkid_number": number}


def photo_transparent() -> tuple[bytes, dict]:
    img = Image.new("RGBA", (390, 500), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([110, 90, 280, 300], fill=(232, 196, 170, 255))
    d.ellipse([100, 60, 290, 190], fill=(40, 30, 25, 255))
    d.rectangle([90, 330, 300, 500], fill=(40, 50, 80, 255))
    d.rectangle([165, 290, 225, 340], fill=(232, 196, 170, 255))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue(), {"width_px": 390, "height_px": 500}


def plan_cash_flow_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "YIRAN LAB SUPPLIES LIMITED - CASH FLOW PLAN, FIRST YEAR (HK$)", 28, "sans_bold")
    s.text(160, 160, "Paid-up capital: HK$750,000. Staff: 2 local staff at HK$18,000 a month and the founder.", 24, "sans")
    rows = [["Month", "Sales", "Costs", "Net"]]
    sales = [120000, 135000, 150000, 160000, 170000, 180000, 185000, 190000, 200000, 205000, 210000, 215000]
    for k, v in enumerate(sales):
        rows.append([f"M{k + 1}", f"{v:,}", f"{int(v * 0.86):,}", f"{v - int(v * 0.86):,}"])
    rows.append(["Total (Year 1)", f"{sum(sales):,}", f"{sum(int(v * 0.86) for v in sales):,}", f"{sum(v - int(v * 0.86) for v in sales):,}"])
    _ruled(s, 160, 230, rows, [360, 300, 300, 300], 56, 24)
    return _scan(s, "plan"), {"capital_hkd": 750000.0, "projected_turnover_hkd": float(sum(sales)), "local_jobs": 2}


def consent_english_then_chinese() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Huaiyang Reagent Technology Co., Ltd.", 32, "serif_bold")
    s.text(140, 160, "淮扬试剂科技有限公司", 28, "serif_cjk")
    s.text(1150, 240, "2026-11-17", 26, "serif")
    s.wrapped(140, 320, "This is to confirm that Ms LUO Yiran, our quality chemist, has our company's consent to accept "
              "employment in Hong Kong.", 84, 26, "serif", leading=46)
    s.text(140, 480, "兹证明我公司质量化验员罗怡然女士经公司同意，可赴香港就业。", 28, "serif_cjk")
    s.text(900, 640, "淮扬试剂科技有限公司（盖章）", 28, "serif_cjk")
    _chop(s, 1080, 700, "淮扬试剂科技有限公司")
    return _scan(s, "consent"), {"organisation": ("Huaiyang Reagent Technology Co., Ltd.", "淮扬试剂科技有限公司"),
                                 "applicant_name": ("LUO YIRAN", "罗怡然"), "date": "2026-11-17", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-english.png", report_english_columns, "qualification_report", "english-columns"),
              ("hkid-stamped.png", hkid_stamped_copy, "hkid_copy", "stamped-copy"),
              ("photo.png", photo_transparent, "photo", "transparent-png"),
              ("plan-cash-flow.png", plan_cash_flow_months, "business_plan", "cash-flow-months"),
              ("consent-bilingual.png", consent_english_then_chinese, "consent_letter", "english-then-chinese")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
