"""An eighty-third drawn set: papers in five layouts no set drew. A graduation certificate's notarised English
translation, two scanned pages in one PDF (the notary's certificate, then the translation); a consent whose
letterhead spaces its name's letters apart ('S H E N G D A …'); form ID 990B typed with its boxes as characters
('■ Yes  □ No'); statements in traditional Chinese whose year columns are headed in Chinese numerals
('二零二五年'); a business plan in traditional Chinese stating its sums in Chinese numerals and financial capitals
('港幣壹佰萬元', '約港幣三百五十萬元'). Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set eightythird`). Every name, number and institution is made up;
19871 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str):
    return sheet.scanned(zlib.crc32(name.encode()))


def graduation_notarised() -> bytes:
    notary = Sheet()
    notary.text(560, 160, "NOTARIAL CERTIFICATE", 44, "serif_bold")
    notary.text(520, 240, "(2026) Zhe Hang Xi Zheng Wai Zi No. 20871", 26, "serif")
    notary.text(140, 360, "Applicant: HU Yanan, female, born on August 12, 1996", 28, "serif")
    notary.text(140, 420, "Subject: Graduation Certificate", 28, "serif")
    notary.wrapped(140, 520, "This is to certify that the photocopy of the Graduation Certificate attached hereto is identical "
                   "with the original, and that the seal of the issuing university on the original is true.", 80, 28, "serif",
                   leading=48)
    notary.text(900, 820, "Notary: ZHAO Min", 28, "serif")
    notary.text(900, 880, "Hangzhou Xihu Notary Public Office", 28, "serif")
    notary.text(900, 940, "November 20, 2026", 28, "serif")
    translation = Sheet()
    translation.text(140, 140, "(Translation)", 24, "serif")
    translation.text(500, 220, "GRADUATION CERTIFICATE", 44, "serif_bold")
    translation.wrapped(140, 360, "Student HU Yanan, female, born on August 12, 1996, studied in the major of Environmental "
                        "Engineering (four-year undergraduate programme) at this university from September 2014 to June 2018, "
                        "completed all the courses prescribed in the teaching plan, passed the examinations and is hereby "
                        "allowed to graduate.", 80, 28, "serif", leading=50)
    translation.text(900, 760, "Zhejiang Qiantang University", 28, "serif")
    translation.text(900, 820, "President: FANG Jianguo", 28, "serif")
    translation.text(140, 940, "Certificate No.: 198711201805002456", 26, "serif")
    translation.text(900, 940, "Date: June 30, 2018", 26, "serif")
    pages = [_scan(notary, "notary"), _scan(translation, "translation")]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def consent_letterspaced() -> bytes:
    s = Sheet()
    s.text(240, 120, "  ".join("SHENGDA NEW MATERIALS CO., LTD.".replace(" ", "\u2003")), 30, "sans_bold")
    s.text(560, 180, "盛达新材料股份有限公司", 30, "sans_cjk")
    s.d.line([140, 240, 1510, 240], fill="black", width=2)
    s.text(140, 320, "Date: 20th November, 2026", 26, "serif")
    s.text(140, 400, "To whom it may concern", 26, "serif")
    s.wrapped(140, 480, "Ms QIAN Shuyi has been employed by our company as a senior materials analyst since July 2019. The "
              "company consents to her taking up employment in Hong Kong and will release her from her contract on a date "
              "agreed with her new employer.", 86, 26, "serif", leading=46)
    s.text(140, 760, "Human Resources Department", 26, "serif")
    _chop(s, 400, 880, "盛达新材料股份有限公司")
    return png_bytes(_scan(s, "consent"))


def employer_glyph_boxes() -> bytes:
    s = Sheet()
    s.text(1280, 80, "ID 990B", 30, "sans_bold")
    s.text(140, 150, "PARTICULARS OF EMPLOYER AND EMPLOYMENT", 32, "sans_bold")
    rows = [("Employer's name", "Kingfell Materials Testing Limited"), ("Business Registration No.", "73102488"),
            ("Name of employee", "QIAN SHUYI"), ("Position offered", "Materials Analyst"), ("Monthly salary (HK$)", "39,500")]
    y = 260
    for label, value in rows:
        s.d.rectangle([140, y - 14, 660, y + 50], fill=(225, 225, 225), outline="black", width=1)
        s.d.rectangle([660, y - 14, 1500, y + 50], outline="black", width=1)
        s.text(160, y, label, 26, "sans")
        s.text(690, y, value, 28, "mono")
        y += 64
    s.text(140, y + 60, "Is the post on the Talent List?", 26, "sans")
    s.text(700, y + 56, "\u25a1 Yes    \u25a0 No", 30, "dejavu")
    s.text(140, y + 140, "Is the employer a company incorporated in Hong Kong?", 26, "sans")
    s.text(900, y + 136, "\u25a0 Yes    \u25a1 No", 30, "dejavu")
    return png_bytes(_scan(s, "id990b"))


def statements_chinese_years() -> bytes:
    s = Sheet()
    s.text(520, 110, "金峯材料檢測有限公司", 40, "serif_cjk")
    s.text(540, 180, "全面收益表", 36, "serif_cjk")
    s.text(400, 240, "截至二零二五年十二月三十一日止年度", 28, "serif_cjk")
    s.text(820, 320, "附註", 26, "serif_cjk")
    s.text(1020, 320, "二零二五年", 26, "serif_cjk")
    s.text(1280, 320, "二零二四年", 26, "serif_cjk")
    s.text(1060, 360, "港元", 26, "serif_cjk")
    s.text(1320, 360, "港元", 26, "serif_cjk")
    rows = [("收入", "4", "9,864,220", "8,715,030"), ("銷售成本", "", "(6,210,480)", "(5,580,910)"), ("除稅前溢利", "5", "1,402,660", "1,188,240"),
            ("所得稅開支", "6", "(221,390)", "(187,460)"), ("本年度溢利", "", "1,181,270", "1,000,780")]
    y = 430
    for label, note, this, last in rows:
        s.text(160, y, label, 28, "serif_cjk")
        s.text(840, y, note, 28, "serif")
        s.text(1200 - 15 * len(this), y, this, 28, "serif")
        s.text(1460 - 15 * len(last), y, last, 28, "serif")
        y += 60
    s.text(540, y + 60, "財務狀況表", 36, "serif_cjk")
    s.text(480, y + 120, "於二零二五年十二月三十一日", 28, "serif_cjk")
    y += 200
    for label, this, last in [("資產總額", "6,402,910", "5,611,380"), ("負債總額", "1,871,540", "2,261,280"), ("權益總額", "4,531,370", "3,350,100")]:
        s.text(160, y, label, 28, "serif_cjk")
        s.text(1200 - 15 * len(this), y, this, 28, "serif")
        s.text(1460 - 15 * len(last), y, last, 28, "serif")
        y += 60
    return png_bytes(_scan(s, "statements"))


def plan_chinese_numerals() -> bytes:
    s = Sheet()
    s.text(480, 120, "金峯材料檢測有限公司", 40, "serif_cjk")
    s.text(620, 190, "業務計劃書", 36, "serif_cjk")
    paras = ["一、公司概況：本公司於二零二六年八月在香港註冊成立，股本為港幣壹佰萬元，由股東全數以現金繳足。",
             "二、業務：為建築及製造業客戶提供材料強度、耐火及化學成分檢測服務。",
             "三、財務預測：首年預計營業額約港幣三百五十萬元，第二年約港幣五百萬元。",
             "四、人手：首年聘用本地僱員五名，另聘非本地專業人員一名。"]
    y = 320
    for p in paras:
        for k in range(0, len(p), 26):
            s.text(140 if k == 0 else 200, y, p[k:k + 26], 30, "serif_cjk")
            y += 56
        y += 30
    return png_bytes(_scan(s, "plan"))


def write_all(folder: Path) -> list[dict]:
    return write_papers(folder, [
        ("graduation-notarised.pdf", graduation_notarised(), "graduation_certificate", "notarised-translation",
         {"holder_name": "HU YANAN", "institution": "Zhejiang Qiantang University", "major": "Environmental Engineering",
          "level": ("undergraduate", "本科", "bachelor"), "graduation_date": "2018-06-30",
          "certificate_number": "198711201805002456"}),
        ("consent-letterspaced.png", consent_letterspaced(), "consent_letter", "letterspaced-head",
         {"organisation": ("SHENGDA NEW MATERIALS CO., LTD.", "盛达新材料股份有限公司"), "applicant_name": "QIAN SHUYI",
          "date": "2026-11-20", "seal_present": True}),
        ("id990b-glyphs.png", employer_glyph_boxes(), "employer_form", "glyph-boxes",
         {"employer_name": "Kingfell Materials Testing Limited", "br_number": "73102488", "applicant_name": "QIAN SHUYI",
          "position": "Materials Analyst", "monthly_salary_hkd": 39500.0, "talent_list": False}),
        ("statements-chinese-years.png", statements_chinese_years(), "financial_statement", "chinese-numeral-years",
         {"company_name": "金峯材料檢測有限公司", "period_end": "2025-12-31", "currency": "HKD", "revenue": 9864220.0,
          "profit": 1181270.0, "total_equity": 4531370.0}),
        ("plan-chinese-numerals.png", plan_chinese_numerals(), "business_plan", "chinese-numerals",
         {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3500000.0, "local_jobs": 5}),
    ])
