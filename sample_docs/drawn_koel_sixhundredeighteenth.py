"""A six-hundred-and-eighteenth drawn set, of school papers, drawn in stop 86's fifth round to be read cold before any reader changes for
it, in wording and layouts no earlier set drew: a 博士学位证书 whose field is a 学科 (在计算机科学与技术学科通过博士学位的课程考试和论文答辩);
an American master's degree dated in words ('Given at Boston, Massachusetts on the twentieth day of May, two thousand twenty-three'),
the Trustees having conferred it upon the holder; a graduation certificate's English translation with its photo's frame, the school
under its seal and the number as a 'Certificate Serial No.'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredeighteenth`). Every name and number is made up; 19189 and 19188 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def doctorate_by_discipline() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("博士学位证书", 50)], 120, 60)
    y = text_lines(s, 200, 300, ["　　齐昊天，男，1990年2月11日生。在计算机科学与技术学科通过博士学位的课程考试和论文答辩，",
                                 "成绩合格。根据《中华人民共和国学位条例》的规定，授予工学博士学位。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 120, ["滇池理工大学", "学位评定委员会主席", "2021年12月20日"], 28, "serif_cjk", 56)
    s.text(200, y + 420, "证书编号：1918922021000019", 24, "sans_cjk")
    _chop(s, 560, y + 220, "滇池理工大学")
    return scanned_png(s, "bydiscipline"), {"holder_name": "齐昊天", "institution": "滇池理工大学", "degree": ("工学博士", "工学博士学位"),
                                            "major": "计算机科学与技术", "date_awarded": "2021-12-20", "certificate_number": "1918922021000019"}


def american_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("HARBOR STATE UNIVERSITY", 42), ("", 0), ("The Trustees of the University, on the recommendation of the Faculty,", 24),
                    ("have conferred upon", 24), ("", 0), ("Qin Yufei", 38), ("", 0), ("the degree of", 24), ("Master of Science in Data Analytics", 34),
                    ("", 0), ("with all the honors, rights and privileges belonging to that degree.", 24), ("", 0),
                    ("Given at Boston, Massachusetts on the twentieth day of May, two thousand twenty-three.", 22)], 120, 56)
    text_lines(s, 260, 1020, ["President", "", "Chair of the Board of Trustees"], 22, "serif", 40)
    return scanned_png(s, "inwords"), {"holder_name": ("Qin Yufei", "QIN YUFEI"), "institution": "HARBOR STATE UNIVERSITY",
                                       "degree": ("Master of Science", "Master of Science in Data Analytics"), "major": "Data Analytics",
                                       "date_awarded": "2023-05-20"}


def translation_serial_no() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "Graduation Certificate", 38, "serif_bold")
    s.text(650, 160, "(Translation)", 24, "serif")
    s.d.rectangle([1250, 230, 1480, 520], outline="black", width=2)
    s.text(1330, 360, "Photo", 24, "serif")
    text_lines(s, 160, 250, ["Student Tang Yiran, female, born on 2 April 1999, studied", "in the four-year undergraduate program of Tourism",
                             "Management from September 2017 to June 2021 at this", "university, completed all the courses required and passed",
                             "the examinations, and is hereby permitted to graduate."], 26, "serif", 52)
    text_lines(s, 160, 640, ["Nanling Normal University (Seal)", "President: LIANG Zhiping", "Certificate Serial No.: 191881202106004471",
                             "June 25, 2021"], 26, "serif", 54)
    return scanned_png(s, "serialno"), {"holder_name": ("Tang Yiran", "TANG YIRAN"), "institution": "Nanling Normal University", "major": "Tourism Management",
                                        "level": ("undergraduate", "本科"), "graduation_date": "2021-06-25", "certificate_number": "191881202106004471"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-by-discipline.png", doctorate_by_discipline, "degree_certificate", "by-discipline"),
              ("degree-american-in-words.png", american_in_words, "degree_certificate", "american-in-words"),
              ("graduation-serial-no.png", translation_serial_no, "graduation_certificate", "serial-no")]
    return write_drawn(folder, papers)
