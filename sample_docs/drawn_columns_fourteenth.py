"""A fourteenth drawn set, drawn after the thirteenth: papers set in two columns, English on the
left and Chinese on the right, as Hong Kong employers print their contracts and letters (so a
line of the page holds two languages' sentences side by side), and a statement of profit or loss
on a landscape page with three years' columns. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set fourteenth`). Every name and number is made up."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet
from .drawn_papers_eighth import _chop
from .drawn_papers_seventh import write_scans
from .generator.render import pil_font


@dataclass(frozen=True)
class Party:
    company: str
    company_zh: str
    employee: str  # surname in capitals first, as the contract names the employee
    employee_zh: str
    post: str
    post_zh: str
    start: date
    term_months: int
    salary: int
    housing: int
    former: str  # the employee's present employer on the Mainland
    former_en: str
    letter_date: date
    year_end: date
    revenue: tuple[int, int, int]  # this year, then the two before
    profit: tuple[int, int, int]
    equity: int


PARTIES = [
    Party("Lanternfield Precision Optics Limited", "燈田精密光學有限公司", "QIAO Mingze", "乔明泽", "Optical Design Engineer",
          "光學設計工程師", date(2026, 5, 4), 36, 47800, 5500, "武汉光谷镜芯科技有限公司", "Wuhan Guanggu Jingxin Technology Co., Ltd.",
          date(2026, 2, 16), date(2025, 9, 30), (38_412_907, 33_905_118, 29_770_402), (2_918_336, 2_407_551, 1_986_020),
          17_604_229),
    Party("Northpoint Clinical Data Services Limited", "北角臨床數據服務有限公司", "SHEN Yutong", "沈雨桐", "Biostatistician",
          "生物統計師", date(2026, 7, 1), 24, 56200, 0, "杭州睿统医药数据有限公司", "Hangzhou Ruitong Pharmaceutical Data Co., Ltd.",
          date(2026, 3, 30), date(2025, 3, 31), (21_086_550, 18_342_901, 16_000_417), (-611_240, 1_205_882, 988_103),
          9_335_760),
]

LEFT, RIGHT, COLUMN_WIDTH = 120, 880, 680


def _columns(s: Sheet, y: int, pairs: list[tuple[str, str]], size: int = 24, leading: int = 36) -> int:
    """Each English paragraph on the left beside its Chinese on the right, the next pair under the longer."""
    for english, chinese in pairs:
        en = textwrap.wrap(english, 52)
        zh = [chinese[k:k + 26] for k in range(0, len(chinese), 26)]
        for k, line in enumerate(en):
            s.text(LEFT, y + leading * k, line, size, "serif")
        for k, line in enumerate(zh):
            s.text(RIGHT, y + leading * k, line, size, "serif_cjk")
        y += leading * max(len(en), len(zh)) + 26
    return y


def contract_side_by_side(p: Party) -> Sheet:
    s = Sheet()
    s.text(LEFT, 110, "EMPLOYMENT CONTRACT", 34, "serif_bold")
    s.text(RIGHT, 110, "僱傭合約", 34, "serif_cjk")
    housing_en = (f"The Employer pays a housing allowance of HK${p.housing:,} per month." if p.housing
                  else "No housing allowance is payable.")
    housing_zh = f"僱主每月支付房屋津貼港幣{p.housing:,}元。" if p.housing else "本合約不設房屋津貼。"
    y = _columns(s, 220, [
        (f"This contract is made between {p.company} (the Employer) and {p.employee} (the Employee).",
         f"本合約由{p.company_zh}（「僱主」）與{p.employee_zh}（「僱員」）訂立。"),
        (f"1. The Employee is employed as {p.post}.", f"一、僱員受聘為{p.post_zh}。"),
        (f"2. Employment starts on {p.start.day} {p.start.strftime('%B %Y')} for a term of {p.term_months} months.",
         f"二、僱傭期由{p.start.year}年{p.start.month}月{p.start.day}日起，為期{p.term_months}個月。"),
        (f"3. The monthly salary is HK${p.salary:,}.", f"三、月薪為港幣{p.salary:,}元。"),
        ("4. " + housing_en, "四、" + housing_zh),
        ("5. There is no guaranteed bonus.", "五、本合約不設保證花紅。"),
        ("6. Either party may end this contract by one month's notice.", "六、任何一方可給予一個月通知終止本合約。")])
    s.text(LEFT, y + 120, "For the Employer 僱主代表", 24, "serif_cjk")
    s.text(RIGHT, y + 120, "Employee 僱員", 24, "serif_cjk")
    return s


def consent_side_by_side(p: Party) -> Sheet:
    """The present employer's consent, English beside Chinese, its chop over the signature."""
    s = Sheet()
    s.text(LEFT, 110, "LETTER OF CONSENT", 34, "serif_bold")
    s.text(RIGHT, 110, "同意函", 34, "serif_cjk")
    name_en = p.employee.split()[0] + " " + p.employee.split()[1]
    y = _columns(s, 220, [
        ("To the Immigration Department of the Hong Kong Special Administrative Region:", "香港特别行政区政府入境事务处："),
        (f"{name_en} is a member of our staff. We agree that the holder may take up employment in Hong Kong.",
         f"{p.employee_zh}系我公司员工。我公司同意其赴香港工作。"),
        ("We will not object to the holder's application.", "我公司对其申请无异议。")])
    s.text(RIGHT, y + 120, p.former, 26, "serif_cjk")
    s.text(RIGHT, y + 170, f"{p.letter_date.year}年{p.letter_date.month}月{p.letter_date.day}日", 26, "serif_cjk")
    s.text(LEFT, y + 120, p.former_en, 22, "serif")
    s.text(LEFT, y + 170, f"{p.letter_date.day} {p.letter_date.strftime('%B %Y')}", 22, "serif")
    _chop(s, RIGHT + 260, y + 150, p.former[:8])
    return s


class Landscape(Sheet):
    """An A4 page turned on its side, as a statement with many columns is printed."""

    def __init__(self) -> None:
        super().__init__()
        self.img = Image.new("RGB", (2339, 1654), "white")
        self.d = ImageDraw.Draw(self.img)


def statement_landscape(p: Party) -> Sheet:
    s = Landscape()
    s.text(150, 100, p.company.upper(), 34, "sans_bold")
    s.text(150, 150, f"STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED {p.year_end.strftime('%d %B %Y').upper()}", 28)
    s.text(150, 195, "(in Hong Kong dollars)", 22)
    years = [p.year_end.year - k for k in range(3)]
    xs = [1250, 1620, 1990]
    for x, year in zip(xs, years):
        s.text(x, 280, str(year), 26, "sans_bold")
    tax = [max(0, pr) * 165 // 835 for pr in p.profit]  # profits tax at 16.5 % of the profit before it
    before = [pr + t for pr, t in zip(p.profit, tax)]
    cost = [r * 62 // 100 for r in p.revenue]
    other = [r - c - b for r, c, b in zip(p.revenue, cost, before)]
    rows = [("Revenue", p.revenue), ("Cost of sales", cost), ("Other operating expenses", other),
            ("Profit/(loss) before taxation", before), ("Taxation", tax), ("Profit/(loss) for the year", p.profit)]

    def fig(v: int) -> str:
        return f"({-v:,})" if v < 0 else f"{v:,}"
    y = 350
    for label, values in rows:
        s.text(150, y, label, 26)
        for x, v in zip(xs, values):
            txt = fig(v)
            s.text(x + 280 - int(pil_font("sans", 26).getlength(txt)), y, txt, 26)
        y += 70
    s.text(150, y + 40, "Total equity at the year end", 26)
    eq = f"{p.equity:,}"
    s.text(xs[0] + 280 - int(pil_font("sans", 26).getlength(eq)), y + 40, eq, 26)
    return s


def truth(p: Party, kind: str, layout: str) -> dict:
    if kind == "employment_contract":
        return {"type": kind, "employer_name": p.company, "employee_name": p.employee.upper(), "position": p.post,
                "start_date": p.start.isoformat(), "term_months": p.term_months, "monthly_salary_hkd": float(p.salary),
                "housing_allowance_hkd": float(p.housing), "guaranteed_bonus_hkd": 0.0}
    if kind == "consent_letter":
        return {"type": kind, "organisation": p.former, "applicant_name": p.employee_zh, "date": p.letter_date.isoformat(),
                "seal_present": True}
    return {"type": kind, "company_name": p.company, "period_end": p.year_end.isoformat(), "currency": "HKD",
            "revenue": float(p.revenue[0]), "profit": float(p.profit[0]), "total_equity": float(p.equity)}


LAYOUTS = {"employment_contract": {"side-by-side": contract_side_by_side},
           "consent_letter": {"side-by-side": consent_side_by_side},
           "financial_statement": {"landscape": statement_landscape}}


def write_all(folder: Path) -> list[dict]:
    return write_scans(folder, PARTIES, LAYOUTS, truth)
