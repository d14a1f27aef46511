"""A hundred-and-second drawn set: papers in five layouts no set drew. A research institute's 'Letter of Support' in
English, its signer named under it; a unit's letter of introduction (介绍信) with its counterfoil (存根) beside it, the
blanks of both filled by pen; a business plan whose years are fiscal ('FY2027/28') and whose staff stand in a manpower
table by role with a total row of local staff; a statement of profit or loss beside its renminbi equivalent, column by
column; form ID 990B whose post's particulars are a table's headings over one row of answers. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredsecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def consent_letter_of_support() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "DONGHAI INSTITUTE OF MARINE INSTRUMENTATION", 34, "serif_bold")
    s.text(560, 160, "东海海洋仪器研究所", 32, "serif_cjk")
    text_lines(s, 140, 260, ["Ref: DIMI-HR-2026-118", "24 November 2026", "", "To: Immigration Department, HKSAR"])
    s.text(620, 470, "LETTER OF SUPPORT", 32, "serif_bold")
    y = text_lines(s, 140, 560, ["Dr ZHAO Minghui (born 3 May 1987) has worked at our Institute as an Associate Research Fellow",
                             "since July 2015. He has been offered the post of Senior Sonar Engineer by Tidewater Acoustics",
                             "Limited in Hong Kong.", "",
                             "The Institute supports his application and agrees to his taking up the post in Hong Kong.",
                             "We will keep his research files open for two years from his departure."])
    y = text_lines(s, 140, y + 60, ["LIN Qiao", "Director, Human Resources Office",
                                "For and on behalf of Donghai Institute of Marine Instrumentation"])
    _chop(s, 1160, y - 60, "东海海洋仪器研究所")
    return scanned_png(s, "support"), {"organisation": ("Donghai Institute of Marine Instrumentation", "东海海洋仪器研究所"),
                                 "applicant_name": "ZHAO MINGHUI", "date": "2026-11-24", "seal_present": True}


def _filled(s: Sheet, x: int, y: int, parts: list[tuple[str, bool]], size: int = 28) -> None:
    """A printed line whose blanks a pen filled: (text, by pen) pieces side by side, a rule under each blank."""
    for text, by_pen in parts:
        if by_pen:
            end = s.text(x + 10, y - 6, text, size + 6, "hand_cjk" if not text.isascii() else "hand", PEN) + 10
            s.d.line([x, y + size + 8, end, y + size + 8], fill="black", width=2)
            x = end + 6
        else:
            x = s.text(x, y, text, size, "serif_cjk") + 6


def consent_introduction_with_counterfoil() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(150, 140, "介绍信（存根）", 34, "serif_cjk")
    _filled(s, 120, 230, [("第", False), ("0417", True), ("号", False)])
    _filled(s, 120, 320, [("兹介绍", False), ("谭梓萱", True)])
    _filled(s, 120, 400, [("同志等", False), ("1", True), ("人", False)])
    _filled(s, 120, 480, [("前往", False), ("香港", True), ("联系", False)])
    _filled(s, 120, 560, [("赴港工作", True), ("事宜。", False)])
    _filled(s, 120, 660, [("2026年11月3日", True)])
    for y in range(80, 1300, 30):  # the perforation, the number stamped across it
        s.d.line([560, y, 560, y + 15], fill="black", width=2)
    s.text(540, 700, "0417", 30, "mono", (170, 30, 30))
    s.text(980, 140, "介 绍 信", 52, "serif_cjk")
    _filled(s, 1320, 240, [("第", False), ("0417", True), ("号", False)])
    _filled(s, 640, 330, [("香港钧澜生物科技有限公司", True), ("：", False)])
    _filled(s, 700, 420, [("兹介绍我单位", False), ("谭梓萱", True), ("同志等", False), ("1", True), ("人前往贵处联系", False)])
    _filled(s, 640, 500, [("赴港工作", True), ("事宜，我单位同意其赴港工作，请予接洽。", False)])
    s.text(700, 600, "此致", 28, "serif_cjk")
    s.text(640, 660, "敬礼", 28, "serif_cjk")
    s.text(1100, 800, "广州穗禾生物制药有限公司", 30, "serif_cjk")
    _filled(s, 1160, 870, [("2026年11月3日", True)])
    s.text(640, 980, "（有效期三十天）", 24, "serif_cjk")
    _chop(s, 1300, 830, "广州穗禾生物制药有限公司")
    return scanned_png(s, "intro"), {"organisation": "广州穗禾生物制药有限公司", "applicant_name": "谭梓萱", "date": "2026-11-03",
                               "seal_present": True}


def plan_fiscal_years_manpower() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Kestrel Cold Chain Limited", 36, "serif_bold")
    s.text(140, 175, "Business plan for the first three financial years (April to March)", 26, "serif")
    text_lines(s, 140, 260, ["Funding. The two founders have paid in HK$3,000,000 as share capital; no borrowing is planned.",
                         "Business. Refrigerated last-mile delivery for restaurants and clinics in Kowloon East."])
    s.text(140, 400, "Profit and loss forecast (HK$'000)", 28, "serif_bold")
    _ruled(s, 140, 450, [["", "FY2027/28", "FY2028/29", "FY2029/30"], ["Sales revenue", "4,200", "6,800", "9,500"],
                         ["Gross profit", "1,470", "2,520", "3,610"], ["Net profit / (loss)", "(350)", "420", "1,100"]],
           [460, 300, 300, 300], 66, 24)
    s.text(140, 780, "Manpower plan (number of staff at year end)", 28, "serif_bold")
    _ruled(s, 140, 830, [["Role", "FY2027/28", "FY2028/29", "FY2029/30"], ["Operations manager (local)", "1", "1", "1"],
                         ["Drivers (local)", "2", "4", "6"], ["Sales executive (local)", "1", "2", "2"],
                         ["Regional director (non-local)", "1", "1", "1"], ["Total local staff", "4", "7", "9"]],
           [460, 300, 300, 300], 66, 24)
    return scanned_png(s, "plan"), {"capital_hkd": 3000000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 4}


def statement_beside_renminbi() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "HARBOUR SPRING TRADING LIMITED", 32, "serif_bold")
    s.text(230, 160, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 26, "serif_bold")
    s.text(1030, 240, "HK$", 24, "serif_bold")
    s.text(1250, 240, "RMB equivalent*", 24, "serif_bold")
    rows = [("Revenue", "8,406,250", "7,733,750"), ("Cost of sales", "(6,134,900)", "(5,644,108)"), ("Gross profit", "2,271,350", "2,089,642"),
            ("Administrative expenses", "(1,538,000)", "(1,414,960)"), ("Profit before tax", "733,350", "674,682"),
            ("Income tax", "(120,950)", "(111,274)"), ("Profit for the year", "612,400", "563,408")]
    y = 300
    for label, hkd, rmb in rows:
        s.text(160, y, label, 26, "serif")
        s.text(1110 - 14 * len(hkd), y, hkd, 26, "serif")
        s.text(1420 - 14 * len(rmb), y, rmb, 26, "serif")
        y += 54
    s.text(330, y + 50, "STATEMENT OF FINANCIAL POSITION AT 31 DECEMBER 2025", 26, "serif_bold")
    y += 130
    for label, hkd, rmb in [("Total assets", "5,214,600", "4,797,432"), ("Total liabilities", "(2,264,600)", "(2,083,432)"),
                            ("Total equity", "2,950,000", "2,714,000")]:
        s.text(160, y, label, 26, "serif")
        s.text(1110 - 14 * len(hkd), y, hkd, 26, "serif")
        s.text(1420 - 14 * len(rmb), y, rmb, 26, "serif")
        y += 54
    s.text(160, y + 60, "* At HK$1 = RMB0.92, for the information of the parent company only.", 22, "serif")
    return scanned_png(s, "rmb"), {"company_name": "Harbour Spring Trading Limited", "period_end": "2025-12-31", "currency": "HKD",
                             "revenue": 8406250.0, "profit": 612400.0, "total_equity": 2950000.0}


def employer_form_headings_over_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 130, "Part A  The employer", 30, "sans_bold")
    _ruled(s, 140, 190, [["Name of company", "BR number", "Telephone"], ["Tidewater Acoustics Limited", "70418836", "2871 5530"]],
           [640, 360, 360], 66, 24)
    s.text(140, 400, "Part B  The person to be employed and the post", 30, "sans_bold")
    _ruled(s, 140, 460, [["Name of applicant", "Post title", "Monthly salary (HK$)"], ["ZHAO MINGHUI", "Senior Sonar Engineer", "62,000"]],
           [460, 520, 380], 66, 24)
    s.text(140, 640, "Is the post on the Talent List?", 26, "sans")
    s.tick(700, 636, False)
    s.text(750, 640, "Yes", 26, "sans")
    s.tick(860, 636, True)
    s.text(910, 640, "No", 26, "sans")
    return scanned_png(s, "id990b"), {"employer_name": "Tidewater Acoustics Limited", "br_number": "70418836", "applicant_name": "ZHAO MINGHUI",
                                "position": "Senior Sonar Engineer", "monthly_salary_hkd": 62000.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-support.png", consent_letter_of_support, "consent_letter", "letter-of-support"),
              ("consent-introduction.png", consent_introduction_with_counterfoil, "consent_letter", "introduction-counterfoil"),
              ("plan-fiscal-manpower.png", plan_fiscal_years_manpower, "business_plan", "fiscal-years-manpower"),
              ("statement-rmb.png", statement_beside_renminbi, "financial_statement", "beside-renminbi"),
              ("id990b-headings.png", employer_form_headings_over_answers, "employer_form", "headings-over-answers")]
    return write_drawn(folder, papers)
