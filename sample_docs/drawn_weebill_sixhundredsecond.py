"""A six-hundred-and-second drawn set, drawn after stop 85's last reader change, to be read cold and left unmended, in wording and layouts
no earlier set drew: a consent whose unit agrees in its first words and says what becomes of the employment ('我单位同意…赴香港特别行政区
工作，其在我单位的劳动关系…'); an English employment agreement of labelled terms ('Commencement Date', 'Term: 24 months', 'Monthly Salary:
HK$48,000'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredsecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def unit_agrees() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "同意函", 48, "serif_cjk")
    y = text_lines(s, 200, 250, ["　　我单位同意王思雨同志（身份证号：530102********2046）赴香港特别行政区工作，其在我单位的劳动关系",
                                 "按有关规定办理。", "　　特此函告。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["云南滇池旅游发展集团有限公司", "2026年11月16日"], 28, "serif_cjk", 54)
    _chop(s, 650, y + 170, "云南滇池旅游发展集团有限公司")
    return scanned_png(s, "unitagrees"), {"organisation": "云南滇池旅游发展集团有限公司", "applicant_name": "王思雨", "date": "2026-11-16",
                                          "seal_present": True}


def labelled_terms() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "EMPLOYMENT AGREEMENT", 36, "serif_bold")
    y = text_lines(s, 180, 200, ["This Agreement is made between Lantau Data Systems Limited (the \"Company\") and LIN Ziqi (the \"Employee\").",
                                 "", "1. Position: Data Engineer", "2. Commencement Date: 1 February 2027", "3. Term: 24 months",
                                 "4. Monthly Salary: HK$48,000", "5. Working Hours: 9:00 a.m. to 6:00 p.m., Monday to Friday"], 24, "serif", 50)
    text_lines(s, 180, y + 80, ["For the Company: ____________________", "", "Employee: ____________________"], 24, "serif", 46)
    return scanned_png(s, "labelledterms"), {"employer_name": "Lantau Data Systems Limited", "employee_name": "LIN Ziqi", "position": "Data Engineer",
                                             "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 48000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-unit-agrees.png", unit_agrees, "consent_letter", "unit-agrees"),
              ("contract-labelled-terms.png", labelled_terms, "employment_contract", "labelled-terms")]
    return write_drawn(folder, papers)
