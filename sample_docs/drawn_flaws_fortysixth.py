"""A forty-sixth drawn set, drawn after the forty-fifth: the forty-first set's whole application drawn again five
times, each with one flaw a caseworker must catch: the business registration expired before the case's date, the
passport expired, a degree certificate of another person (闫志强), a degree certificate giving another birth date,
a salary far below the market. Each case is scored on its papers' fields and on the outcome of the check its flaw
calls for ('check:<id>'); any other check on its papers that does not pass is a false alarm. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set fortysixth`). Every name and number
is made up."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from . import drawn_wholecase_fortyfirst as base
from .drawn_wholecase_fortyfirst import write_case

FLAWS = {
    "br-expired": ({"company": replace(base.COMPANY, expiry=date(2026, 3, 31))}, "br.valid_on_as_of", "fail"),
    "passport-expired": ({"holder": replace(base.HOLDER, passport_issued=date(2016, 4, 1), passport_expires=date(2026, 3, 31))},
                         "travel_document.not_expired", "fail"),
    "another-persons-degree": ({"graduate": replace(base.GRADUATE, name_zh="闫志强", name_zh_hant="閆志強", pinyin="YAN ZHIQIANG")},
                               "identity.name_consistent", "fail"),
    "another-birth-date": ({"graduate": replace(base.GRADUATE, born=date(1991, 10, 3))}, "identity.date_of_birth_consistent", "fail"),
    "low-salary": ({"company": replace(base.COMPANY, salary=15000, bonus=15000),
                    "particulars": replace(base.FORMS, monthly_salary_hkd=15000)}, "salary.market_rate", "fail"),
}


def write_all(folder: Path) -> list[dict]:
    out = []
    for name, (changed, check, outcome) in FLAWS.items():
        parties = {"holder": base.HOLDER, "graduate": base.GRADUATE, "company": base.COMPANY, "particulars": base.FORMS,
                   "card": base.CARD} | changed
        entries = write_case(folder / name, name, base.SETTINGS, **parties)
        for entry in entries:  # one folder a case: file names stay unique across the set
            (folder / name / entry["file"]).rename(folder / f"{name}-{entry['file']}")
            entry["file"] = f"{name}-{entry['file']}"
        (folder / name).rmdir()
        entries[0]["fields"] = entries[0]["fields"] | {f"check:{check}": outcome}
        out += entries
    return out
