"""A thirty-seventh drawn set, drawn after the thirty-sixth: a small employer's financial standing as it often
comes, with no audited report: a profits tax return's first page (numbered items, each a label and a boxed
figure, the basis period as two dates), an unaudited trading and profit and loss account in English (figures
in one column, costs in brackets, 'Net profit for the year' after 'Less: Profits tax'), and a profit and loss
account in traditional Chinese (截至…止年度, 本年度溢利). The forms and accounts are drawn here, in no
department's or firm's wording. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set thirtyseventh`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .drawn_forms import Sheet, png_bytes
from .generator.render import pil_font


@dataclass(frozen=True)
class Firm:
    name: str
    name_zh: str
    br_number: str
    year_end: date
    sales: int
    cost_of_sales: int
    expenses: tuple[tuple[str, str, int], ...]  # English, Chinese, amount
    tax: int

    @property
    def before_tax(self) -> int:
        return self.sales - self.cost_of_sales - sum(e[2] for e in self.expenses)

    @property
    def after_tax(self) -> int:
        return self.before_tax - self.tax


FIRMS = [
    Firm("Harbourgate Trading Limited", "港門貿易有限公司", "71842906", date(2026, 3, 31), 8_420_000, 5_100_000,
         (("Salaries and allowances", "薪金及津貼", 1_380_000), ("Rent and rates", "租金及差餉", 540_000),
          ("Depreciation", "折舊", 96_000), ("Other operating expenses", "其他營運開支", 254_000)), 86_625),
    Firm("Sunmeadow Design Studio Limited", "朝林設計工作室有限公司", "69310427", date(2025, 12, 31), 3_265_400, 1_120_800,
         (("Staff costs", "員工成本", 1_034_000), ("Rent", "租金", 312_000), ("General expenses", "一般開支", 188_600)), 50_000),
]


def _money(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


def _right(s: Sheet, x: int, y: int, text: str, size: int = 26, font: str = "sans") -> None:
    s.text(x - int(pil_font(font, size).getlength(text)), y, text, size, font)


def tax_return(f: Firm) -> Sheet:
    s = Sheet()
    start = date(f.year_end.year - 1, f.year_end.month % 12 + 1, 1) if f.year_end.month != 12 else date(f.year_end.year, 1, 1)
    s.text(120, 100, "INLAND REVENUE DEPARTMENT  稅務局", 26, "sans_bold")
    s.text(120, 160, "PROFITS TAX RETURN - CORPORATIONS", 36, "sans_bold")
    s.text(120, 215, "利得稅報稅表 — 法團", 32, "sans_cjk")
    s.text(1200, 160, f"Year of Assessment {f.year_end.year - 1 + (f.year_end.month > 3)}/{(f.year_end.year + (f.year_end.month > 3)) % 100:02d}",
           24)
    rows = [("1", "Name of corporation 法團名稱", f.name.upper()),
            ("2", "Business registration number 商業登記號碼", f.br_number),
            ("3", "Basis period 評稅基期", f"{start:%d/%m/%Y}  to  {f.year_end:%d/%m/%Y}"),
            ("4", "Gross income / turnover 總收入／營業額 (HK$)", f"{f.sales:,}"),
            ("5", "Profit per accounts before tax 賬目所示除稅前利潤 (HK$)", f"{f.before_tax:,}"),
            ("6", "Assessable profits 應評稅利潤 (HK$)", f"{int(f.before_tax * 1.04):,}")]
    y = 330
    for n, label, value in rows:
        s.text(120, y, n, 26, "sans_bold")
        s.text(170, y, label, 24, "sans_cjk")
        s.d.rectangle([1000, y - 12, 1530, y + 46], outline="black", width=2)
        s.text(1020, y, value, 26, "mono")
        y += 110
    s.text(120, y + 60, "I declare that the information given in this return is true, correct and complete.", 24)
    s.text(120, y + 200, "Signature ______________________        Capacity: Director", 24)
    return s


def accounts_en(f: Firm) -> Sheet:
    s = Sheet()
    s.text(120, 110, f.name.upper(), 34, "sans_bold")
    s.text(120, 165, "TRADING AND PROFIT AND LOSS ACCOUNT", 30, "sans_bold")
    s.text(120, 210, f"FOR THE YEAR ENDED {f.year_end:%d %B %Y}".upper(), 26)
    s.text(120, 250, "(Unaudited - prepared from the books of the company)", 22)
    _right(s, 1500, 320, "HK$", 26, "sans_bold")
    rows = [("Sales", f.sales, False), ("Less: Cost of sales", -f.cost_of_sales, False),
            ("Gross profit", f.sales - f.cost_of_sales, True)]
    rows += [("Less: Operating expenses", None, False)]
    rows += [(f"    {label}", -amount, False) for label, _, amount in f.expenses]
    rows += [("Net profit before taxation", f.before_tax, True), ("Less: Profits tax", -f.tax, False),
             ("Net profit for the year", f.after_tax, True)]
    y = 380
    for label, amount, bold in rows:
        s.text(120, y, label, 26, "sans_bold" if bold else "sans")
        if amount is not None:
            _right(s, 1500, y, _money(amount), 26, "mono")
        if bold:
            s.d.line([1250, y - 8, 1500, y - 8], fill="black", width=2)
        y += 64
    s.d.line([1250, y - 20, 1500, y - 20], fill="black", width=2)
    s.d.line([1250, y - 14, 1500, y - 14], fill="black", width=2)
    s.text(120, y + 100, "Approved by the director(s) on", 24)
    return s


def accounts_zh(f: Firm) -> Sheet:
    s = Sheet()
    s.text(120, 110, f.name_zh, 40, "sans_cjk")
    s.text(120, 175, "損益表", 34, "sans_cjk")
    s.text(120, 230, f"截至{f.year_end.year}年{f.year_end.month}月{f.year_end.day}日止年度", 28, "sans_cjk")
    _right(s, 1500, 300, "港元", 26, "sans_cjk")
    rows = [("營業額", f.sales), ("銷售成本", -f.cost_of_sales), ("毛利", f.sales - f.cost_of_sales)]
    rows += [(zh, -amount) for _, zh, amount in f.expenses]
    rows += [("除稅前溢利", f.before_tax), ("利得稅", -f.tax), ("本年度溢利", f.after_tax)]
    y = 370
    for label, amount in rows:
        s.text(120, y, label, 28, "sans_cjk")
        _right(s, 1500, y, _money(amount), 26, "mono")
        y += 66
    s.text(120, y + 80, "（未經審核）", 24, "sans_cjk")
    return s


def truth(f: Firm, layout: str) -> dict:
    out = {"company_name": f.name_zh if layout == "accounts-zh" else f.name, "period_end": f.year_end.isoformat(),
           "currency": "HKD", "revenue": float(f.sales)}
    if layout != "tax-return":  # a tax return states the profit taxed, not the year's profit after tax
        out["profit"] = float(f.after_tax)
    return out


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    drawn = [("tax-return-1.png", tax_return(FIRMS[0]), "tax-return", FIRMS[0]),
             ("accounts-1.png", accounts_en(FIRMS[0]), "accounts-en", FIRMS[0]),
             ("accounts-2.png", accounts_en(FIRMS[1]), "accounts-en", FIRMS[1]),
             ("accounts-zh-2.png", accounts_zh(FIRMS[1]), "accounts-zh", FIRMS[1])]
    out = []
    for file, sheet, layout, f in drawn:
        (folder / file).write_bytes(png_bytes(sheet.scanned(zlib.crc32(file.encode()))))
        out.append({"file": file, "type": "financial_statement", "layout": layout, "fields": truth(f, layout)})
    return out
