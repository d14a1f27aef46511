"""A forty-third drawn set, drawn after the forty-second: the forty-first set's whole clean application with the
applicant's family: his wife's passport copied in the same way as his own, the record of their marriage and
their daughter's birth record; case.yaml declares two dependants. Which passport is the applicant's is told only
by the names his other papers give. The case is clean: a check on its papers that does not pass is a false alarm.
Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
fortythird`). Every name and number is made up."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from . import drawn_wholecase_fortyfirst as fortyfirst
from .drawn_family_twentyfirst import birth_record, marriage_record
from .drawn_forms import png_bytes

CASE = "yan-family"
SPOUSE = sixteenth.Holder("何", "静宜", "HE", "JINGYI", "F", date(1992, 3, 26), "四川/SICHUAN", "EH1952064", date(2022, 7, 19),
                          date(2032, 7, 18), "C30571296", date(2022, 7, 19), date(2032, 7, 18), (400, 510))


def write_all(folder: Path) -> list[dict]:
    settings = fortyfirst.SETTINGS | {"dependants": 2}
    out = fortyfirst.write_case(folder, CASE, settings, fortyfirst.HOLDER, fortyfirst.GRADUATE, fortyfirst.COMPANY,
                                fortyfirst.FORMS, fortyfirst.CARD)
    family = [("passport-2.png", png_bytes(sixteenth.passport_photocopy(SPOUSE).convert("RGB")), "spouse-passport"),
              ("marriage.png", png_bytes(marriage_record(fortyfirst.HOLDER, SPOUSE, date(2019, 5, 1)).scanned(43)), "marriage"),
              ("birth.png", png_bytes(birth_record("闫语宁", SPOUSE, fortyfirst.HOLDER).scanned(44)), "birth")]
    for file, data, layout in family:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": "dependant_document", "layout": layout, "case": CASE, "settings": settings,
                    "fields": {"type": "dependant_document"}})
    return out
