"""A five-hundred-and-thirty-second drawn set, of a contract and a consent, drawn for stop 84's first round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a letter of appointment in English ('we are pleased to appoint you
to the post of …', 'a fixed term of two (2) years commencing on …', 'a monthly salary of HK$42,500'); a Chinese consent titled as a
statement that the employer agrees (关于同意…赴港工作的说明), the employee named in its heading. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredthirtysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def letter_of_appointment() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Kowloon Bay Data Analytics Limited", "Unit 1203, 8 Wang Kwong Road, Kowloon Bay"], 24, "serif_bold", 40)
    text_lines(s, 160, 220, ["2 December 2026", "", "Mr. YAN Haoran", "", "Dear Mr. YAN,", "", "LETTER OF APPOINTMENT", "",
                             "We are pleased to appoint you to the post of Data Platform Engineer for a fixed term of two (2) years",
                             "commencing on 1 March 2027. You will be paid a monthly salary of HK$42,500, payable at the end of each",
                             "calendar month.", "", "Please sign and return the duplicate copy to signify your acceptance.", "",
                             "For and on behalf of", "Kowloon Bay Data Analytics Limited", "", "", "Director"], 23, "serif", 44)
    return scanned_png(s, "appoint"), {"employer_name": "Kowloon Bay Data Analytics Limited", "employee_name": "YAN Haoran",
                                       "position": "Data Platform Engineer", "start_date": "2027-03-01", "term_months": 24,
                                       "monthly_salary_hkd": 42500.0}


def consent_statement_titled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 120, "关于同意祁梦瑶同志赴港工作的说明", 38, "serif_cjk")
    y = text_lines(s, 160, 260, ["　　我公司员工祁梦瑶同志拟应聘香港公司职位。经研究，我公司同意其赴港工作，并", "将按规定为其办理相关离职手续。", "　　特此说明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["成都天府软件园服务有限公司", "2026年11月30日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 60, "成都天府软件园服务有限公司")
    return scanned_png(s, "consentstmt"), {"organisation": "成都天府软件园服务有限公司", "applicant_name": "祁梦瑶", "date": "2026-11-30",
                                           "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-letter-of-appointment.png", letter_of_appointment, "employment_contract", "letter-of-appointment"),
              ("consent-statement-titled.png", consent_statement_titled, "consent_letter", "statement-titled")]
    return write_drawn(folder, papers)
