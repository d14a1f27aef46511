"""A five-hundred-and-eighteenth drawn set, of an offer letter and degrees, drawn after stop 83's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: an offer letter addressed to the employee ('We are pleased to offer
you the position of … with …', 'for a term of 2 years', 'Your monthly salary will be HK$…'); an English degree's particulars as a
table read across, its headings over one row of values (Holder | Award | Discipline | Conferred | Number); a Juris Master's
particulars under 'Certificate of Conferment of Degree'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredeighteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def offer_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Victoria Harbour Insurance Limited", 28, "serif_bold")
    text_lines(s, 160, 190, ["20 November 2026", "", "Ms. HE Lan", "Room 1203, Block B, Chaoyang Garden, Chengdu", "", "Dear Ms. HE,", "",
                             "We are pleased to offer you the position of Senior Actuarial Analyst with Victoria Harbour Insurance Limited.",
                             "Your employment will commence on 1 March 2027 for a term of 2 years. Your monthly salary will be HK$58,000.", "",
                             "Please sign and return a copy of this letter to accept the offer.", "", "Yours sincerely,", "", "Head of Human Resources",
                             "", "Accepted: ____________ (HE Lan)"], 23, "serif", 44)
    return scanned_png(s, "offerletter"), {"employer_name": "Victoria Harbour Insurance Limited", "employee_name": "HE Lan",
                                           "position": "Senior Actuarial Analyst", "start_date": "2027-03-01", "term_months": 24,
                                           "monthly_salary_hkd": 58000.0}


def table_read_across() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "Nanhu University of Science", 36, "serif_bold")
    s.text(600, 160, "Record of Degree Awarded", 26, "serif")
    _ruled(s, 100, 260, [["Holder", "Award", "Discipline", "Conferred", "Number"],
                         ["KE Yuxin", "Bachelor of Science", "Applied Physics", "30 June 2020", "1926642020000912"]],
           [220, 340, 300, 240, 330], 70, 22)
    return scanned_png(s, "readacross"), {"holder_name": "KE Yuxin", "institution": "Nanhu University of Science", "degree": ("Bachelor of Science",),
                                          "major": "Applied Physics", "date_awarded": "2020-06-30", "certificate_number": "1926642020000912"}


def juris_master() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "Certificate of Conferment of Degree", 32, "serif_bold")
    text_lines(s, 200, 220, ["Name: PAN Yuting", "Degree: Juris Master (J.M.)", "Awarded by: East Lake University of Law", "On: 28 June 2023",
                             "Certificate No.: 1926532023000347"], 24, "serif", 54)
    return scanned_png(s, "jurismaster"), {"holder_name": "PAN Yuting", "institution": "East Lake University of Law",
                                           "degree": ("Juris Master", "Juris Master (J.M.)"), "date_awarded": "2023-06-28",
                                           "certificate_number": "1926532023000347"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-offer-letter.png", offer_letter, "employment_contract", "offer-letter"),
              ("degree-table-read-across.png", table_read_across, "degree_certificate", "table-read-across"),
              ("degree-juris-master.png", juris_master, "degree_certificate", "juris-master")]
    return write_drawn(folder, papers)
