"""A five-hundred-and-sixty-seventh drawn set, of a degree report and a consent, drawn after stop 84's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: a translated degree verification report with its own rows ('Degree-awarding
Institution', 'Degree Awarded', 'Discipline/Major', 'Date of Degree', 'Degree Certificate No.'); a consent in traditional characters
(同意書：本公司同意僱員…前往香港工作). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredsixtyseventh`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def translated_degree_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "China Higher Education Degree Online Verification Report", 30, "serif_bold")
    s.text(690, 150, "(Translation)", 22, "serif")
    y = 240
    for label, value in [("Name", "YIN Ziqi"), ("Gender", "Male"), ("Date of Birth", "9 January 1994"), ("Degree-awarding Institution", "Wuyi Mountain University"),
                         ("Degree Awarded", "Master of Agriculture"), ("Discipline/Major", "Tea Science"), ("Date of Degree", "25 June 2019"),
                         ("Degree Certificate No.", "1923232019000266"), ("Online Verification Code", "H6TW2PK9ZM4QX7RB")]:
        s.text(160, y, label, 24, "sans")
        s.text(720, y, value, 24, "sans")
        y += 56
    return scanned_png(s, "trdegrep"), {"holder_name": "YIN Ziqi", "sex": "M", "date_of_birth": "1994-01-09", "institution": "Wuyi Mountain University",
                                        "major": "Tea Science", "certificate_number": "1923232019000266", "verification_code": "H6TW2PK9ZM4QX7RB"}


def consent_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "同意書", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　本公司同意僱員溫子軒先生前往香港工作，並保留其現有職位至其返回。", "　　特此證明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["汕頭潮汕食品有限公司", "2026年11月10日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "汕頭潮汕食品有限公司")
    return scanned_png(s, "consenttrad"), {"organisation": "汕頭潮汕食品有限公司", "applicant_name": "溫子軒", "date": "2026-11-10", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-translated-degree-report.png", translated_degree_report, "qualification_report", "translated-degree-report"),
              ("consent-traditional.png", consent_traditional, "consent_letter", "consent-traditional")]
    return write_drawn(folder, papers)
