"""A seventy-third drawn set, drawn after the seventy-second was mended: papers in six layouts no set drew. Accounts
exported from bookkeeping software ('Profit and Loss, January - December 2025', 'Net Income', a balance sheet's
'Total Equity'); an offer letter that opens 'Dear Ms Liang,' and says the pay is 'HK$56,000 monthly' and that no
housing allowance will be received; form ID 990B with the BR number and the applicant's surname in letter boxes;
a hospital's 'No Objection Certificate'; a business plan printed from a spreadsheet (light grid, 'Capital injection',
'Revenue Y1', 'Headcount (local) Y1'); an electronic BR certificate's printout (one English table, a QR code's square).
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set seventythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

GRID = (200, 200, 200)


def accounts_from_software() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(600, 110, "Profit and Loss", 40, "sans_bold")
    s.text(560, 170, "Lumenfield Optics Trading Limited", 30, "sans")
    s.text(580, 215, "January - December 2025", 28, "sans")
    s.text(1220, 300, "Total", 28, "sans_bold")
    rows = [("Income", ""), ("   Sales", "18,406,320.55"), ("Total Income", "18,406,320.55"), ("Cost of Goods Sold", ""),
            ("   Purchases", "12,870,114.20"), ("Total Cost of Goods Sold", "12,870,114.20"), ("Gross Profit", "5,536,206.35"),
            ("Expenses", ""), ("   Rent", "1,152,000.00"), ("   Salaries", "2,415,600.00"), ("   Other expenses", "503,118.92"),
            ("Total Expenses", "4,070,718.92"), ("Net Operating Income", "1,465,487.43"), ("Net Income", "1,223,682.06")]
    y = 360
    for label, amount in rows:
        s.text(160, y, label, 26, "sans_bold" if label.startswith(("Total", "Gross", "Net")) else "sans")
        if amount:
            s.text(1330 - 15 * len(amount), y, amount, 26)
        y += 52
    s.text(600, y + 80, "Balance Sheet", 40, "sans_bold")
    s.text(600, y + 140, "As of December 31, 2025", 28, "sans")
    y += 220
    for label, amount in [("Total Assets", "9,880,415.70"), ("Total Liabilities", "3,117,902.14"), ("Total Equity", "6,762,513.56")]:
        s.text(160, y, label, 26, "sans_bold")
        s.text(1330 - 15 * len(amount), y, amount, 26)
        y += 52
    s.text(160, 2230, "Accrual Basis  Friday, 20 March 2026 10:42 AM GMT+08:00", 20, "sans")
    # no currency is printed: the export states none
    return s, {"company_name": "LUMENFIELD OPTICS TRADING LIMITED", "period_end": "2025-12-31",
               "revenue": 18406320.55, "profit": 1223682.06, "total_equity": 6762513.56}


def offer_dear_ms() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 120, "Arbourline Analytics Limited", 34, "serif_bold")
    s.text(160, 170, "18/F, 9 Queen's Road Central, Hong Kong", 24, "serif")
    s.text(160, 290, "28 October 2026", 26, "serif")
    s.text(160, 370, "Ms LIANG Wanru", 26, "serif")
    s.text(160, 470, "Dear Ms Liang,", 26, "serif")
    s.text(160, 540, "Offer of Employment - Data Scientist", 28, "serif_bold")
    paras = ["We are delighted to offer you the position of Data Scientist in our Risk Modelling team.",
             "Your appointment will take effect on 2 January 2027 for an initial period of two years.",
             "Your basic salary will be HK$56,000 monthly, reviewed each year. You will not receive a housing allowance.",
             "Please sign and return the enclosed copy of this letter to accept this offer."]
    y = 620
    for para in paras:
        s.wrapped(160, y, para, 80, 26, "serif", leading=40)
        y += 40 * (len(para) // 80 + 1) + 30
    s.text(160, y + 60, "Yours sincerely,", 26, "serif")
    s.text(160, y + 200, "Hilary Moss, Head of People", 26, "serif")
    return s, {"employer_name": "Arbourline Analytics Limited", "employee_name": "LIANG WANRU", "position": "Data Scientist",
               "start_date": "2027-01-02", "term_months": 24, "monthly_salary_hkd": 56000.0, "housing_allowance_hkd": 0.0}


def employer_letter_boxes() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1300, 80, "ID 990B", 32, "sans_bold")
    s.text(140, 150, "PART 2  EMPLOYER'S PARTICULARS", 32, "sans_bold")
    s.text(140, 260, "Name of employer", 26)
    s.text(560, 256, "Arbourline Analytics Limited", 30, "hand", (20, 30, 120))
    s.text(140, 360, "Business Registration No.", 26)
    s.boxes(560, 350, "51947308", 8)
    s.text(140, 460, "Surname of applicant", 26)
    s.boxes(560, 450, "LIANG", 10)
    s.text(140, 560, "Given names of applicant", 26)
    s.boxes(560, 550, "WANRU", 10)
    s.text(140, 660, "Post", 26)
    s.text(560, 656, "Data Scientist", 30, "hand", (20, 30, 120))
    s.text(140, 760, "Monthly salary (HK$)", 26)
    s.text(560, 756, "56,000", 30, "hand", (20, 30, 120))
    s.text(140, 860, "Is the post on the Talent List?", 26)
    s.tick(620, 856, False)
    s.text(670, 860, "Yes", 26)
    s.tick(800, 856, True)
    s.text(850, 860, "No", 26)
    return s, {"employer_name": "Arbourline Analytics Limited", "br_number": "51947308", "applicant_name": "LIANG WANRU",
               "position": "Data Scientist", "monthly_salary_hkd": 56000.0, "talent_list": False}


def no_objection_certificate() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(400, 120, "THE SECOND PEOPLE'S HOSPITAL OF QINGHE", 34, "serif_bold")
    s.text(640, 170, "青禾市第二人民医院", 30, "serif_cjk")
    s.text(520, 320, "NO OBJECTION CERTIFICATE", 40, "serif_bold")
    s.wrapped(160, 440, "This is to certify that Dr. PENG Ruoxi, holder of passport EH2287415, has served this hospital "
              "as an attending physician in radiology since 2018. The hospital has no objection to her working in "
              "Hong Kong.", 78, 28, "serif", leading=46)
    s.text(160, 720, "Issued on 2 November 2026.", 28, "serif")
    s.text(160, 860, "Personnel Department", 28, "serif")
    _chop(s, 1000, 860, "青禾市第二人民医院")
    return s, {"organisation": ("The Second People's Hospital of Qinghe", "青禾市第二人民医院"), "applicant_name": "PENG RUOXI",
               "date": "2026-11-02", "seal_present": True}


def plan_spreadsheet() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(140, 110, "Saltmarsh Robotics Limited - 3-year plan", 30, "sans_bold")
    cols, widths, height = ["", "Y1", "Y2", "Y3"], [520, 260, 260, 260], 60
    rows = [cols, ["Capital injection", "1,800,000", "", ""], ["Revenue", "2,650,000", "4,900,000", "7,300,000"],
            ["Operating costs", "2,410,000", "4,120,000", "5,880,000"], ["Headcount (local)", "4", "7", "10"],
            ["Headcount (non-local)", "1", "1", "2"]]
    y = 200
    for row in rows:
        x = 140
        for c, cell in enumerate(row):
            s.d.rectangle([x, y, x + widths[c], y + height], outline=GRID, width=1)
            if cell:
                tx = x + 10 if c == 0 else x + widths[c] - 10 - 14 * len(cell)
                s.text(tx, y + 16, cell, 24, "sans_bold" if y == 200 else "sans")
            x += widths[c]
        y += height
    return s, {"capital_hkd": 1800000.0, "projected_turnover_hkd": 2650000.0, "local_jobs": 4}


def br_electronic() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(140, 110, "Inland Revenue Department  稅務局", 28, "sans_cjk")
    s.text(140, 170, "Business Registration Certificate (Electronic Copy)", 34, "sans_bold")
    s.d.rectangle([1320, 90, 1500, 270], outline="black", width=4)
    for k in range(6):
        s.d.rectangle([1340 + 25 * k, 110 + 23 * (k % 3), 1355 + 25 * k, 125 + 23 * (k % 3)], fill="black")
    _ruled(s, 140, 330, [["Certificate No.", "51947308-000-02-27-6"], ["Business Name", "ARBOURLINE ANALYTICS LIMITED"],
                         ["Branch Name", "-"], ["Address", "18/F, 9 QUEEN'S ROAD CENTRAL, HONG KONG"],
                         ["Nature of Business", "DATA ANALYTICS CONSULTANCY"], ["Status", "CORP"],
                         ["Date of Commencement", "14/02/2020"], ["Date of Expiry", "13/02/2027"]], [480, 880], 80, 26)
    s.text(140, 1060, "This electronic copy was printed on 02/11/2026.", 22)
    return s, {"business_name": "ARBOURLINE ANALYTICS LIMITED", "br_number": "51947308",
               "address": "18/F, 9 QUEEN'S ROAD CENTRAL, HONG KONG", "nature_of_business": "DATA ANALYTICS CONSULTANCY",
               "commencement_date": "2020-02-14", "expiry_date": "2027-02-13"}


LAYOUTS = {("financial_statement", "software-export"): accounts_from_software, ("employment_contract", "dear-ms"): offer_dear_ms,
           ("employer_form", "letter-boxes"): employer_letter_boxes, ("consent_letter", "no-objection-certificate"): no_objection_certificate,
           ("business_plan", "spreadsheet"): plan_spreadsheet, ("br_certificate", "electronic"): br_electronic}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
