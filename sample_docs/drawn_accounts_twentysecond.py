"""A twenty-second drawn set, drawn after the twenty-first: a company's whole audited financial statements
as its accountant exports them, a text PDF of fourteen pages, which is what Hong Kong employers upload
for their financial standing. The figures asked for sit among many more: a directors' report that
speaks of the year's profit without a figure, the statements with last year's column, a statement of
changes in equity where 'Profit for the year' is a row for each year, a cash flow statement that opens
with the profit before tax, notes that break the revenue down and reconcile the tax, and a detailed
income statement for management at the end. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set twentysecond`). Every name and number is made up."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

TOP = 842


@dataclass(frozen=True)
class Accounts:
    name: str
    year_end: date
    revenue: tuple[int, int]  # this year, last year
    cost_of_sales: tuple[int, int]
    other_income: tuple[int, int]
    admin: tuple[int, int]
    finance: tuple[int, int]
    tax: tuple[int, int]
    opening_equity: int  # at the start of last year
    share_capital: int
    dividend: int  # paid this year
    auditor: str

    def before_tax(self, k: int) -> int:
        return self.revenue[k] - self.cost_of_sales[k] + self.other_income[k] - self.admin[k] - self.finance[k]

    def profit(self, k: int) -> int:
        return self.before_tax(k) - self.tax[k]

    def equity(self, k: int) -> int:
        """At the end of this year (0) or last year (1)."""
        last = self.opening_equity + self.profit(1)
        return last if k else last + self.profit(0) - self.dividend


COMPANIES = [
    Accounts("Bramblecote Marine Instruments Limited", date(2026, 3, 31), (38_614_220, 34_905_118), (22_140_775, 20_377_402),
             (315_600, 288_140), (9_802_431, 9_110_876), (412_808, 455_120), (1_032_514, 824_315), 12_050_000, 5_000_000,
             1_500_000, "Yip, Kwan & Lo CPA Limited"),
    Accounts("Larchfield Data Services Company Limited", date(2025, 12, 31), (9_870_450, 11_204_330), (4_215_990, 4_508_120),
             (48_200, 60_115), (6_318_760, 6_011_402), (96_300, 101_880), (0, 87_450), 4_380_000, 2_000_000, 0,
             "Hui Ming Tak & Co."),
]


def _money(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


class Pdf:
    """A text PDF drawn a page at a time; y from the top in points."""

    def __init__(self) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.page = 1

    def text(self, x: float, y: float, s: str, size: float = 10, bold: bool = False) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, TOP - y, s)

    def right(self, x: float, y: float, s: str, bold: bool = False) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        self.c.drawRightString(x, TOP - y, s)

    def rows(self, y: float, rows: list[tuple[str, int | None, int | None, bool]], note: dict | None = None) -> float:
        """Label, this year, last year, bold; a note number beside the label where given."""
        for label, now, before, bold in rows:
            self.text(70, y, label, 10, bold)
            if note and label in note:
                self.text(330, y, str(note[label]))
            if now is not None:
                self.right(440, y, _money(now), bold)
            if before is not None:
                self.right(520, y, _money(before), bold)
            y += 18
        return y

    def heading(self, a: Accounts, title: str, sub: str) -> None:
        self.text(70, 60, a.name.upper(), 11, True)
        self.text(70, 80, title, 12, True)
        self.text(70, 96, sub)

    def columns(self, a: Accounts, y: float = 130) -> None:
        for x, year in ((420, a.year_end.year), (500, a.year_end.year - 1)):
            self.text(x, y, str(year), 10, True)
            self.text(x + 2, y + 14, "HK$", 9)

    def next_page(self) -> None:
        self.c.setFont("Helvetica", 9)
        self.c.drawCentredString(297, 40, f"- {self.page} -")
        self.c.showPage()
        self.page += 1

    def bytes(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def accounts_pdf(a: Accounts) -> bytes:
    p = Pdf()
    ended, last_end = f"{a.year_end.day} {a.year_end:%B %Y}", f"{a.year_end.day} {a.year_end:%B} {a.year_end.year - 1}"
    p.text(70, 300, a.name.upper(), 16, True)
    p.text(70, 322, "(incorporated in Hong Kong with limited liability)")
    p.text(70, 400, "FINANCIAL STATEMENTS", 14, True)
    p.text(70, 420, f"FOR THE YEAR ENDED {ended.upper()}", 12)
    p.next_page()
    p.text(70, 80, "CONTENTS", 12, True)
    for k, (item, page) in enumerate([("Report of the directors", 3), ("Independent auditor's report", 4),
                                       ("Statement of profit or loss", 6), ("Statement of financial position", 7),
                                       ("Statement of changes in equity", 8), ("Statement of cash flows", 9),
                                       ("Notes to the financial statements", 10), ("Detailed income statement", 14)]):
        p.text(70, 120 + 20 * k, item)
        p.right(520, 120 + 20 * k, str(page))
    p.next_page()
    p.heading(a, "REPORT OF THE DIRECTORS", "")
    for k, line in enumerate([
            f"The directors present their report and the audited financial statements for the year ended {ended}.",
            "Principal activities: the Company's principal activities did not change during the year.",
            "Results and appropriations: the Company's results for the year and its state of affairs at the end of the",
            "year are set out in the financial statements on pages 6 to 13.",
            "Dividends: " + (f"an interim dividend of HK${a.dividend:,} was paid during the year." if a.dividend
                             else "the directors do not recommend the payment of any dividend."),
            f"Auditor: {a.auditor} retire and, being eligible, offer themselves for re-appointment."]):
        p.text(70, 130 + 18 * k, line)
    p.next_page()
    p.heading(a, "INDEPENDENT AUDITOR'S REPORT", f"To the members of {a.name}")
    for k, line in enumerate([
            "Opinion", f"We have audited the financial statements of {a.name} set out on pages 6 to 13, which comprise",
            f"the statement of financial position as at {ended}, and the statement of profit or loss, the statement of changes",
            "in equity and the statement of cash flows for the year then ended, and notes to the financial statements.",
            "In our opinion, the financial statements give a true and fair view of the financial position of the Company",
            f"as at {ended} and of its financial performance and its cash flows for the year then ended in accordance",
            "with the Hong Kong Financial Reporting Standard for Private Entities and have been properly prepared in",
            "compliance with the Hong Kong Companies Ordinance."]):
        p.text(70, 130 + 18 * k, line, 10, k == 0)
    p.next_page()
    p.text(70, 80, "Basis for opinion", 10, True)
    p.text(70, 98, "We conducted our audit in accordance with Hong Kong Standards on Auditing issued by the HKICPA.")
    p.text(70, 400, a.auditor, 10, True)
    p.text(70, 416, "Certified Public Accountants")
    p.text(70, 432, f"Hong Kong, {a.year_end.replace(year=a.year_end.year, day=1).strftime('%B')} {a.year_end.year}")
    p.next_page()
    p.heading(a, "STATEMENT OF PROFIT OR LOSS", f"FOR THE YEAR ENDED {ended.upper()}")
    p.columns(a)
    p.text(318, 130, "Notes", 9, True)
    gross = [a.revenue[k] - a.cost_of_sales[k] for k in (0, 1)]
    profit_label = "Profit/(loss) for the year" if min(a.profit(0), a.profit(1)) < 0 else "Profit for the year"
    p.rows(170, [("Revenue", *a.revenue, False), ("Cost of sales", -a.cost_of_sales[0], -a.cost_of_sales[1], False),
                 ("Gross profit", *gross, True), ("Other income", *a.other_income, False),
                 ("Administrative expenses", -a.admin[0], -a.admin[1], False), ("Finance costs", -a.finance[0], -a.finance[1], False),
                 ("Profit/(loss) before taxation", a.before_tax(0), a.before_tax(1), True),
                 ("Income tax expense", -a.tax[0], -a.tax[1], False), (profit_label, a.profit(0), a.profit(1), True)],
           note={"Revenue": 4, "Finance costs": 5, "Income tax expense": 6})
    p.next_page()
    p.heading(a, "STATEMENT OF FINANCIAL POSITION", f"AS AT {ended.upper()}")
    p.columns(a)
    assets = [a.equity(k) + 3_400_000 + 150_000 * k for k in (0, 1)]
    p.rows(170, [("Non-current assets", None, None, True), ("Property, plant and equipment", 2_105_300, 2_380_900, False),
                 ("Current assets", None, None, True), ("Trade and other receivables", assets[0] - 2_105_300 - 1_200_000,
                                                         assets[1] - 2_380_900 - 1_350_000, False),
                 ("Cash and bank balances", 1_200_000, 1_350_000, False),
                 ("Current liabilities", None, None, True), ("Trade and other payables", -3_400_000, -3_550_000, False),
                 ("NET ASSETS", a.equity(0), a.equity(1), True), ("CAPITAL AND RESERVES", None, None, True),
                 ("Share capital", a.share_capital, a.share_capital, False),
                 ("Retained profits", a.equity(0) - a.share_capital, a.equity(1) - a.share_capital, False),
                 ("TOTAL EQUITY", a.equity(0), a.equity(1), True)])
    p.text(70, 460, "Approved and authorised for issue by the board of directors and signed on its behalf by")
    p.next_page()
    p.heading(a, "STATEMENT OF CHANGES IN EQUITY", f"FOR THE YEAR ENDED {ended.upper()}")
    for x, head in ((300, "Share capital"), (390, "Retained profits"), (480, "Total")):
        p.text(x, 130, head, 9, True)
    y = 170
    opened = a.year_end.replace(year=a.year_end.year - 2) + timedelta(days=1)  # last year's first day
    start_last = f"At {opened.day} {opened:%B %Y}"
    for label, total in ((start_last, a.opening_equity), ("Profit for the year", a.profit(1)), (f"At {last_end}", a.equity(1)),
                         ("Profit for the year", a.profit(0)), ("Dividend paid", -a.dividend), (f"At {ended}", a.equity(0))):
        p.text(70, y, label)
        p.right(350, y, _money(a.share_capital) if label.startswith("At") else "-")
        p.right(440, y, _money(total - a.share_capital if label.startswith("At") else total))
        p.right(520, y, _money(total))
        y += 20
    p.next_page()
    p.heading(a, "STATEMENT OF CASH FLOWS", f"FOR THE YEAR ENDED {ended.upper()}")
    p.columns(a)
    p.rows(170, [("Profit/(loss) before taxation", a.before_tax(0), a.before_tax(1), False),
                 ("Depreciation", 275_600, 262_100, False), ("Interest expense", a.finance[0], a.finance[1], False),
                 ("Net cash from operating activities", a.before_tax(0) + 820_000, a.before_tax(1) + 640_000, True)])
    p.next_page()
    p.heading(a, "NOTES TO THE FINANCIAL STATEMENTS", f"FOR THE YEAR ENDED {ended.upper()}")
    p.text(70, 130, "1. General information", 10, True)
    p.text(70, 148, f"{a.name} is a limited liability company incorporated and domiciled in Hong Kong.")
    p.text(70, 180, "2. Basis of preparation", 10, True)
    p.text(70, 198, "The financial statements are presented in Hong Kong dollars (HK$).")
    p.next_page()
    p.heading(a, "NOTES TO THE FINANCIAL STATEMENTS", "")
    p.text(70, 130, "4. Revenue", 10, True)
    p.columns(a, 150)
    goods = [round(r * 0.62) for r in a.revenue]
    p.rows(190, [("Sale of goods", *goods, False), ("Service income", a.revenue[0] - goods[0], a.revenue[1] - goods[1], False),
                 ("", *a.revenue, True)])
    p.next_page()
    p.heading(a, "NOTES TO THE FINANCIAL STATEMENTS", "")
    p.text(70, 130, "6. Income tax expense", 10, True)
    p.columns(a, 150)
    p.rows(190, [("Hong Kong profits tax: current year", *a.tax, False),
                 ("Reconciliation: profit/(loss) before taxation", a.before_tax(0), a.before_tax(1), False),
                 ("Tax at 16.5%", round(a.before_tax(0) * 0.165), round(a.before_tax(1) * 0.165), False)])
    p.next_page()
    p.heading(a, "NOTES TO THE FINANCIAL STATEMENTS", "")
    p.text(70, 130, "9. Approval of financial statements", 10, True)
    p.text(70, 148, "The financial statements were approved by the board of directors.")
    p.next_page()
    p.heading(a, "DETAILED INCOME STATEMENT", f"FOR THE YEAR ENDED {ended.upper()} (for management information only)")
    p.columns(a)
    p.rows(170, [("Turnover", *a.revenue, False), ("Less: cost of sales", -a.cost_of_sales[0], -a.cost_of_sales[1], False),
                 ("Staff costs", -round(a.admin[0] * 0.7), -round(a.admin[1] * 0.7), False),
                 ("Rent and rates", -round(a.admin[0] * 0.3), -round(a.admin[1] * 0.3), False),
                 ("Net profit/(loss) before tax", a.before_tax(0), a.before_tax(1), True)])
    p.next_page()
    return p.bytes()


def truth(a: Accounts) -> dict:
    return {"type": "financial_statement", "company_name": a.name, "period_end": a.year_end.isoformat(), "currency": "HKD",
            "revenue": float(a.revenue[0]), "profit": float(a.profit(0)), "total_equity": float(a.equity(0)),
            "auditor": a.auditor, "audit_opinion": "unqualified"}


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, a in enumerate(COMPANIES, 1):
        file = f"FS{a.year_end.year}-{i}.pdf"
        (folder / file).write_bytes(accounts_pdf(a))
        out.append({"file": file, "pages": list(range(1, 15)), "type": "financial_statement", "layout": "whole-accounts",
                    "fields": truth(a)})
    return out
