"""A five-hundred-and-fifty-fifth drawn set, of degrees in English, drawn for stop 84's fifth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a council's conferment with the subject in brackets and the holder after
the degree ('has conferred the degree of Bachelor of Commerce (Accounting and Finance) upon …'); a record laid out in two columns of
label and value pairs on the same rows ('Name' … 'Date of Award' …, 'Degree' … 'Certificate No.' …). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfiftyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def council_subject_bracketed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "Pacific Rim University of Business", 36, "serif_bold")
    text_lines(s, 160, 230, ["The Council of Pacific Rim University of Business has conferred the degree of Bachelor of Commerce",
                             "(Accounting and Finance) upon DING Yuxuan on 9 December 2021.", "", "", "Chancellor", "",
                             "Certificate No. PRUB/BCOM/21/3318"], 23, "serif", 46)
    return scanned_png(s, "councilbr"), {"holder_name": "DING Yuxuan", "institution": "Pacific Rim University of Business",
                                         "degree": ("Bachelor of Commerce",), "major": "Accounting and Finance", "date_awarded": "2021-12-09",
                                         "certificate_number": "PRUB/BCOM/21/3318"}


def two_columns_of_pairs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "Kowloon Peninsula University", 36, "serif_bold")
    s.text(620, 170, "Record of Award", 28, "serif")
    rows = [(("Name", "CAO Wenjing"), ("Date of Award", "16 November 2022")), (("Degree", "Master of Social Sciences"), ("Certificate No.", "KPU-22-MSS-0583")),
            (("Major", "Counselling"), ("Faculty", "Social Sciences"))]
    for i, pair_row in enumerate(rows):
        for j, (label, value) in enumerate(pair_row):
            s.text(160 + 720 * j, 260 + 64 * i, label, 23, "sans")
            s.text(340 + 720 * j, 260 + 64 * i, value, 23, "sans")
    return scanned_png(s, "twocolpairs"), {"holder_name": "CAO Wenjing", "institution": "Kowloon Peninsula University",
                                           "degree": ("Master of Social Sciences",), "major": "Counselling", "date_awarded": "2022-11-16",
                                           "certificate_number": "KPU-22-MSS-0583"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-council-subject-bracketed.png", council_subject_bracketed, "degree_certificate", "council-subject-bracketed"),
              ("degree-two-columns-of-pairs.png", two_columns_of_pairs, "degree_certificate", "two-columns-of-pairs")]
    return write_drawn(folder, papers)
