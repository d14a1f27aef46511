"""A five-hundred-and-thirty-eighth drawn set, of graduation certificates, drawn for stop 84's second round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a Mainland certificate whose particulars are labelled rows under
the sentence (学习年限：2015年9月至2019年6月, 层次：本科, 专业：…); a translated three-year college certificate ('studied in the three-year
college programme of Nursing … from September 2016 to July 2019 and is qualified to graduate'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredthirtyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def labelled_rows_under_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　学生甄梓萌，女，1997年4月生，在本校学习期满，成绩合格，准予毕业。"], 30, "serif_cjk", 62)
    y = text_lines(s, 200, y + 40, ["专　　业：食品科学与工程", "层　　次：本科", "学习年限：2015年9月至2019年6月", "证书编号：192541201906000733"],
                   28, "serif_cjk", 58)
    text_lines(s, 860, y + 80, ["皖江农业大学", "二〇一九年六月二十六日"], 28, "serif_cjk", 56)
    _chop(s, 1320, y + 40, "皖江农业大学")
    return scanned_png(s, "gradrows"), {"holder_name": "甄梓萌", "institution": "皖江农业大学", "major": "食品科学与工程", "level": ("本科",),
                                        "graduation_date": "2019-06-26", "certificate_number": "192541201906000733"}


def translated_college_nursing() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "Certificate of Graduation", 36, "serif_bold")
    s.text(690, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 250, ["This is to certify that LAN Xiaoyu, female, born in February 2000, studied in the three-year college programme",
                             "of Nursing at this college from September 2016 to July 2019, completed all required courses and is qualified",
                             "to graduate.", "", "Xiangxi Health Vocational College", "President: PENG Lihua", "July 5, 2019", "",
                             "Certificate No.: 192531201907000215"], 23, "serif", 46)
    return scanned_png(s, "nursing"), {"holder_name": "LAN Xiaoyu", "institution": "Xiangxi Health Vocational College", "major": "Nursing",
                                       "level": ("college", "three-year college", "associate", "专科"), "graduation_date": "2019-07-05",
                                       "certificate_number": "192531201907000215"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-labelled-rows-under-sentence.png", labelled_rows_under_sentence, "graduation_certificate",
               "labelled-rows-under-sentence"),
              ("graduation-translated-college-nursing.png", translated_college_nursing, "graduation_certificate", "translated-college-nursing")]
    return write_drawn(folder, papers)
