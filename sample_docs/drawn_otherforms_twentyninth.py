"""A twenty-ninth drawn set, drawn after the twenty-eighth: the Immigration Department's other forms that
come in an application's folder and look like ID 990A: a dependant's application for entry for residence
(ID 997, filled for the applicant's spouse, the applicant named as the sponsor), and an application for
extension of stay (ID 91), neither of which is the applicant's form. Drawn in our own layout with the
forms' numbers and headings. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twentyninth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from . import drawn_family_twentyfirst as twentyfirst
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes


def _rows(s: Sheet, y: int, rows: list[tuple[str, str]]) -> int:
    for label, value in rows:
        s.text(160, y, label, 26)
        s.d.line([760, y + 34, 1500, y + 34], fill=(90, 90, 90), width=1)
        s.text(780, y - 2, value, 30, "hand")
        y += 70
    return y


def id997(a: sixteenth.Holder, b: sixteenth.Holder) -> Sheet:
    """The dependant's application: the dependant's particulars first, the sponsor's (the applicant) after."""
    s = Sheet()
    s.text(1350, 80, "ID 997", 30, "sans_bold")
    s.text(160, 140, "APPLICATION FOR ENTRY FOR RESIDENCE AS DEPENDANT IN HONG KONG", 30, "sans_bold")
    s.text(160, 190, "受養人來港居留申請表", 30)
    s.text(160, 280, "Part A  Particulars of the applicant (the dependant)  申請人（受養人）資料", 26, "sans_bold")
    y = _rows(s, 350, [("Surname 姓", b.surname), ("Given names 名", b.given), ("Name in Chinese 中文姓名", b.name_zh),
                       ("Sex 性別", b.sex), ("Date of birth 出生日期", b.born.strftime("%d/%m/%Y")),
                       ("Travel document no. 旅行證件號碼", b.passport_no), ("Relationship to sponsor 與保證人關係", "Spouse 配偶")])
    s.text(160, y + 40, "Part B  Particulars of the sponsor  保證人資料", 26, "sans_bold")
    _rows(s, y + 110, [("Surname 姓", a.surname), ("Given names 名", a.given), ("Date of birth 出生日期", a.born.strftime("%d/%m/%Y")),
                       ("Travel document no. 旅行證件號碼", a.passport_no), ("Status in Hong Kong 在港身份", "Employment (ASMTP)")])
    return s


def id91(a: sixteenth.Holder) -> Sheet:
    s = Sheet()
    s.text(1350, 80, "ID 91", 30, "sans_bold")
    s.text(160, 140, "APPLICATION FOR EXTENSION OF STAY", 32, "sans_bold")
    s.text(160, 190, "延長逗留期限申請表", 30)
    s.text(160, 280, "Part 1  Personal particulars  個人資料", 26, "sans_bold")
    y = _rows(s, 350, [("Surname 姓", a.surname), ("Given names 名", a.given), ("Sex 性別", a.sex),
                       ("Date of birth 出生日期", a.born.strftime("%d/%m/%Y")), ("Travel document no. 旅行證件號碼", a.passport_no),
                       ("Present limit of stay 現時逗留期限", "30/06/2026")])
    s.text(160, y + 40, "Part 2  Purpose of stay  逗留目的", 26, "sans_bold")
    _rows(s, y + 110, [("Employer 僱主", "Northgate Semiconductor Limited"), ("Post 職位", "Senior Process Engineer")])
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, (a, b) in enumerate(zip(sixteenth.HOLDERS, twentyfirst.SPOUSES), 1):
        for kind, layout, sheet in (("dependant_document", "id997", id997(a, b)), ("unknown", "id91", id91(a))):
            file = f"form-{layout}-{i}.png"
            (folder / file).write_bytes(png_bytes(sheet.scanned(zlib.crc32(file.encode()))))
            out.append({"file": file, "type": kind, "layout": layout, "fields": {"type": kind}})
    return out
