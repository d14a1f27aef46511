"""An eighty-fourth drawn set: papers in five layouts no set drew. Form ID 990A with its date of birth and identity
card number in letter boxes captioned under them (年 月 日 / 'Year Month Day'); a certificate of resignation (离职证明)
that gives no objection to the holder's next employment, dated after the dates of service in its body; audited
accounts as a text PDF whose directors' report states last year's figure beside this year's ('(2024: HK$…)')
before the statements; a plan's projection table whose unit stands in its title ('HK$'000'); a degree certificate
whose rows give each particular in Chinese and English side by side. Each is a case of its own. Read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set eightyfourth`). Every name,
number and institution is made up; 19842 is no real institution's code."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf
from .generator.identity import hkid_check_char

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def _captioned_boxes(s: Sheet, x: int, y: int, groups: list[tuple[str, str]]) -> None:
    """Groups of letter boxes, each with its caption under it, filled by pen."""
    for chars, caption in groups:
        end = s.boxes(x, y, chars, len(chars))
        s.text(x + (end - x) // 2 - 10 * len(caption), y + 54, caption, 20, "sans_cjk")
        x = end + 30


def applicant_captioned_boxes() -> bytes:
    s = Sheet()
    s.text(1260, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "申請人資料  PARTICULARS OF APPLICANT", 32, "sans_bold")
    s.text(140, 240, "1. 姓 Surname", 26, "sans_cjk")
    s.boxes(560, 230, "FENG", 10)
    s.text(140, 330, "2. 名 Given names", 26, "sans_cjk")
    s.boxes(560, 320, "RUOLAN", 14)
    s.text(140, 420, "3. 中文姓名 Name in Chinese", 26, "sans_cjk")
    s.text(560, 410, "冯若岚", 40, "hand_cjk", PEN)
    s.text(140, 510, "4. 性別 Sex", 26, "sans_cjk")
    s.text(560, 504, "女 F", 32, "hand", PEN)
    s.text(140, 600, "5. 出生日期 Date of birth", 26, "sans_cjk")
    _captioned_boxes(s, 560, 590, [("1995", "年 Year"), ("02", "月 Month"), ("14", "日 Day")])
    s.text(140, 730, "6. 旅行證件號碼 Travel document No.", 26, "sans_cjk")
    s.boxes(700, 720, "EK3081952", 9)
    hkid = "Y530168"
    s.text(140, 820, "7. 香港身份證號碼 HKID No. (如有 if any)", 26, "sans_cjk")
    _captioned_boxes(s, 760, 810, [(hkid, ""), (hkid_check_char(hkid), "")])
    s.text(140, 930, "8. 擬受聘機構 Name of employer", 26, "sans_cjk")
    s.text(640, 922, "Larchmont Assay Services Limited", 30, "hand", PEN)
    s.text(140, 1010, "9. 職位 Post", 26, "sans_cjk")
    s.text(640, 1002, "Quality Assurance Chemist", 30, "hand", PEN)
    s.text(140, 1090, "10. 月薪 Monthly salary (HK$)", 26, "sans_cjk")
    s.text(640, 1082, "36,800", 30, "hand", PEN)
    return _scan(s, "id990a"), {"surname": "FENG", "given_names": "RUOLAN", "name_zh": "冯若岚", "sex": "F",
                                "date_of_birth": "1995-02-14", "travel_document_number": "EK3081952",
                                "hkid_number": f"{hkid}({hkid_check_char(hkid)})", "employer_name": "Larchmont Assay Services Limited",
                                "position": "Quality Assurance Chemist", "monthly_salary_hkd": 36800.0}


def consent_resignation() -> bytes:
    s = Sheet()
    s.text(680, 160, "离职证明", 52, "serif_cjk")
    lines = ["兹证明冯若岚（身份证号码：略）自2019年7月1日至2026年10月31日在我公司", "质量管理部担任化验员职务，已于2026年10月31日办理完毕离职手续。",
             "我公司对其今后在香港或其他地方就业无任何异议。", "特此证明。"]
    for k, line in enumerate(lines):
        s.text(200 if k in (0, 2, 3) else 140, 340 + 70 * k, line, 32, "serif_cjk")
    s.text(940, 760, "苏州恒川检测技术有限公司", 32, "serif_cjk")
    s.text(1000, 830, "2026年11月3日", 32, "serif_cjk")
    _chop(s, 1130, 780, "苏州恒川检测技术有限公司")
    return _scan(s, "consent"), {"organisation": "苏州恒川检测技术有限公司", "applicant_name": "冯若岚", "date": "2026-11-03",
                                 "seal_present": True}


def accounts_with_directors_report() -> bytes:
    report = [(72, 80, "LARCHMONT ASSAY SERVICES LIMITED", 14), (72, 104, "REPORT OF THE DIRECTORS", 12),
              (72, 140, "The directors present their report and the audited financial statements for the year ended", 10),
              (72, 154, "31 December 2025.", 10),
              (72, 184, "Results", 11),
              (72, 202, "The profit of the Company for the year was HK$1,318,400 (2024: HK$1,102,650). The directors do", 10),
              (72, 216, "not recommend the payment of a dividend.", 10),
              (72, 246, "Directors", 11), (72, 264, "The directors during the year were Mr CHEUNG Wai Kit and Ms LAM Sze Wing.", 10)]
    statements = [(72, 80, "LARCHMONT ASSAY SERVICES LIMITED", 14),
                  (72, 104, "STATEMENT OF COMPREHENSIVE INCOME FOR THE YEAR ENDED 31 DECEMBER 2025", 11),
                  (360, 130, "2025", 10), (450, 130, "2024", 10), (360, 144, "HK$", 10), (450, 144, "HK$", 10)]
    y = 166
    for label, this, last in [("Revenue", "11,406,320", "10,215,880"), ("Cost of services", "(7,902,110)", "(7,210,540)"),
                              ("Profit before tax", "1,579,300", "1,320,210"), ("Income tax", "(260,900)", "(217,560)"),
                              ("Profit for the year", "1,318,400", "1,102,650")]:
        statements += [(72, y, label, 10), (360, y, this, 10), (450, y, last, 10)]
        y += 18
    statements += [(72, y + 30, "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 11)]
    y += 56
    for label, this, last in [("Total assets", "6,884,200", "5,973,410"), ("Total liabilities", "(2,015,600)", "(2,423,210)"),
                              ("Total equity", "4,868,600", "3,550,200")]:
        statements += [(72, y, label, 10), (360, y, this, 10), (450, y, last, 10)]
        y += 18
    return _pdf([report, statements]), {"company_name": "Larchmont Assay Services Limited", "period_end": "2025-12-31",
                                        "currency": "HKD", "revenue": 11406320.0, "profit": 1318400.0, "total_equity": 4868600.0}


def plan_unit_in_title() -> bytes:
    s = Sheet()
    s.text(160, 110, "LARCHMONT ASSAY SERVICES LIMITED - PLAN FOR A NEW LABORATORY", 30, "sans_bold")
    s.wrapped(160, 200, "The company's founders have put in a paid-up capital of HK$1,200,000. The laboratory will test food "
              "and water samples for importers and restaurants.", 90, 26, "sans", leading=42)
    s.text(160, 340, "Financial projection (HK$'000)", 28, "sans_bold")
    _ruled(s, 160, 390, [["", "Year 1", "Year 2", "Year 3"], ["Turnover", "2,850", "4,100", "5,300"], ["Operating costs", "2,610", "3,420", "4,150"],
                         ["Profit before tax", "240", "680", "1,150"]], [420, 260, 260, 260], 66, 26)
    s.text(160, 700, "Staff", 28, "sans_bold")
    s.text(160, 760, "Local employees in year 1: 4 (two laboratory technicians, a sales officer, a clerk)", 26, "sans")
    return _scan(s, "plan"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2850000.0, "local_jobs": 4}


def degree_side_by_side() -> bytes:
    s = Sheet()
    s.text(520, 140, "学士学位证书", 48, "serif_cjk")
    s.text(430, 210, "BACHELOR'S DEGREE CERTIFICATE", 34, "serif_bold")
    rows = [("姓名", "冯若岚", "Name", "FENG Ruolan"), ("出生日期", "1995年2月14日", "Date of Birth", "February 14, 1995"),
            ("专业", "应用化学", "Major", "Applied Chemistry"), ("学位", "理学学士", "Degree", "Bachelor of Science"),
            ("授予日期", "2017年6月30日", "Date of Conferment", "June 30, 2017")]
    y = 340
    for zh, zv, en, ev in rows:
        s.text(160, y, zh, 28, "serif_cjk")
        s.text(380, y, zv, 28, "serif_cjk")
        s.text(820, y, en, 26, "serif")
        s.text(1120, y, ev, 26, "serif")
        y += 70
    s.text(160, y + 80, "江南理工学院  Jiangnan Polytechnic College", 30, "serif_cjk")
    s.text(160, y + 160, "证书编号 Certificate No.  1984242017001845", 24, "serif_cjk")
    return _scan(s, "degree"), {"holder_name": ("冯若岚", "FENG RUOLAN"), "date_of_birth": "1995-02-14", "major": ("应用化学", "Applied Chemistry"),
                                "degree": ("理学学士", "Bachelor of Science"), "date_awarded": "2017-06-30",
                                "institution": ("江南理工学院", "Jiangnan Polytechnic College"), "certificate_number": "1984242017001845"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-captioned-boxes.png", applicant_captioned_boxes, "applicant_form", "captioned-boxes"),
              ("consent-resignation.png", consent_resignation, "consent_letter", "resignation-certificate"),
              ("accounts-directors-report.pdf", accounts_with_directors_report, "financial_statement", "directors-report-first"),
              ("plan-unit-in-title.png", plan_unit_in_title, "business_plan", "unit-in-title"),
              ("degree-side-by-side.png", degree_side_by_side, "degree_certificate", "bilingual-rows")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
