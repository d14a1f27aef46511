"""A six-hundred-and-eleventh drawn set, of a doctorate, a consent and a contract, drawn in stop 86's second round to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a doctorate 'for a thesis entitled …' in a Faculty
(no subject of its own, the thesis's title no major); a Mainland consent as an official letter (关于同意…赴港工作的函, its file number
〔2026〕37号, the person a 同志, dated in Han numerals); a contract whose particulars are a schedule at its end (Commencement Date,
Duration, Monthly Basic Salary), its parties numbered (1) and (2) with the employee called 'the Executive'. Each is a case of its
own (`scripts/bench_drawn_forms.py --set sixhundredeleventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def doctorate_for_a_thesis() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("THE UNIVERSITY OF WESTMARCH", 40), ("", 0), ("This is to certify that", 24), ("", 0), ("Xu Qingyang", 36), ("", 0),
                    ("having pursued an approved course of study and research in the Faculty of Engineering", 24),
                    ("and having submitted a thesis entitled", 24), ("Sediment Transport in Tidal Estuaries under Rising Sea Levels", 26),
                    ("", 0), ("was awarded the degree of", 24), ("Doctor of Philosophy", 36), ("", 0), ("on 19 November 2021", 24)], 120, 56)
    text_lines(s, 240, 1040, ["Vice-Chancellor", "", "Academic Registrar"], 22, "serif", 40)
    return scanned_png(s, "thesis"), {"holder_name": ("Xu Qingyang", "XU QINGYANG"), "institution": "THE UNIVERSITY OF WESTMARCH",
                                      "degree": "Doctor of Philosophy", "date_awarded": "2021-11-19"}


def official_letter_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "西江水利规划设计研究院", 44, "serif_cjk", (180, 20, 20))
    s.d.line([140, 190, 1514, 190], fill=(180, 20, 20), width=4)
    s.text(620, 220, "西水规院函〔2026〕37号", 26, "serif_cjk")
    s.text(380, 300, "关于同意韦思远同志赴港工作的函", 36, "serif_cjk")
    y = text_lines(s, 160, 400, ["香港特别行政区政府入境事务处：", "　　我院水资源规划所韦思远同志（男，1991年7月出生）拟应聘赴香港", "沧澜工程顾问有限公司工作。经研究，我院同意其赴港工作。",
                                 "　　特此函告。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 100, ["西江水利规划设计研究院", "二〇二六年十一月二十日"], 28, "serif_cjk", 58)
    _chop(s, 600, y + 200, "西江水利规划设计研究院")
    return scanned_png(s, "officialletter"), {"organisation": "西江水利规划设计研究院", "applicant_name": "韦思远", "date": "2026-11-20",
                                              "seal_present": True}


def schedule_at_the_end() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "SERVICE AGREEMENT", 36, "serif_bold")
    y = text_lines(s, 140, 200, ["THIS AGREEMENT is made on 18 November 2026", "", "BETWEEN:",
                                 "(1)  KESTREL HARBOUR ROBOTICS LIMITED, a company incorporated in Hong Kong whose registered office is at",
                                 "      Unit 1601, 9 Science Park West Avenue, Shatin (the \"Company\"); and",
                                 "(2)  ZHANG Wenqian, holder of PRC passport (the \"Executive\").", "",
                                 "1.  The Company shall employ the Executive and the Executive shall serve the Company on the terms of this",
                                 "     Agreement and of the Schedule, which forms part of it.",
                                 "2.  Either party may end the employment by three months' notice in writing."], 24, "serif", 44)
    s.text(680, y + 60, "THE SCHEDULE", 28, "serif_bold")
    _ruled(s, 140, y + 120, [["Position", "Head of Motion Control"], ["Commencement Date", "1 April 2027"], ["Duration", "36 months"],
                             ["Monthly Basic Salary", "HKD 61,000"], ["Place of Work", "Hong Kong Science Park"]], [460, 820], 70, 24)
    return scanned_png(s, "schedule"), {"employer_name": "KESTREL HARBOUR ROBOTICS LIMITED", "employee_name": ("ZHANG Wenqian", "ZHANG WENQIAN"),
                                        "position": "Head of Motion Control", "start_date": "2027-04-01", "term_months": 36,
                                        "monthly_salary_hkd": 61000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-for-a-thesis.png", doctorate_for_a_thesis, "degree_certificate", "for-a-thesis"),
              ("consent-official-letter.png", official_letter_consent, "consent_letter", "official-letter"),
              ("contract-schedule.png", schedule_at_the_end, "employment_contract", "schedule")]
    return write_drawn(folder, papers)
