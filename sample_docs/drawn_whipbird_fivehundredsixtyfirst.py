"""A five-hundred-and-sixty-first drawn set, of a contract and a consent in English, drawn for stop 84's fifth round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a contract in numbered clauses headed by a word
('1. Appointment. The Company appoints the Employee as …', '2. Term. … for a term of thirty (30) months', '3. Salary. HK$68,000 per
month'); a no objection certificate naming the employee and post in apposition. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredsixtyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def clauses_headed_by_a_word() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "EMPLOYMENT AGREEMENT", 32, "serif_bold")
    text_lines(s, 160, 180, ["This Agreement is made between Tsuen Wan Quantum Analytics Limited (the \"Company\") and Mr. KE Zihan",
                             "(the \"Employee\").", "",
                             "1. Appointment. The Company appoints the Employee as Head of Data Engineering.",
                             "2. Term. The employment begins on 1 June 2027 and continues for a term of thirty (30) months.",
                             "3. Salary. The Employee shall be paid HK$68,000 per month.", "",
                             "Signed for the Company:                              Signed by the Employee:"], 23, "serif", 48)
    return scanned_png(s, "clauseword"), {"employer_name": "Tsuen Wan Quantum Analytics Limited", "employee_name": "KE Zihan",
                                          "position": "Head of Data Engineering", "start_date": "2027-06-01", "term_months": 30,
                                          "monthly_salary_hkd": 68000.0}


def no_objection_apposition() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hohhot Grassland Dairy Co., Ltd.", 28, "serif_bold")
    s.text(500, 180, "NO OBJECTION CERTIFICATE", 32, "serif_bold")
    text_lines(s, 160, 280, ["We have no objection to our employee, Ms. TONG Yaqi, Quality Laboratory Supervisor, taking up employment",
                             "in Hong Kong under the Admission Scheme for Mainland Talents and Professionals.", "",
                             "Date: 24 November 2026", "", "For Hohhot Grassland Dairy Co., Ltd."], 23, "serif", 46)
    _chop(s, 900, 560, "呼和浩特草原乳业有限公司")
    return scanned_png(s, "noobjapp"), {"organisation": "Hohhot Grassland Dairy Co., Ltd.", "applicant_name": "TONG Yaqi", "date": "2026-11-24",
                                        "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-clauses-headed-by-a-word.png", clauses_headed_by_a_word, "employment_contract", "clauses-headed-by-a-word"),
              ("consent-no-objection-apposition.png", no_objection_apposition, "consent_letter", "no-objection-apposition")]
    return write_drawn(folder, papers)
