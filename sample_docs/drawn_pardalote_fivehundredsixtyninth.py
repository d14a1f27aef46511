"""A five-hundred-and-sixty-ninth drawn set, of degrees in English, stop 85's first round, to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a parchment of a congregation ('At a Congregation of the University held on …', the
degree and its subject before the holder, 'was conferred upon'); a testamur ('The Council of the University hereby certifies that',
'having fulfilled the requirements of the', 'was admitted to the degree at a ceremony held on …'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredsixtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def congregation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 110, "UNIVERSITY OF EASTMOOR", 40, "serif_bold")
    text_lines(s, 330, 260, ["At a Congregation of the University held on 14 July 2020", "", "the degree of", "",
                             "Master of Science", "in Environmental Management", "", "was conferred upon", "", "ZHOU Lingyun"], 28, "serif", 52)
    text_lines(s, 330, 900, ["Vice-Chancellor", "", "Certificate Number: 2020/MSC/04417"], 22, "serif", 40)
    return scanned_png(s, "congregation"), {"holder_name": "ZHOU Lingyun", "institution": "UNIVERSITY OF EASTMOOR", "degree": ("Master of Science",),
                                            "major": "Environmental Management", "date_awarded": "2020-07-14",
                                            "certificate_number": "2020/MSC/04417"}


def testamur() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(430, 110, "The University of Westbrook", 40, "serif_bold")
    text_lines(s, 250, 250, ["The Council of the University hereby certifies that", "", "WANG Ziyue", "",
                             "having fulfilled the requirements of the", "Bachelor of Commerce", "with a major in Financial Planning",
                             "was admitted to the degree at a ceremony held on 9 December 2019."], 27, "serif", 54)
    text_lines(s, 250, 860, ["Chancellor                                        Vice-Chancellor", "", "", "Testamur number WB19C22871"], 22, "serif", 40)
    return scanned_png(s, "testamur"), {"holder_name": "WANG Ziyue", "institution": ("The University of Westbrook", "University of Westbrook"),
                                        "degree": ("Bachelor of Commerce",), "major": "Financial Planning", "date_awarded": "2019-12-09",
                                        "certificate_number": "WB19C22871"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-congregation.png", congregation, "degree_certificate", "congregation"),
              ("degree-testamur.png", testamur, "degree_certificate", "testamur")]
    return write_drawn(folder, papers)
