"""A two-hundred-and-eighty-third drawn set, of a graduate's papers in English as an applicant's agent would upload them,
in layouts no earlier set drew: the national registry's verification report in English as a ruled table of two columns,
its dates month first ('March 11, 1996'); a notary's certificate that a photocopied degree conforms to its original (the
holder, the school, the date of issue and the number in its sentence); a graduation certificate's translation with dates
month first. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredeightythird`). Every name, number and
code is made up; 19489 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled

NUMBER, GRAD_NUMBER = "1948942018001122", "194891201805001122"


def english_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 110, "Online Verification Report of China Higher Education Qualification Certificate", 26, "sans_bold")
    _ruled(s, 140, 190, [["Name", "SU Wanting"], ["Gender", "Female"], ["Date of Birth", "March 11, 1996"], ["Date of Enrolment", "September 1, 2014"],
                         ["Date of Graduation", "June 30, 2018"], ["Name of Institution", "Xiangjiang Normal University"],
                         ["Major", "Chinese Language and Literature"], ["Duration", "4 years"], ["Level", "Undergraduate"], ["Type of Study", "Full-time"],
                         ["Certificate No.", GRAD_NUMBER], ["Online Verification Code", "A7B2KX9QM4TZ8RWD"]], [520, 760], 58, 24)
    return scanned_png(s, "englishreport"), {"holder_name": "SU WANTING", "sex": "F", "date_of_birth": "1996-03-11",
                                             "institution": "Xiangjiang Normal University", "major": "Chinese Language and Literature",
                                             "level": "Undergraduate", "graduation_date": "2018-06-30", "certificate_number": GRAD_NUMBER,
                                             "verification_code": "A7B2KX9QM4TZ8RWD"}


def notary_conforms() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "NOTARIAL CERTIFICATE", 36, "serif_bold")
    text_lines(s, 160, 200, ["(2026) Xiang Zheng Wai Zi No. 10233", "",
                             "This is to certify that the photocopy of the Bachelor's Degree Certificate attached hereto is in conformity",
                             "with the original, which was issued to SU Wanting by Xiangjiang Normal University on June 30, 2018 under",
                             f"certificate number {NUMBER}.", "", "Changsha Yuelu Notary Public Office", "Notary:  ZHOU Min", "November 20, 2026"],
               24, "serif", 46)
    return scanned_png(s, "notary"), {"holder_name": "SU WANTING", "institution": "Xiangjiang Normal University", "date_awarded": "2018-06-30",
                                      "certificate_number": NUMBER}


def graduation_month_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 130, "GRADUATION CERTIFICATE", 36, "serif_bold")
    s.text(700, 185, "(Translation)", 22, "serif")
    text_lines(s, 180, 280, ["SU Wanting, female, born on March 11, 1996, studied Chinese Language and Literature in the four-year",
                             "undergraduate programme of this university from September 2014 to June 2018, completed all the courses",
                             "required and is permitted to graduate.", "", "President of Xiangjiang Normal University:  LUO Jian",
                             "June 30, 2018", "", f"Certificate No.:  {GRAD_NUMBER}"], 24, "serif", 46)
    return scanned_png(s, "gradmonthfirst"), {"holder_name": "SU WANTING", "institution": "Xiangjiang Normal University",
                                              "major": "Chinese Language and Literature", "level": ("undergraduate", "本科", "bachelor"),
                                              "graduation_date": "2018-06-30", "certificate_number": GRAD_NUMBER}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-english.png", english_report, "qualification_report", "english-report"),
              ("degree-notary.png", notary_conforms, "degree_certificate", "notary-conforms"),
              ("graduation-month-first.png", graduation_month_first, "graduation_certificate", "graduation-month-first")]
    return write_drawn(folder, papers)
