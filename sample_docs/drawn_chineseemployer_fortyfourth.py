"""A forty-fourth drawn set, drawn after the forty-third: a whole clean application whose Hong Kong employer
writes in traditional Chinese: its contract (the twenty-sixth set's 僱傭合約), its accounts' summary and its
forms (ID 990A and ID 990B with Chinese labels first) name it 嘉禾精密儀器有限公司 and the applicant 曹靜怡;
its business registration names it in both languages; the applicant's Mainland papers write 曹静怡 in
simplified. Drawn in the forty-first set's layouts otherwise. The case is clean: a check on its papers that does
not pass is a false alarm. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set fortyfourth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from . import drawn_forms as forms
from . import drawn_hant_twentysixth as twentysixth
from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_papers_seventh as seventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import png_bytes
from .drawn_wholecase_fortyfirst import write_case

CASE = "cao-jingyi"
GRADUATE = eighth.GRADUATES[0]  # 曹静怡, Materials Chemistry
HOLDER = sixteenth.Holder("曹", "静怡", "CAO", "JINGYI", "F", GRADUATE.born, "江苏/JIANGSU", "E81630294", date(2020, 11, 2),
                          date(2030, 11, 1), "C28164093", date(2021, 6, 9), date(2031, 6, 8), (400, 510))
FIRM = replace(twentysixth.FIRMS[1], employee="曹靜怡", post="材料工程師", start=date(2026, 9, 1), salary=42_000,
               year_end=date(2025, 12, 31), profit=1_805_600)
COMPANY = replace(seventh.COMPANIES[0], name="Ka Wo Precision Instruments Limited", name_zh=FIRM.name, br_number="61830572",
                  address="Flat C, 9/F, Yip Fat Factory Building, 73 Hoi Yuen Road, Kwun Tong", nature="Precision instruments",
                  commenced=date(2008, 4, 1), expiry=date(2027, 3, 31), employee="CAO Jingyi", position="Materials Engineer",
                  start=FIRM.start, salary=FIRM.salary)
FORMS = forms.Particulars("CAO", "JINGYI", "曹静怡", "F", GRADUATE.born, HOLDER.passport_no, "R730826(%s)", FIRM.name,
                          FIRM.post, FIRM.salary, False, COMPANY.br_number, False)
CARD = replace(eleventh.APPLICANTS[0], name_zh="曹静怡", name_hant="曹靜怡", surname="CAO", given="JINGYI", born=GRADUATE.born,
               hkid_body="R730826")
IN_CHINESE = {"offer.png": ("employment_contract", twentysixth.contract(FIRM), twentysixth.truth(FIRM, "employment_contract")),
              "accounts.png": ("financial_statement", twentysixth.accounts_summary(FIRM), twentysixth.truth(FIRM, "financial_statement")),
              "id990a.png": ("applicant_form", forms.applicant_chinese_first(FORMS), forms.truth(FORMS, "applicant_form")),
              "id990b.png": ("employer_form", forms.employer_chinese_first(FORMS), forms.truth(FORMS, "employer_form"))}


def write_all(folder: Path) -> list[dict]:
    out = write_case(folder, CASE, {"as_of": "2026-07-20", "dependants": 0}, HOLDER, GRADUATE, COMPANY, FORMS, CARD)
    for entry in out:
        if entry["file"] in IN_CHINESE:  # the employer's own papers, in its own language
            kind, sheet, fields = IN_CHINESE[entry["file"]]
            (folder / entry["file"]).write_bytes(png_bytes(sheet.scanned(zlib.crc32(entry["file"].encode()))))
            entry["fields"] = fields
    return out
