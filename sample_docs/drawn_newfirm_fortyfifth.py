"""A forty-fifth drawn set, drawn after the forty-fourth: a whole clean application from a firm registered seven
months before the case's date, for a post on the Talent List: the applicant's Exit-Entry Permit (front and back on
a page) for her travel document, the firm's three-year business plan (SPEC: required when the business commenced
less than 12 months before as_of), its first unaudited accounts, and no proof of local recruitment (a Talent List
post is exempt). Drawn in the earlier sets' layouts. The case is clean: a check on its papers that does not pass
is a false alarm. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py
--set fortyfifth`). Every name and number is made up. (Its certificates' numbers were first drawn with the
institution code 10559, a real university's in the reference data, which the number check rightly flagged; after
the cold read they carry a code no institution has.)"""
from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from . import drawn_forms as forms
from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_papers_seventh as seventh
from . import drawn_smallfirm_thirtyseventh as thirtyseventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import png_bytes
from .drawn_wholecase_fortyfirst import write_case

CASE = "ouyang-ruolan"
HOLDER = sixteenth.HOLDERS[0]  # 欧阳若岚, OUYANG RUOLAN
GRADUATE = replace(eighth.GRADUATES[0], name_zh=HOLDER.name_zh, name_zh_hant="歐陽若嵐", pinyin="OUYANG RUOLAN", born=HOLDER.born,
                   school="南方信息科技大学", school_hant="南方信息科技大學", school_en="Southern University of Information Technology",
                   major="数据科学与大数据技术", major_hant="數據科學與大數據技術", major_en="Data Science and Big Data Technology",
                   graduated=date(2015, 6, 30), graduation_no="195591201505002846", degree_zh="工学学士", degree_no="1955942015002846",
                   employer="广州数联科技有限公司", letter_date=date(2026, 6, 2))
COMPANY = replace(seventh.COMPANIES[1], name="Brightwake Data Lab Limited", name_zh="明澈數據實驗室有限公司", br_number="77305921",
                  address="Unit 3, 21/F, Cyberport Tower 2, 100 Cyberport Road, Pok Fu Lam", nature="Data science services",
                  commenced=date(2026, 1, 5), expiry=date(2027, 1, 4), employee="OUYANG Ruolan", position="Data Scientist",
                  start=date(2026, 9, 1), term_months=24, salary=62000, housing=0, bonus=62000, year_end=date(2026, 6, 30))
FIRST_ACCOUNTS = thirtyseventh.Firm(COMPANY.name, COMPANY.name_zh, COMPANY.br_number, date(2026, 6, 30), 2_860_000, 610_000,
                                    (("Staff costs", "員工成本", 1_240_000), ("Rent", "租金", 280_000),
                                     ("General expenses", "一般開支", 196_000)), 0)
FORMS = forms.Particulars("OUYANG", "RUOLAN", HOLDER.name_zh, "F", HOLDER.born, HOLDER.permit_no, "Z306157(%s)",
                          COMPANY.name, COMPANY.position, COMPANY.salary, False, COMPANY.br_number, True)
CARD = replace(eleventh.APPLICANTS[0], name_zh=HOLDER.name_zh, name_hant="歐陽若嵐", surname="OUYANG", given="RUOLAN",
               born=HOLDER.born, hkid_body="Z306157", company_en=COMPANY.name, capital=3_000_000,
               turnover=(6_800_000, 11_500_000, 17_200_000), local_jobs=(6, 10, 15))


def write_all(folder: Path) -> list[dict]:
    out = write_case(folder, CASE, {"as_of": "2026-08-03", "dependants": 0}, HOLDER, GRADUATE, COMPANY, FORMS, CARD)
    settings = out[0]["settings"]
    kept = []
    for entry in out:
        file = entry["file"]
        if file == "job-ad.png":  # a Talent List post: no search for local candidates to prove
            (folder / file).unlink()
            continue
        if file == "passport.png":  # her travel document is her permit
            (folder / file).unlink()
            entry = entry | {"file": "permit.png", "fields": {k: v for k, v in sixteenth.truth(HOLDER, "permit-front-back").items()
                                                             if k != "type"}}
            (folder / "permit.png").write_bytes(png_bytes(sixteenth.permit_front_back(HOLDER)))
        if file == "accounts.png":  # the first months' accounts, unaudited
            (folder / file).write_bytes(png_bytes(thirtyseventh.accounts_en(FIRST_ACCOUNTS).scanned(zlib.crc32(file.encode()))))
            entry = entry | {"fields": thirtyseventh.truth(FIRST_ACCOUNTS, "accounts-en")}
        kept.append(entry)
    (folder / "plan.png").write_bytes(png_bytes(eleventh.plan_table(CARD).scanned(zlib.crc32(b"plan.png"))))
    kept.append({"file": "plan.png", "type": "business_plan", "layout": "whole-case", "case": CASE, "settings": settings,
                 "fields": eleventh.truth(CARD, "business_plan", "table")})
    return kept
