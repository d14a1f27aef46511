"""A forty-second drawn set, drawn after the forty-first: a whole clean application whose papers spell the same
names in the ways real papers do: the applicant 吕欣然 is LYU on her passport and forms (ICAO's spelling of ü),
LU on her degree certificate and in the offer (the dots dropped), 呂欣然 on her identity card (traditional); the
employer is 'Greenpoint Medical Devices Limited' on its registration, forms and accounts and 'Greenpoint Medical
Devices Ltd.' in the offer. Drawn in the forty-first set's layouts. The case is clean: a check on its papers that
does not pass is a false alarm. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set fortysecond`). Every name and number is made up."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from . import drawn_forms as forms
from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_papers_seventh as seventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_wholecase_fortyfirst import write_case

GRADUATE = replace(eighth.GRADUATES[0], name_zh="吕欣然", name_zh_hant="呂欣然", pinyin="LU XINRAN", sex_zh="女",
                   born=date(1994, 2, 18), school="东海医科大学", school_hant="東海醫科大學", school_en="Donghai Medical University",
                   major="生物医学工程", major_hant="生物醫學工程", major_en="Biomedical Engineering", graduated=date(2016, 6, 30),
                   graduation_no="104891201605003318", degree_en="Bachelor of Engineering", degree_zh="工学学士",
                   degree_no="1048942016002207", degree_no_en="DMU-BEng-2016-02207", employer="上海微创瑞康医疗器械有限公司",
                   employer_en="Shanghai Weichuang Ruikang Medical Devices Co., Ltd.", letter_date=date(2026, 3, 12))
HOLDER = sixteenth.Holder("吕", "欣然", "LYU", "XINRAN", "F", GRADUATE.born, "上海/SHANGHAI", "EJ7730518", date(2023, 4, 2),
                          date(2033, 4, 1), "C61820475", date(2023, 4, 2), date(2033, 4, 1), (400, 510))
COMPANY = replace(seventh.COMPANIES[1], name="Greenpoint Medical Devices Limited", name_zh="綠點醫療器械有限公司",
                  br_number="70418263", address="Unit 8, 11/F, Sunbeam Industrial Building, 2 Wang Lung Street, Tsuen Wan",
                  nature="Design and distribution of medical devices", commenced=date(2012, 9, 3), expiry=date(2026, 9, 2),
                  employee="LU Xinran", position="Biomedical Engineer", start=date(2026, 8, 1), term_months=36,
                  salary=48000, housing=5000, bonus=48000, year_end=date(2025, 12, 31), revenue=35_600_000,
                  profit_before_tax=3_100_000, tax=480_000, equity=15_200_000, auditor="Fung, Ip & Co. CPA Limited")
IN_THE_OFFER = replace(COMPANY, name="Greenpoint Medical Devices Ltd.")
FORMS = forms.Particulars("LYU", "XINRAN", "吕欣然", "F", GRADUATE.born, HOLDER.passport_no, "Y640219(%s)",
                          COMPANY.name, COMPANY.position, COMPANY.salary, False, COMPANY.br_number, False)
CARD = replace(eleventh.APPLICANTS[0], name_zh="吕欣然", name_hant="呂欣然", surname="LYU", given="XINRAN", born=GRADUATE.born,
               hkid_body="Y640219")


def write_all(folder: Path) -> list[dict]:
    return write_case(folder, "lyu-xinran", {"as_of": "2026-06-10", "dependants": 0}, HOLDER, GRADUATE, COMPANY, FORMS,
                      CARD, IN_THE_OFFER)
