"""A twenty-sixth drawn set, drawn after the twenty-fifth: a Hong Kong employer's papers wholly in
traditional Chinese, as small local firms draw them up. A 僱傭合約 whose term is written in words (兩年),
whose salary is spelt in the financial numerals of a cheque beside the figure, with a housing allowance
and a guaranteed 'double pay' (年終雙糧); and a one-page summary of audited accounts (損益表 and 財務狀況表
under one heading, 截至…止年度 with the date in Chinese numerals, the auditor and its opinion). Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twentysixth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .drawn_booklets_twentythird import cn_date
from .drawn_forms import Sheet

FINANCIAL = "零壹貳參肆伍陸柒捌玖"


@dataclass(frozen=True)
class Firm:
    name: str
    employee: str
    post: str
    start: date
    years: int
    salary: int
    housing: int
    year_end: date
    revenue: int
    profit: int
    equity: int
    auditor: str


FIRMS = [
    Firm("匯峰環球物流有限公司", "溫致遠", "數據分析師", date(2026, 5, 4), 2, 45_000, 5_000, date(2025, 3, 31),
         28_460_115, 2_318_904, 15_772_630, "梁志恆會計師事務所有限公司"),
    Firm("嘉禾精密儀器有限公司", "歐陽若嵐", "質量工程師", date(2026, 7, 2), 3, 38_500, 0, date(2024, 12, 31),
         17_905_340, -640_215, 6_204_118, "陳氏會計師行"),
]


def in_financial_numerals(n: int) -> str:
    """45000 -> 肆萬伍仟 (a cheque's way; whole thousands only, as salaries are)."""
    tens_of_thousands, thousands = divmod(n // 1000, 10)
    hundreds = (n % 1000) // 100
    out = (FINANCIAL[tens_of_thousands] + "萬" if tens_of_thousands else "") + (FINANCIAL[thousands] + "仟" if thousands else "")
    return out + (FINANCIAL[hundreds] + "佰" if hundreds else "")


def contract(f: Firm) -> Sheet:
    s = Sheet()
    s.text(640, 120, "僱 傭 合 約", 56, "serif_cjk")
    lines = [f"僱主：{f.name}", f"僱員：{f.employee}", "",
             f"一、職位：僱員受聘為{f.post}。",
             f"二、生效日期：{f.start.year}年{f.start.month}月{f.start.day}日。",
             f"三、合約期：{'兩三'[f.years - 2]}年，期滿可經雙方同意續約。",
             f"四、月薪：港幣{in_financial_numerals(f.salary)}元正（HK${f.salary:,}），於每月最後一個工作天支付。",
             "五、房屋津貼：" + (f"每月港幣{f.housing:,}元。" if f.housing else "不設。"),
             "六、年終雙糧：僱員於每年十二月獲發相等於一個月月薪之年終雙糧。",
             "七、任何一方可給予對方一個月書面通知終止本合約。"]
    y = 280
    for line in lines:
        if line:
            s.text(160, y, line, 32, "serif_cjk")
        y += 76
    s.text(160, y + 120, "僱主簽署：", 30, "serif_cjk")
    s.text(900, y + 120, "僱員簽署：", 30, "serif_cjk")
    return s


def _money(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


def accounts_summary(f: Firm) -> Sheet:
    s = Sheet()
    s.text(160, 110, f.name, 40, "serif_cjk")
    s.text(160, 180, "經審核財務報表摘要", 34, "serif_cjk")
    s.text(160, 240, f"截至{cn_date(f.year_end)}止年度（以港元列示）", 28, "serif_cjk")
    s.text(160, 330, "損益表", 32, "serif_cjk")
    rows = [("營業額", f.revenue), ("銷售成本", -round(f.revenue * 0.58)), ("行政費用", -(f.revenue - round(f.revenue * 0.58) - f.profit)),
            ("本年度溢利" if f.profit >= 0 else "本年度虧損", f.profit)]
    y = 400
    for label, value in rows:
        s.text(200, y, label, 30, "serif_cjk")
        s.text(1100, y, _money(value), 30, "mono")
        y += 66
    s.text(160, y + 40, "財務狀況表", 32, "serif_cjk")
    y += 110
    for label, value in (("資產淨值", f.equity), ("股本", 1_000_000), ("保留溢利", f.equity - 1_000_000), ("權益總額", f.equity)):
        s.text(200, y, label, 30, "serif_cjk")
        s.text(1100, y, _money(value), 30, "mono")
        y += 66
    s.text(160, y + 60, f"核數師：{f.auditor}", 28, "serif_cjk")
    s.text(160, y + 120, "核數師意見：無保留意見", 28, "serif_cjk")
    return s


def truth(f: Firm, kind: str) -> dict:
    if kind == "employment_contract":
        out = {"employer_name": f.name, "employee_name": f.employee, "position": f.post, "start_date": f.start.isoformat(),
               "term_months": 12 * f.years, "monthly_salary_hkd": float(f.salary), "housing_allowance_hkd": float(f.housing),
               "guaranteed_bonus_hkd": float(f.salary)}
        return out
    return {"company_name": f.name, "period_end": f.year_end.isoformat(), "currency": "HKD", "revenue": float(f.revenue),
            "profit": float(f.profit), "total_equity": float(f.equity), "auditor": f.auditor, "audit_opinion": "unqualified"}


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, f in enumerate(FIRMS, 1):
        for kind, draw in (("employment_contract", contract), ("financial_statement", accounts_summary)):
            file = f"{kind.split('_')[0]}-hant-{i}.png"
            draw(f).scanned(zlib.crc32(file.encode())).save(folder / file, dpi=(200, 200))
            out.append({"file": file, "type": kind, "layout": "hant", "fields": {"type": kind} | truth(f, kind)})
    return out
