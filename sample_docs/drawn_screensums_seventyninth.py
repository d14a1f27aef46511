"""A seventy-ninth drawn set, drawn after the seventy-eighth was mended: papers in four layouts no set drew. A business
plan in traditional Chinese prose whose sums are in Chinese numerals ('港幣八十萬元'); a consent in English that names
its engineer in Hanzi with the pinyin in brackets ('周文涛 (ZHOU Wentao)'); form ID 990B's summary page of an online
submission captured as a screenshot (a review page: each answer under its question, an 'Edit' link beside it); a
group's statements whose profit and equity are those 'attributable to owners of the Company'. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
seventyninth`). Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .generator.render import pil_font


def plan_hant_prose() -> Sheet:
    s = Sheet()
    s.text(600, 140, "業務計劃書", 56, "serif_cjk")
    s.text(560, 230, "翠灣生物科技有限公司", 36, "serif_cjk")
    y = _paragraph(s, 160, 380, "一、本公司於二〇二六年九月成立，股東已投入資本港幣八十萬元，用作實驗室租金及設備。", 30, 34, 70)
    y = _paragraph(s, 160, y + 40, "二、本公司預計首年營業額約為港幣二百五十萬元，來自檢測服務及試劑銷售。", 30, 34, 70)
    _paragraph(s, 160, y + 40, "三、本公司首年將僱用三名本地員工，包括兩名化驗員及一名行政人員。", 30, 34, 70)
    return s


def consent_hanzi_name() -> Sheet:
    s = Sheet()
    s.text(160, 120, "XI'AN QINLING AEROSPACE COMPOSITES CO., LTD.", 32, "serif_bold")
    s.text(160, 250, "LETTER OF CONSENT", 40, "serif_bold")
    s.text(160, 340, "Date: 12 November 2026", 28, "serif")
    s.wrapped(160, 420, "This letter serves to confirm that our company consents to its engineer 周文涛 (ZHOU Wentao) taking up "
              "employment in the Hong Kong Special Administrative Region.", 70, 28, "serif", leading=46)
    s.text(160, 620, "Xi'an Qinling Aerospace Composites Co., Ltd.", 28, "serif")
    _chop(s, 1100, 640, "西安秦岭航天复合材料有限公司")
    return s


def employer_eform_screenshot() -> Image.Image:
    img = Image.new("RGB", (1280, 1700), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 1280, 90], fill=(20, 70, 120))
    d.text((40, 28), "Online submissions", font=pil_font("sans_bold", 30), fill="white")
    d.text((60, 140), "Review your submission - ID 990B", font=pil_font("sans_bold", 34), fill=(20, 20, 20))
    d.text((60, 195), "Step 4 of 5: check each answer before you submit", font=pil_font("sans", 22), fill=(90, 90, 90))
    items = [("Name of employer", "Jadeshore Biotech Limited"), ("Business Registration Number", "67204183"),
             ("Name of the person to be employed", "ZHOU Wentao"), ("Post", "Composite Materials Engineer"),
             ("Monthly salary (HK$)", "54,600"), ("Is the post on the Talent List?", "No")]
    y = 270
    for question, answer in items:
        d.line([60, y - 20, 1220, y - 20], fill=(220, 220, 220), width=2)
        d.text((60, y), question, font=pil_font("sans", 22), fill=(90, 90, 90))
        d.text((60, y + 40), answer, font=pil_font("sans", 30), fill=(10, 10, 10))
        d.text((1120, y + 10), "Edit", font=pil_font("sans", 22), fill=(20, 90, 180))
        y += 130
    d.rounded_rectangle([60, y + 20, 360, y + 90], radius=12, fill=(20, 90, 180))
    d.text((120, y + 38), "Submit", font=pil_font("sans_bold", 28), fill="white")
    return img


def group_statements() -> Sheet:
    s = Sheet()
    s.text(360, 120, "HARBOURGATE PRECISION HOLDINGS LIMITED", 34, "serif_bold")
    s.text(300, 175, "CONSOLIDATED STATEMENT OF PROFIT OR LOSS", 30, "serif_bold")
    s.text(420, 220, "For the year ended 31 December 2025", 28, "serif")
    s.text(1120, 290, "2025", 26, "serif_bold")
    s.text(1360, 290, "2024", 26, "serif_bold")
    s.text(1110, 330, "HK$'000", 24, "serif")
    s.text(1350, 330, "HK$'000", 24, "serif")
    rows = [("Revenue", "84,215", "77,930"), ("Cost of sales", "(61,402)", "(57,118)"), ("Gross profit", "22,813", "20,812"),
            ("Profit before taxation", "9,106", "7,884"), ("Income tax", "(1,487)", "(1,302)"), ("Profit for the year", "7,619", "6,582"),
            ("Attributable to:", "", ""), ("  Owners of the Company", "7,204", "6,215"), ("  Non-controlling interests", "415", "367")]
    y = 390
    for label, this, last in rows:
        s.text(160, y, label, 26, "serif")
        if this:
            s.text(1200 - 16 * len(this), y, this, 26, "serif")
            s.text(1440 - 16 * len(last), y, last, 26, "serif")
        y += 58
    s.text(300, y + 60, "CONSOLIDATED STATEMENT OF FINANCIAL POSITION AT 31 DECEMBER 2025", 26, "serif_bold")
    y += 140
    for label, this, last in [("Equity attributable to owners of the Company", "41,366", "35,612"),
                              ("Non-controlling interests", "2,108", "1,693"), ("Total equity", "43,474", "37,305")]:
        s.text(160, y, label, 26, "serif")
        s.text(1200 - 16 * len(this), y, this, 26, "serif")
        s.text(1440 - 16 * len(last), y, last, 26, "serif")
        y += 58
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    shot = io.BytesIO()
    employer_eform_screenshot().save(shot, "PNG")  # a screenshot states no resolution
    papers = [
        ("plan.png", scan(plan_hant_prose(), "plan.png"), "business_plan", "hant-prose",
         {"capital_hkd": 800000.0, "projected_turnover_hkd": 2500000.0, "local_jobs": 3}),
        ("consent.png", scan(consent_hanzi_name(), "consent.png"), "consent_letter", "hanzi-name",
         {"organisation": ("Xi'an Qinling Aerospace Composites Co., Ltd.", "西安秦岭航天复合材料有限公司"),
          "applicant_name": ("周文涛", "ZHOU WENTAO"), "date": "2026-11-12", "seal_present": True}),
        ("id990b-screenshot.png", shot.getvalue(), "employer_form", "eform-review",
         {"employer_name": "Jadeshore Biotech Limited", "br_number": "67204183", "applicant_name": "ZHOU WENTAO",
          "position": "Composite Materials Engineer", "monthly_salary_hkd": 54600.0, "talent_list": False}),
        ("group-accounts.png", scan(group_statements(), "group-accounts.png"), "financial_statement", "group",
         {"company_name": "HARBOURGATE PRECISION HOLDINGS LIMITED", "period_end": "2025-12-31", "currency": "HKD",
          "revenue": 84215000.0, "profit": 7619000.0, "total_equity": 43474000.0}),
    ]
    return write_papers(folder, papers)
