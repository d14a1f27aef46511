"""A three-hundred-and-fifteenth drawn set, of graduation certificates, drawn after the stop's last reader change and
read cold, in wording and layouts no earlier set drew: a certificate naming its holder in a row (学生姓名：…) over a
sentence of 该生; an English certificate with its number in its title line ('GRADUATION CERTIFICATE  No. …') and the
holder after 'Mr.' in a sentence of 'has completed the … programme'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfifteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def holder_row_over_gaisheng() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "毕业证书", 48, "serif_cjk")
    text_lines(s, 180, 240, ["学生姓名：郝思远", "", "　　该生于2014年9月至2018年6月在本校土木工程专业四年制本科学习，修完教学计划规定的全部课程，",
                             "成绩合格，准予毕业。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 600, ["晋东建筑大学", "2018年6月29日"], 28, "serif_cjk", 58)
    _chop(s, 1440, 640, "晋东建筑大学")
    s.text(180, 820, "证书编号：194351201805000946", 26, "serif_cjk")
    return scanned_png(s, "gaisheng"), {"holder_name": "郝思远", "institution": "晋东建筑大学", "major": "土木工程",
                                        "level": ("本科", "四年制本科"), "graduation_date": "2018-06-29",
                                        "certificate_number": "194351201805000946"}


def number_in_title() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 110, "GRADUATION CERTIFICATE    No. 194341202005000385", 30, "serif_bold")
    text_lines(s, 160, 220, ["Mr. RUAN Zekai, born on 9 January 1998, has completed the four-year undergraduate programme in",
                             "Software Engineering at Minbei University of Technology from September 2016 to June 2020 and",
                             "is allowed to graduate.", "", "Minbei University of Technology", "27 June 2020"], 24, "serif", 46)
    return scanned_png(s, "numtitle"), {"holder_name": "RUAN ZEKAI", "institution": "Minbei University of Technology",
                                        "major": "Software Engineering", "level": ("undergraduate", "本科"),
                                        "graduation_date": "2020-06-27", "certificate_number": "194341202005000385"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-holder-row-over-gaisheng.png", holder_row_over_gaisheng, "graduation_certificate", "holder-row-over-gaisheng"),
              ("graduation-number-in-title.png", number_in_title, "graduation_certificate", "number-in-title")]
    return write_drawn(folder, papers)
