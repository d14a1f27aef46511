"""A three-hundred-and-fortieth drawn set, of a consent, a contract and a report, drawn at stop 77 and read cold before
any reader change for it, in wording and layouts no earlier set drew: an English statement of no objection from a
Mainland institute, its person 'taking up employment' in Hong Kong; an agreement whose particulars stand in a schedule
at its foot ('Job title', 'Commencement', 'Duration', 'Basic salary'); a qualification report told as the answer to an
enquiry, in one English paragraph ('The certificate numbered … was issued to … by … on …'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfortieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def no_objection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Qinling Institute of Materials Research", 30, "serif_bold")
    s.text(160, 200, "Statement of No Objection", 32, "serif_bold")
    text_lines(s, 160, 290, ["20 November 2026", "",
                             "The Institute has no objection to Dr. SHAO Wenjie, a research fellow of the Institute, taking up",
                             "employment in Hong Kong with Tidewater Advanced Materials Limited. His post here will be kept",
                             "for him while he is away.", "", "(Seal)", "", "Office of Personnel"], 24, "serif", 46)
    _chop(s, 1300, 760, "秦岭材料研究所")
    return scanned_png(s, "noobjection"), {"organisation": ("Qinling Institute of Materials Research", "秦岭材料研究所"),
                                           "applicant_name": "SHAO WENJIE", "date": "2026-11-20", "seal_present": True}


def schedule_at_foot() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "EMPLOYMENT AGREEMENT", 34, "serif_bold")
    y = text_lines(s, 160, 180, ["This Agreement is made between Lumen Harbour Analytics Limited (the \"Company\") and the person",
                                 "named in the Schedule (the \"Employee\").", "",
                                 "1. The Company employs the Employee on the terms in the Schedule and in the Company's handbook.",
                                 "2. Either party may end this Agreement by one month's notice in writing.", "",
                                 "SCHEDULE"], 24, "serif", 44)
    for label, value in [("Employee", "Ms. GAO Yutong"), ("Job title", "Quantitative Research Analyst"),
                         ("Commencement", "1 March 2027"), ("Duration", "24 months"), ("Basic salary", "HK$46,500 per month")]:
        s.text(200, y, label, 24, "serif")
        s.text(560, y, value, 24, "serif")
        y += 50
    text_lines(s, 160, y + 60, ["Signed for the Company: Edwin MOK, Director          Signed by the Employee: GAO Yutong"], 24, "serif", 44)
    return scanned_png(s, "schedule"), {"employer_name": "Lumen Harbour Analytics Limited", "employee_name": "GAO YUTONG",
                                        "position": "Quantitative Research Analyst", "start_date": "2027-03-01", "term_months": 24,
                                        "monthly_salary_hkd": 46500.0}


def answer_to_an_enquiry() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Qualification Enquiry Result", 34, "serif_bold")
    text_lines(s, 160, 220, ["Date of enquiry: 2 December 2026", "",
                             "The certificate numbered 193971202205002874 was issued to LIAO Xinyi (female, born 15 March 2000)",
                             "by Lingnan Coastal University on 30 June 2022, for completing the four-year undergraduate",
                             "programme in Financial Engineering. The record may be checked online with the code",
                             "R8ZK3MQ7W2TPX5N4 until 2 June 2027."], 24, "serif", 46)
    return scanned_png(s, "enquiry"), {"holder_name": "LIAO XINYI", "sex": "F", "date_of_birth": "2000-03-15",
                                       "institution": "Lingnan Coastal University", "major": "Financial Engineering",
                                       "level": ("undergraduate", "本科", "bachelor"), "graduation_date": "2022-06-30",
                                       "certificate_number": "193971202205002874", "verification_code": "R8ZK3MQ7W2TPX5N4"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-no-objection.png", no_objection, "consent_letter", "no-objection"),
              ("contract-schedule-at-foot.png", schedule_at_foot, "employment_contract", "schedule-at-foot"),
              ("report-answer-to-an-enquiry.png", answer_to_an_enquiry, "qualification_report", "answer-to-an-enquiry")]
    return write_drawn(folder, papers)
