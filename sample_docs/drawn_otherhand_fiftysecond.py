"""A fifty-second drawn set, drawn after the fifty-first was mended: another whole clean application in layouts no
earlier set drew. The certificates in their notarised English translations; the unit's consent as a ruled form
with its opinion in a cell; form ID 990A written by hand above printed captions; form ID 990B as a table whose
headings stand over one row of values; an offer letter that states its sums in words and figures and its dates
with ordinals; the business registration as a printed extract of the register; the accounts in traditional
Chinese; a company introduction and a job advertisement in traditional Chinese. The passport's data page
photographed open on a desk is the sixteenth set's. Scored on each paper's fields and on the checks on them (the
case is clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py
--set fiftysecond`). Every name and number is made up."""
from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes
from .drawn_papers_eighth import _chop

CASE = "wei-haoran"
SETTINGS = {"as_of": "2026-06-15", "dependants": 0}
HOLDER = sixteenth.Holder("魏", "浩然", "WEI", "HAORAN", "M", date(1994, 3, 15), "河北/HEBEI", "EK6193027",
                          date(2023, 11, 2), date(2033, 11, 1), "C62094815", date(2023, 11, 2), date(2033, 11, 1), (413, 531))
NAME = "魏浩然"
SCHOOL, SCHOOL_EN = "华北机电大学", "North China University of Mechanics and Electronics"
MAJOR_EN, DEGREE_EN = "Mechanical Engineering", "Bachelor of Engineering"
GRADUATED = date(2016, 6, 30)
GRADUATION_NO, DEGREE_NO = "196421201605004418", "1964242016004418"  # 19642: no real institution's code
CONSENTER, CONSENT_DATE = "石家庄恒信模具有限公司", date(2026, 3, 9)
EMPLOYER, EMPLOYER_ZH, BR_NO = "Brightwave Precision Engineering Limited", "明浪精密工程有限公司", "70863152"
ADDRESS = "Unit 12, 5/F, Kwun Tong Industrial Centre, 436 Kwun Tong Road, Kwun Tong, Kowloon"
NATURE = "Design and manufacture of precision moulds"
COMMENCED, EXPIRES = date(2009, 8, 3), date(2026, 8, 2)
POST, START, SALARY, HOUSING = "Mechanical Design Engineer", date(2026, 8, 3), 38000, 6000
YEAR_END, REVENUE, PROFIT_BEFORE_TAX, TAX, EQUITY = date(2025, 12, 31), 62_340_000, 5_120_000, 812_000, 28_650_000
AUDITOR = "梁陳會計師事務所有限公司"


def _ordinal(d: date) -> str:
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B')} {d.year}"


def graduation_translation() -> Sheet:
    s = Sheet()
    s.text(520, 150, "GRADUATION CERTIFICATE", 44, "serif_bold")
    s.text(620, 215, "(Translation)", 28, "serif")
    s.wrapped(180, 360, f"This is to certify that WEI Haoran, male, born on {_ordinal(HOLDER.born)}, studied in the "
                        f"specialty of {MAJOR_EN} at this university from September 2012 to June 2016, completed all "
                        "the courses prescribed by the four-year undergraduate programme, passed all examinations "
                        "and is hereby permitted to graduate.", 62, 30, "serif", 50)
    s.text(180, 900, f"University: {SCHOOL_EN}", 28, "serif")
    s.text(180, 960, "President: Zhao Guoliang", 28, "serif")
    s.text(180, 1020, f"Date: {_ordinal(GRADUATED)}", 28, "serif")
    s.text(180, 1080, f"Certificate No.: {GRADUATION_NO}", 28, "serif")
    s.wrapped(180, 1800, "I, Li Mei, certified translator, declare that the above is a true and accurate translation "
                         "of the Chinese original.", 70, 24, "serif", 36)
    return s


def degree_translation() -> Sheet:
    s = Sheet()
    s.text(400, 150, "BACHELOR'S DEGREE CERTIFICATE", 44, "serif_bold")
    s.text(620, 215, "(Translation)", 28, "serif")
    s.wrapped(180, 360, f"WEI Haoran, male, born on {_ordinal(HOLDER.born)}, has completed the undergraduate "
                        f"programme in {MAJOR_EN} at {SCHOOL_EN} and graduated. Upon examination and in accordance "
                        "with the Regulations on Academic Degrees of the People's Republic of China, he is awarded the "
                        f"degree of {DEGREE_EN}.", 62, 30, "serif", 50)
    s.text(180, 900, "Chairman of the Academic Degree Evaluation Committee: Zhao Guoliang", 28, "serif")
    s.text(180, 960, f"Date: {_ordinal(GRADUATED)}", 28, "serif")
    s.text(180, 1020, f"Certificate No.: {DEGREE_NO}", 28, "serif")
    return s


def consent_form() -> Sheet:
    """The unit's consent on a ruled form: particulars in rows, its opinion in the last cell, chopped."""
    s = Sheet()
    s.text(560, 150, "职工赴港工作单位意见表", 44, "sans_cjk")
    rows = [("姓  名", NAME), ("性  别", "男"), ("工作单位", CONSENTER), ("职  务", "模具设计工程师"), ("入职时间", "2016年7月")]
    y = 300
    for label, value in rows:
        s.d.rectangle([150, y, 500, y + 100], outline="black", width=2)
        s.d.rectangle([500, y, 1500, y + 100], outline="black", width=2)
        s.text(180, y + 32, label, 32)
        s.text(530, y + 32, value, 32)
        y += 100
    s.d.rectangle([150, y, 500, y + 520], outline="black", width=2)
    s.d.rectangle([500, y, 1500, y + 520], outline="black", width=2)
    s.text(180, y + 220, "单位意见", 32)
    s.text(530, y + 40, "同意该同志赴香港工作。", 34)
    s.text(980, y + 330, "（盖章）", 30)
    s.text(960, y + 420, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 32)
    _chop(s, 1150, y + 300, CONSENTER)
    return s


def _written_over(s: Sheet, x: int, y: int, width: int, value: str, caption: str, han: bool = False) -> None:
    """A value written by hand on a rule, its caption printed small under the rule."""
    s.text(x + 10, y - 48, value, 38, "hand_cjk" if han else "hand", (20, 30, 120))
    s.d.line([x, y, x + width, y], fill="black", width=2)
    s.text(x, y + 8, caption, 20)


def applicant_captions() -> Sheet:
    s = Sheet()
    s.text(1300, 70, "ID 990A", 34, "sans_bold")
    s.text(150, 150, "Application for Entry for Employment - Mainland Talents and Professionals", 30, "sans_bold")
    s.text(150, 200, "輸入內地人才計劃 入境申請", 30)
    _written_over(s, 150, 380, 600, "WEI", "Surname 姓")
    _written_over(s, 850, 380, 650, "HAORAN", "Given names 名")
    _written_over(s, 150, 540, 600, NAME, "Name in Chinese 中文姓名", han=True)
    _written_over(s, 850, 540, 650, "M", "Sex 性別 (M/F)")
    _written_over(s, 150, 700, 600, HOLDER.born.strftime("%d.%m.%Y"), "Date of birth 出生日期 (DD.MM.YYYY)")
    _written_over(s, 850, 700, 650, HOLDER.passport_no, "Travel document number 旅行證件號碼")
    s.text(150, 820, "Have you obtained a degree from a full-time and locally-accredited programme in Hong Kong?", 24)
    s.text(150, 860, "你是否曾在香港修讀全日制經本地評審的學位課程？", 24)
    _written_over(s, 150, 980, 300, "No", "Yes / No 是 / 否")
    _written_over(s, 150, 1160, 1350, EMPLOYER, "Name of employer in Hong Kong 香港僱主名稱")
    _written_over(s, 150, 1320, 800, POST, "Post 職位")
    _written_over(s, 1050, 1320, 450, f"HK$ {SALARY:,}", "Monthly salary 每月薪金")
    return s


def employer_row_table() -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (2339, 1654), "white")
    s.d = ImageDraw.Draw(s.img)
    s.text(2000, 60, "ID 990B", 34, "sans_bold")
    s.text(150, 140, "Particulars of Employment Offered  聘用資料", 36, "sans_bold")
    heads = ["Name of employer\n僱主名稱", "BR No.\n商業登記號碼", "Name of applicant\n申請人姓名", "Post\n職位",
             "Monthly salary (HK$)\n每月薪金", "Talent List post?\n人才清單職位?"]
    values = [EMPLOYER, BR_NO, "WEI HAORAN", POST, f"{SALARY:,}", "No 否"]
    widths = [560, 260, 360, 440, 300, 250]
    x = 100
    for head, value, w in zip(heads, values, widths):
        s.d.rectangle([x, 260, x + w, 380], outline="black", width=2)
        s.d.rectangle([x, 380, x + w, 560], outline="black", width=2)
        for k, part in enumerate(head.split("\n")):
            s.text(x + 14, 274 + 48 * k, part, 22)
        for k, part in enumerate(_wrap_words(value, max(8, w // 17))):
            s.text(x + 14, 400 + 44 * k, part, 26, "mono")
        x += w
    s.text(150, 700, "Signature of employer: ____________________    Company chop    Date: 21 May 2026", 26)
    return s


def _wrap_words(text: str, width: int) -> list[str]:
    lines: list[str] = [""]
    for word in text.split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def offer_in_words() -> Sheet:
    s = Sheet()
    s.text(150, 120, EMPLOYER, 40, "serif_bold")
    s.text(150, 180, ADDRESS, 22, "serif")
    s.text(150, 320, "18th May 2026", 26, "serif")
    s.text(150, 400, "Mr. WEI Haoran", 26, "serif")
    s.text(150, 460, "Dear Mr. Wei,", 26, "serif")
    s.text(150, 540, "Letter of Offer", 30, "serif_bold")
    paras = [
        f"We are pleased to offer you the position of {POST} in our Product Development Department. Your employment "
        f"will commence on {_ordinal(START)} and continue for thirty-six (36) months.",
        f"Your monthly salary will be HK${SALARY:,} (Hong Kong Dollars Thirty-Eight Thousand Only). You will also "
        f"receive a housing allowance of HK${HOUSING:,} (Hong Kong Dollars Six Thousand Only) per month.",
        "A bonus may be paid at the end of each year at the Company's discretion, depending on your performance and "
        "the Company's results.",
        "Please sign and return the duplicate of this letter to signify your acceptance.",
    ]
    y = 620
    for para in paras:
        s.wrapped(150, y, para, 86, 26, "serif", 40)
        y += 40 * (len(para) // 82 + 1) + 40
    s.text(150, y + 60, "Yours sincerely,", 26, "serif")
    s.text(150, y + 200, "Chan Siu Ming, Director", 26, "serif")
    s.text(150, y + 240, f"For and on behalf of {EMPLOYER}", 26, "serif")
    return s


def register_extract() -> Sheet:
    s = Sheet()
    s.text(150, 130, "Business Registration Office - Extract of Business Registration", 32, "sans_bold")
    s.text(150, 185, "商業登記冊內資料摘錄", 30)
    rows = [("Business Registration Number", BR_NO), ("Business Name (English)", EMPLOYER.upper()),
            ("Business Name (Chinese)", EMPLOYER_ZH), ("Business Address", ADDRESS.upper()),
            ("Nature of Business", NATURE.upper()), ("Date of Commencement of Business", COMMENCED.strftime("%d-%b-%Y").upper()),
            ("Expiry Date of Current Business Registration", EXPIRES.strftime("%d-%b-%Y").upper()), ("Status", "LIVE")]
    y = 300
    for label, value in rows:
        s.text(150, y, label, 24, "sans_bold")
        for k, part in enumerate(_wrap_words(value, 48)):
            s.text(820, y + 40 * k, part, 24)
        y += 40 * len(_wrap_words(value, 48)) + 44
    s.text(150, y + 60, "Printed on 02-JUN-2026 from the Business Registration Office's online search.", 22)
    return s


def accounts_hant() -> Sheet:
    s = Sheet()
    s.text(560, 120, EMPLOYER_ZH, 44)
    s.text(460, 200, f"截至{YEAR_END.year}年{YEAR_END.month}月{YEAR_END.day}日止年度", 34)
    s.text(660, 260, "損益表", 40)
    s.text(1100, 360, "2025年", 28)
    s.text(1350, 360, "2024年", 28)
    s.text(1120, 400, "港元", 26)
    s.text(1370, 400, "港元", 26)
    rows = [("營業額", REVENUE, 55_870_000), ("銷售成本", -41_200_000, -37_420_000), ("毛利", 21_140_000, 18_450_000),
            ("行政費用", -16_020_000, -14_730_000), ("除稅前溢利", PROFIT_BEFORE_TAX, 3_720_000), ("稅項", -TAX, -590_000),
            ("本年度溢利", PROFIT_BEFORE_TAX - TAX, 3_130_000)]
    y = 470
    for label, now, before in rows:
        s.text(200, y, label, 30)
        for x, v in ((1260, now), (1510, before)):
            text = f"{abs(v):,}" if v >= 0 else f"({abs(v):,})"
            s.text(x - 17 * len(text), y, text, 30)
        y += 64
    s.text(660, y + 60, "財務狀況表", 40)
    for label, v in (("資產總額", 41_380_000), ("負債總額", 12_730_000), ("權益總額", EQUITY)):
        y += 64
        s.text(200, y + 120, label, 30)
        s.text(1260 - 17 * len(f"{v:,}"), y + 120, f"{v:,}", 30)
    s.text(200, y + 300, f"核數師：{AUDITOR}", 30)
    s.text(200, y + 360, "核數師意見：無保留意見（財務報表真實而中肯地反映公司的財務狀況）", 28)
    return s


def introduction_hant() -> Sheet:
    s = Sheet()
    s.text(560, 150, "公司簡介", 52)
    s.text(200, 280, EMPLOYER_ZH, 36)
    text = ("本公司成立於2009年，位於九龍觀塘，專門設計及製造精密模具，客戶包括本地及海外的電子產品和醫療器材製造商。"
            "公司現有員工三十二人，設有產品開發部、生產部及品質管理部。")
    y = 380
    for k in range(0, len(text), 24):
        s.text(200, y, text[k:k + 24], 32)
        y += 60
    return s


def job_ad_hant() -> Sheet:
    s = Sheet()
    s.d.rectangle([300, 300, 1350, 1100], outline="black", width=4)
    s.text(600, 350, "誠聘", 64)
    s.text(380, 480, "機械設計工程師", 44)
    for k, line in enumerate(["機械工程學士學位", "三年或以上模具設計經驗", "熟悉SolidWorks及AutoCAD", "薪酬面議，有房屋津貼"]):
        s.text(400, 580 + 60 * k, "・" + line, 32)
    s.text(380, 900, EMPLOYER_ZH, 34)
    s.text(380, 960, "請將履歷電郵至 hr@brightwave.example", 28)
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("passport.jpg", sixteenth.passport_open_on_desk(HOLDER), "travel_document", sixteenth.truth(HOLDER, "passport-open-on-desk")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("graduation.png", scan(graduation_translation(), "graduation.png"), "graduation_certificate",
         {"holder_name": "WEI HAORAN", "institution": SCHOOL_EN, "major": MAJOR_EN, "level": ("undergraduate", "bachelor", "本科"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRADUATION_NO}),
        ("degree.png", scan(degree_translation(), "degree.png"), "degree_certificate",
         {"holder_name": "WEI HAORAN", "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN, "degree": DEGREE_EN,
          "major": MAJOR_EN, "date_awarded": GRADUATED.isoformat(), "certificate_number": DEGREE_NO}),
        ("consent.png", scan(consent_form(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scan(applicant_captions(), "id990a.png"), "applicant_form",
         {"surname": "WEI", "given_names": "HAORAN", "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scan(employer_row_table(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": "WEI HAORAN", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("offer.png", scan(offer_in_words(), "offer.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": "WEI HAORAN", "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": float(HOUSING)}),
        ("br-extract.png", scan(register_extract(), "br-extract.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS.upper(),
          "nature_of_business": NATURE.upper(), "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scan(accounts_hant(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER_ZH, "period_end": YEAR_END.isoformat(), "currency": "HKD", "revenue": float(REVENUE),
          "profit": float(PROFIT_BEFORE_TAX - TAX), "total_equity": float(EQUITY), "auditor": AUDITOR,
          "audit_opinion": "unqualified"}),
        ("introduction.png", scan(introduction_hant(), "introduction.png"), "company_profile", {"type": "company_profile"}),
        ("job-ad.png", scan(job_ad_hant(), "job-ad.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "other-hand", "case": CASE, "settings": SETTINGS,
                    "fields": {k: v for k, v in fields.items() if k != "type" or kind in ("company_profile", "recruitment_evidence")}})
    return out
