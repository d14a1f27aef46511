"""A five-hundred-and-ninety-fourth drawn set, stop 85's fourth round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: a hospital's letter of work with its dates in Han numerals ('于二〇一三年七月一日至二〇一九年三月十五日在我院
工作，任主治医师'), signed by the hospital; a graduation certificate translated into English with three labels on one line ('Name: …
Gender: …  Date of Birth: …'), 'Length of Schooling', dates in ISO form. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredninetyfourth`). Every name and number is made up; 19207 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def hospital_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "证明", 48, "serif_cjk")
    y = text_lines(s, 200, 260, ["　　兹证明孔令辉同志于二〇一三年七月一日至二〇一九年三月十五日在我院工作，任主治医师。",
                                 "　　特此证明。"], 30, "serif_cjk", 64)
    text_lines(s, 950, y + 120, ["湘江中心医院", "二〇二六年十一月二十日"], 28, "serif_cjk", 56)
    _chop(s, 650, y + 170, "湘江中心医院")
    return scanned_png(s, "hospital"), {"employer": "湘江中心医院", "position": "主治医师", "start_date": "2013-07-01", "end_date": "2019-03-15"}


def three_labels_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "Graduation Certificate", 40, "serif_bold")
    rows = [("Name: Fan Zhiyuan", "Gender: Male", "Date of Birth: 1999-10-02"), ("Major: Environmental Engineering", "Length of Schooling: Four years", ""),
            ("Level: Undergraduate", "Period: 2017-09 to 2021-06", ""), ("School: Jianghuai University", "", ""),
            ("Certificate No.: 192071202106000666", "", ""), ("Date of Issue: 2021-06-30", "", "")]
    for n, row in enumerate(rows):
        for x, cell in zip((180, 760, 1140), row):
            if cell:
                s.text(x, 260 + 64 * n, cell, 24, "sans")
    return scanned_png(s, "threelabels"), {"holder_name": "Fan Zhiyuan", "institution": "Jianghuai University", "major": "Environmental Engineering",
                                           "level": ("Undergraduate", "undergraduate", "本科"), "graduation_date": "2021-06-30",
                                           "certificate_number": "192071202106000666"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-hospital-letter.png", hospital_letter, "work_experience_letter", "hospital-letter"),
              ("graduation-three-labels-a-line.png", three_labels_a_line, "graduation_certificate", "three-labels-a-line")]
    return write_drawn(folder, papers)
