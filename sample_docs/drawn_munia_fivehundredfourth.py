"""A five-hundred-and-fourth drawn set, of degrees in English, drawn before stop 83's reader changes for it, in wording and layouts
no earlier set drew: a diploma set line by line ('has conferred on' / name / 'the degree of' / degree / 'in' / subject), given on
'June 15, 2023'; a translation's rows under labels no earlier degree used (Holder, Awarding Body, Degree Awarded, Field, Date of
Award); a doctorate 'admitted by' the university 'to the degree of' after a thesis. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def diploma_line_by_line() -> tuple[bytes, dict]:
    s = Sheet()
    for y, text, size in [(110, "Northreach Polytechnic University", 38), (210, "upon the recommendation of the faculty has conferred on", 22),
                          (290, "JIANG Xinyi", 34), (370, "the degree of", 22), (440, "Master of Science", 34), (520, "in", 22),
                          (590, "Materials Science and Engineering", 30),
                          (680, "with all the rights, privileges and honors thereto appertaining.", 22),
                          (760, "Given at Shenzhen on June 15, 2023.", 22)]:
        s.text(827 - len(text) * size * 25 // 100, y, text, size, "serif_bold" if size >= 30 else "serif")
    text_lines(s, 200, 900, ["President", "", "Diploma No. NPU-MS-23-01582"], 22, "serif", 40)
    return scanned_png(s, "diplomalines"), {"holder_name": "JIANG Xinyi", "institution": "Northreach Polytechnic University",
                                            "degree": ("Master of Science",), "major": "Materials Science and Engineering",
                                            "date_awarded": "2023-06-15", "certificate_number": "NPU-MS-23-01582"}


def translation_new_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "Translation of Degree Certificate", 32, "serif_bold")
    text_lines(s, 200, 220, ["Holder: SONG Kexin", "Gender: Female", "Date of Birth: 3 March 1997",
                             "Awarding Body: Qinling University of Agriculture", "Degree Awarded: Bachelor of Agriculture", "Field: Horticulture",
                             "Date of Award: 26 June 2019", "Certificate No.: 1927742019000885", "",
                             "Translated from the Chinese original by the undersigned."], 24, "serif", 52)
    return scanned_png(s, "newlabels"), {"holder_name": "SONG Kexin", "institution": "Qinling University of Agriculture",
                                         "degree": ("Bachelor of Agriculture",), "major": "Horticulture", "date_awarded": "2019-06-26",
                                         "certificate_number": "1927742019000885"}


def admitted_after_thesis() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "Yangcheng University", 40, "serif_bold")
    text_lines(s, 160, 240, ["This certifies that HUANG Zhiqiang, having presented a thesis entitled 'Fatigue of Welded Steel Joints'",
                             "and passed the prescribed examinations, was admitted by Yangcheng University to the degree of Doctor of",
                             "Philosophy in Structural Engineering on 10 December 2022.", "", "",
                             "Vice-Chancellor                                   Registrar", "", "Certificate No. 1927622022000056"], 23, "serif", 44)
    return scanned_png(s, "admittedthesis"), {"holder_name": "HUANG Zhiqiang", "institution": "Yangcheng University",
                                              "degree": ("Doctor of Philosophy",), "major": "Structural Engineering",
                                              "date_awarded": "2022-12-10", "certificate_number": "1927622022000056"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-diploma-line-by-line.png", diploma_line_by_line, "degree_certificate", "diploma-line-by-line"),
              ("degree-translation-new-labels.png", translation_new_labels, "degree_certificate", "translation-new-labels"),
              ("degree-admitted-after-thesis.png", admitted_after_thesis, "degree_certificate", "admitted-after-thesis")]
    return write_drawn(folder, papers)
