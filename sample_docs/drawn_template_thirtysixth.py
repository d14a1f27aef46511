"""A thirty-sixth drawn set, drawn after the thirty-fifth: employment contracts on a fill-in template, as small
Hong Kong employers use one (in the manner of a labour office's sample contract, not its wording): numbered items,
each a printed label and a blank the employer fills in, typed or by pen; the wage's period and the contract's
kind chosen by ticking one of several printed options ('per ☐ hour ☐ day ☒ month'; '☐ continuous ☒ fixed term
of __ months'); an end-of-year payment ticked yes with its amount, or stated as a month's wages. One template is
English, one bilingual with Chinese labels first and values in pen. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set thirtysixth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .drawn_forms import Sheet, png_bytes

PEN = (20, 30, 120)


@dataclass(frozen=True)
class Hire:
    employer: str
    employer_zh: str
    employee: str
    id_no: str
    post: str
    start: date
    months: int
    salary: int
    housing: int
    bonus: int  # the end-of-year payment, yearly


HIRES = [
    Hire("Lantern Bay Engineering Limited", "燈籠灣工程有限公司", "XU Jiahao", "E83920571", "Structural Engineer",
         date(2027, 2, 1), 24, 46500, 9000, 46500),
    Hire("Crestline Biotech (HK) Limited", "峰線生物科技(香港)有限公司", "GUO Yiting", "C2209381(4)", "Research Scientist",
         date(2027, 3, 15), 36, 52000, 0, 52000),
]


def _blank(s: Sheet, x: int, y: int, width: int, value: str, pen: bool) -> None:
    """A printed blank with its value written on it."""
    s.d.line([x, y + 40, x + width, y + 40], fill=(60, 60, 60), width=2)
    if value:
        s.text(x + 12, y + (0 if pen else 6), value, 34 if pen else 28, ("hand_cjk" if not value.isascii() else "hand") if pen else "sans",
               PEN if pen else (0, 0, 0))


def _options(s: Sheet, x: int, y: int, options: list[tuple[str, bool]], size: int = 26) -> int:
    for label, ticked in options:
        s.tick(x, y + 2, ticked, 28)
        x = s.text(x + 40, y, label, size) + 40
    return x


def english(h: Hire, pen: bool = False) -> Sheet:
    s = Sheet()
    s.text(560, 110, "EMPLOYMENT CONTRACT", 40, "sans_bold")
    s.text(120, 200, "This contract is made between the employer and the employee named below, who agree to the terms", 24)
    s.text(120, 236, "set out in the items of this contract.", 24)
    y = 320

    def item(n: int, label: str, value: str, width: int = 820) -> None:
        nonlocal y
        s.text(120, y, f"{n}.", 26)
        s.text(170, y, label, 26)
        _blank(s, 700, y - 6, width, value, pen)
        y += 80

    item(1, "Name of employer", h.employer)
    item(2, "Name of employee", h.employee)
    item(3, "HKID / travel document no.", h.id_no)
    item(4, "Job title", h.post)
    item(5, "Commencement date of employment", h.start.strftime("%d/%m/%Y"))
    s.text(120, y, "6.", 26)
    s.text(170, y, "Contract period", 26)
    x = _options(s, 700, y, [("continuous contract", False), ("fixed term of", True)])
    _blank(s, x - 20, y - 6, 110, str(h.months), pen)
    s.text(x + 110, y, "months", 26)
    y += 80
    s.text(120, y, "7.", 26)
    s.text(170, y, "Wages", 26)
    s.text(700, y, "HK$", 26)
    _blank(s, 760, y - 6, 240, f"{h.salary:,}", pen)
    x = s.text(1030, y, "per", 26) + 20
    _options(s, x, y, [("hour", False), ("day", False), ("month", True)])
    y += 80
    item(8, "Housing allowance (HK$ per month)", f"{h.housing:,}" if h.housing else "Nil", 400)
    s.text(120, y, "9.", 26)
    s.text(170, y, "End of year payment", 26)
    x = _options(s, 700, y, [("Yes", True), ("No", False)])
    s.text(x, y, "amount HK$", 26)
    _blank(s, x + 150, y - 6, 240, f"{h.bonus:,}", pen)
    y += 80
    item(10, "Probation period", "3 months", 300)
    item(11, "Notice to end the contract", "one month", 300)
    y += 100
    for label in ("Signature of employer", "Signature of employee"):
        s.text(120, y, label, 26)
        s.d.line([560, y + 34, 1100, y + 34], fill=(60, 60, 60), width=2)
        y += 110
    s.text(120, y, f"Date  {h.start.replace(day=1, month=h.start.month - 1 or 12):%d/%m/%Y}", 26)
    return s


def bilingual(h: Hire) -> Sheet:
    """Chinese labels first, each value by pen; the end-of-year payment as a month's wages."""
    s = Sheet()
    s.text(560, 100, "僱 傭 合 約", 48, "sans_cjk")
    s.text(600, 170, "EMPLOYMENT CONTRACT", 30, "sans_bold")
    y = 290
    rows = [("僱主名稱 Employer", h.employer_zh + "  " + h.employer), ("僱員姓名 Employee", h.employee),
            ("身份證明文件號碼 ID No.", h.id_no), ("職位 Position", h.post),
            ("受僱日期 Date of commencement", h.start.strftime("%d/%m/%Y"))]
    for label, value in rows:
        s.text(120, y, label, 26, "sans_cjk")
        _blank(s, 640, y - 6, 900, value if value.isascii() else value, True)
        y += 90
    s.text(120, y, "合約期 Contract period", 26, "sans_cjk")
    x = _options(s, 640, y, [("不設固定期限 no fixed term", False), ("固定期限 fixed term", True)], 24)
    _blank(s, x - 20, y - 6, 90, str(h.months), True)
    s.text(x + 90, y, "個月 months", 24, "sans_cjk")
    y += 90
    s.text(120, y, "工資 Wages", 26, "sans_cjk")
    s.text(640, y, "港幣 HK$", 26, "sans_cjk")
    _blank(s, 780, y - 6, 240, f"{h.salary:,}", True)
    _options(s, 1060, y, [("每日 day", False), ("每月 month", True)], 24)
    y += 90
    s.text(120, y, "房屋津貼 Housing allowance", 26, "sans_cjk")
    _blank(s, 640, y - 6, 300, "不適用 N/A" if not h.housing else f"HK$ {h.housing:,}", True)
    y += 90
    s.text(120, y, "年終酬金 End of year payment", 26, "sans_cjk")
    x = _options(s, 640, y, [("有 Yes", True), ("沒有 No", False)], 24)
    s.text(x, y, "相等於一個月工資 equal to one month's wages", 24, "sans_cjk")
    y += 200
    for label in ("僱主簽署 Employer's signature", "僱員簽署 Employee's signature"):
        s.text(120, y, label, 26, "sans_cjk")
        s.d.line([640, y + 34, 1200, y + 34], fill=(60, 60, 60), width=2)
        y += 110
    return s


def truth(h: Hire, layout: str) -> dict:
    name = h.employer_zh if layout == "bilingual-pen" else h.employer
    out = {"employer_name": (name, h.employer) if layout == "bilingual-pen" else name, "employee_name": h.employee,
           "position": h.post, "start_date": h.start.isoformat(), "term_months": h.months,
           "monthly_salary_hkd": float(h.salary), "housing_allowance_hkd": float(h.housing),
           "guaranteed_bonus_hkd": float(h.bonus), "annual_package_hkd": float(12 * (h.salary + h.housing) + h.bonus)}
    if not h.housing:
        del out["housing_allowance_hkd"]  # 'Nil', 'N/A': none stated
    return out


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    drawn = [("template-typed-1.png", english(HIRES[0]), "english-typed", HIRES[0]),
             ("template-pen-2.png", english(HIRES[1], pen=True), "english-pen", HIRES[1]),
             ("template-bilingual-1.png", bilingual(HIRES[0]), "bilingual-pen", HIRES[0])]
    out = []
    for file, sheet, layout, h in drawn:
        (folder / file).write_bytes(png_bytes(sheet.scanned(zlib.crc32(file.encode()))))
        out.append({"file": file, "type": "employment_contract", "layout": layout, "fields": truth(h, layout)})
    return out
