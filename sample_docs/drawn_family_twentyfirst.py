"""A twenty-first drawn set, drawn after the twentieth: a family's papers in one case, as an applicant who
brings a spouse uploads them (case.yaml declares one dependant). The applicant's and the spouse's travel
documents in the sixteenth set's designs, side by side in the folder under names that say nothing, with
the applicant's degree, offer and a record of the marriage or the child's birth. Which travel document
is the applicant's is told only by the names the other papers give (a Han name and its pinyin). Read
once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twentyfirst`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes

SPOUSES = [
    sixteenth.Holder("范", "嘉树", "FAN", "JIASHU", "M", date(1991, 12, 9), "江西/JIANGXI", "EK7305521",
                     date(2023, 5, 4), date(2033, 5, 3), "C52940738", date(2022, 8, 1), date(2032, 7, 31), (413, 531)),
    sixteenth.Holder("柳", "书婷", "LIU", "SHUTING", "F", date(1989, 2, 17), "福建/FUJIAN", "E39160472",
                     date(2019, 10, 8), date(2029, 10, 7), "CH1873305", date(2025, 1, 6), date(2035, 1, 5), (413, 531)),
]


def marriage_record(a: sixteenth.Holder, b: sixteenth.Holder, married: date) -> Sheet:
    """A marriage registration's page of particulars: the two parties in a table."""
    s = Sheet()
    s.text(560, 140, "婚 姻 登 记 证 明", 52, "serif_cjk")
    s.text(180, 300, f"登记日期：{married.year}年{married.month}月{married.day}日", 30, "serif_cjk")
    y = 420
    for label, values in (("姓名", (a.name_zh, b.name_zh)), ("性别", ("女" if a.sex == "F" else "男", "女" if b.sex == "F" else "男")),
                          ("出生日期", (f"{a.born:%Y-%m-%d}", f"{b.born:%Y-%m-%d}")), ("国籍", ("中国", "中国"))):
        s.d.rectangle([180, y, 480, y + 90], outline="black", width=2)
        for k, value in enumerate(values):
            s.d.rectangle([480 + 500 * k, y, 980 + 500 * k, y + 90], outline="black", width=2)
            s.text(510 + 500 * k, y + 26, value, 32)
        s.text(210, y + 26, label, 32)
        y += 90
    s.text(180, y + 120, "婚姻登记机关：福州市鼓楼区民政局", 30, "serif_cjk")
    return s


def birth_record(child: str, mother: sixteenth.Holder, father: sixteenth.Holder) -> Sheet:
    s = Sheet()
    s.text(560, 140, "出 生 医 学 证 明", 52, "serif_cjk")
    rows = [("新生儿姓名", child), ("性别", "女"), ("出生时间", "2021年6月12日"), ("出生地点", "福建省福州市"),
            ("母亲姓名", mother.name_zh), ("父亲姓名", father.name_zh)]
    for k, (label, value) in enumerate(rows):
        s.text(200, 320 + 90 * k, f"{label}：{value}", 32, "serif_cjk")
    return s


def write_all(folder: Path) -> list[dict]:
    """Each family's files and its case.yaml; the truth, one entry a file ({file, case, pages, type, layout,
    fields}); the first entry of each case carries its settings."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, (a, b) in enumerate(zip(sixteenth.HOLDERS, SPOUSES)):
        case = f"family-{i + 1}"
        g = replace(eighth.GRADUATES[i], name_zh=a.name_zh, pinyin=f"{a.surname} {a.given}", born=a.born,
                    sex_zh="女" if a.sex == "F" else "男")
        c = replace(seventh.COMPANIES[i], employee=f"{a.surname} {a.given.title()}")
        if i == 0:  # passports, a marriage
            docs = [(png_bytes(sixteenth.passport_photocopy(b).convert("RGB")), "dependant_document", "spouse-passport", {}),
                    (png_bytes(sixteenth.passport_photocopy(a).convert("RGB")), "travel_document", "applicant-passport",
                     {k: v for k, v in sixteenth.truth(a, "passport-photocopy").items() if k != "type"}),
                    (png_bytes(marriage_record(a, b, date(2020, 10, 1)).scanned(i)), "dependant_document", "marriage", {})]
        else:  # permits, a child's birth
            docs = [(png_bytes(sixteenth.permit_front_back(a)), "travel_document", "applicant-permit",
                     {k: v for k, v in sixteenth.truth(a, "permit-front-back").items() if k != "type"}),
                    (png_bytes(sixteenth.permit_front_back(b)), "dependant_document", "spouse-permit", {}),
                    (png_bytes(birth_record("温语桐", b, a).scanned(i)), "dependant_document", "birth", {})]
        docs += [(png_bytes(eighth.degree_bilingual_table(g).scanned(i)), "degree_certificate", "applicant-degree",
                  eighth.truth(g, "degree_certificate", "bilingual-table")),
                 (png_bytes(seventh.offer_letter_table(c).scanned(i)), "employment_contract", "applicant-offer",
                  {"employee_name": f"{a.surname} {a.given}"})]
        for k, (data, kind, layout, fields) in enumerate(docs):
            file = f"{case}-doc{zlib.crc32(layout.encode()) % 900 + 100}.png"
            (folder / file).write_bytes(data)
            entry = {"file": file, "case": case, "pages": [1], "type": kind, "layout": layout,
                     "fields": {"type": kind} | fields}
            if k == 0:
                entry["settings"] = {"dependants": 1}
            out.append(entry)
    return out
