"""A hundred-and-twenty-first drawn set: papers in five layouts no set drew. A research institute's consent in English
that names its scientist given name first ('Dr Haoran LIU'); a Taiwanese-owned Shenzhen company's consent in
traditional Chinese (同意書, 茲同意本公司員工…); accounts whose columns are headed by their dates in points
('31.3.2026 | 31.3.2025'), the profit 'Net profit after tax' and the equity 'Shareholders' equity'; a business plan's
key figures in thousands and millions by letter ('HK$600K', 'HK$1.85M'); a doctor's degree in Chinese and English, a
Doctor of Philosophy 'in' its subject. Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set hundredtwentyfirst`). Every name and number is made up; 19846 is
no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_given_name_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Donghai Institute of Marine Geology", 34, "serif_bold")
    s.text(140, 150, "东海海洋地质研究所", 28, "serif_cjk")
    lines = ["1 December 2026", "", "To: The Director of Immigration, Hong Kong", "",
             "Dr Haoran LIU, born 3 May 1988, has been an associate research fellow at this institute since 2019.",
             "The institute has no objection to Dr LIU taking up the post of Senior Geoscientist in Hong Kong and",
             "consents to his release from his duties here from 1 February 2027.", "", "Professor ZHOU Ming", "Director"]
    y = 240
    for line in lines:
        s.text(140, y, line, 24, "serif")
        y += 44
    _chop(s, 520, y + 20, "东海海洋地质研究所")
    return scanned_png(s, "givenfirst"), {"organisation": ("Donghai Institute of Marine Geology", "东海海洋地质研究所"),
                                    "applicant_name": "LIU HAORAN", "date": "2026-12-01", "seal_present": True}


def consent_traditional_taiwanese_owned() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "深圳鴻基精密電子有限公司", 42, "serif_cjk")
    s.text(700, 220, "同 意 書", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　茲同意本公司員工賴思妤小姐（護照號碼：E71520394）辭去本公司品質經理一職，前往香港就業。"
                   "賴小姐自二〇一七年三月起任職本公司，在職期間表現良好。", 34, 28, 56)
    s.text(160, y + 40, "特此證明", 28, "serif_cjk")
    s.text(920, y + 170, "深圳鴻基精密電子有限公司", 28, "serif_cjk")
    s.text(960, y + 230, "中華民國一一五年十一月三十日", 26, "serif_cjk")
    s.text(1000, y + 280, "（2026年11月30日）", 26, "serif_cjk")
    _chop(s, 1110, y + 200, "深圳鴻基精密電子有限公司")
    return scanned_png(s, "taiwanowned"), {"organisation": "深圳鴻基精密電子有限公司", "applicant_name": "賴思妤", "date": "2026-11-30",
                                     "seal_present": True}


def statement_dated_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "REDCLIFF MARINE SUPPLIES LIMITED", 30, "serif_bold")
    s.text(540, 150, "ACCOUNTS FOR THE YEAR ENDED 31 MARCH 2026", 24, "serif")
    s.text(200, 230, "Income statement", 26, "serif_bold")
    s.text(1060, 230, "31.3.2026", 24, "serif_bold")
    s.text(1300, 230, "31.3.2025", 24, "serif_bold")
    s.text(1100, 262, "HK$", 22, "serif")
    s.text(1340, 262, "HK$", 22, "serif")
    y = 320
    rows = [("Sales", "9,884,100", "9,210,400"), ("Cost of goods sold", "(7,402,600)", "(6,958,300)"), ("Gross profit", "2,481,500", "2,252,100"),
            ("Operating expenses", "(1,733,900)", "(1,640,200)"), ("Net profit before tax", "747,600", "611,900"), ("Tax", "(119,300)", "(98,100)"),
            ("Net profit after tax", "628,300", "513,800")]
    for label, this, last in rows:
        s.text(200, y, label, 26, "serif")
        s.text(1190 - 14 * len(this), y, this, 26, "serif")
        s.text(1430 - 14 * len(last), y, last, 26, "serif")
        y += 54
    s.text(200, y + 40, "Balance sheet", 26, "serif_bold")
    y += 110
    for label, this, last in [("Total assets", "6,021,700", "5,644,200"), ("Total liabilities", "(2,318,500)", "(2,569,300)"),
                              ("Shareholders' equity", "3,703,200", "3,074,900")]:
        s.text(200, y, label, 26, "serif")
        s.text(1190 - 14 * len(this), y, this, 26, "serif")
        s.text(1430 - 14 * len(last), y, last, 26, "serif")
        y += 54
    return scanned_png(s, "dotted"), {"company_name": "REDCLIFF MARINE SUPPLIES LIMITED", "period_end": "2026-03-31", "currency": "HKD",
                                "revenue": 9884100.0, "profit": 628300.0, "total_equity": 3703200.0}


def plan_key_figures_by_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lumen Bay Tea House Limited", 34, "serif_bold")
    s.text(140, 160, "Plan for the first three years", 26, "serif")
    s.text(140, 250, "We will open a tea house with a retail counter in Sai Ying Pun in March 2027, run by the two", 24, "serif")
    s.text(140, 290, "founders and a tea master from Fujian, for whom this application is made.", 24, "serif")
    s.text(140, 370, "Key figures", 28, "serif_bold")
    _ruled(s, 140, 420, [["Paid-up capital", "HK$600K"], ["Sales, year 1", "HK$1.85M"], ["Sales, year 3", "HK$2.6M"],
                         ["Local hires, year 1", "4"], ["Break-even", "Month 14"]], [520, 360], 66, 24)
    return scanned_png(s, "keyk"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1850000.0, "local_jobs": 4}


def degree_doctor_of_philosophy_in() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "江淮科技大学", 48, "serif_cjk")
    s.text(620, 190, "博士学位证书", 40, "serif_cjk")
    y = _paragraph(s, 160, 300, "　　孔德明，男，1989年10月7日生。在材料科学与工程专业完成博士研究生学业，成绩合格，"
                   "通过博士学位论文答辩。根据《中华人民共和国学位条例》的规定，授予理学博士学位。", 34, 28, 56)
    for k, line in enumerate(["Jianghuai University of Science and Technology", "This is to certify that KONG Deming has been awarded",
                              "the degree of Doctor of Philosophy in Materials Science and Engineering."]):
        s.text(160, y + 40 + 44 * k, line, 24, "serif")
    s.text(160, y + 230, "校长：吴志刚", 26, "serif_cjk")
    s.text(160, y + 290, "证书编号：1984622021000318", 24, "serif_cjk")
    s.text(1000, y + 290, "二〇二一年六月二十五日", 26, "serif_cjk")
    return scanned_png(s, "phd"), {"holder_name": ("孔德明", "KONG DEMING"), "date_of_birth": "1989-10-07",
                             "institution": ("江淮科技大学", "Jianghuai University of Science and Technology"),
                             "degree": ("理学博士学位", "理学博士", "Doctor of Philosophy"),
                             "major": ("材料科学与工程", "Materials Science and Engineering"), "date_awarded": "2021-06-25",
                             "certificate_number": "1984622021000318"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-given-name-first.png", consent_given_name_first, "consent_letter", "given-name-first"),
              ("consent-traditional.png", consent_traditional_taiwanese_owned, "consent_letter", "traditional-minguo"),
              ("statement-dated-columns.png", statement_dated_columns, "financial_statement", "dated-columns"),
              ("plan-key-figures.png", plan_key_figures_by_letter, "business_plan", "key-figures-by-letter"),
              ("degree-phd-in.png", degree_doctor_of_philosophy_in, "degree_certificate", "doctor-of-philosophy-in")]
    return write_drawn(folder, papers)
