"""A five-hundred-and-fifty-ninth drawn set, of work experience letters in Chinese, drawn for stop 84's fifth round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a hospital's letter (该同志自2014年3月起至2019年12月止在我院工作，
任主治医师), signed by the hospital; a certificate of employment as labelled lines ending 目前仍在职. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfiftyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def hospital_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹有我院职工邹立新同志，该同志自2014年3月起至2019年12月止在我院工作，任主治医师。", "　　特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["襄阳市第三人民医院", "2026年11月16日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "襄阳市第三人民医院")
    return scanned_png(s, "hospital"), {"employer": "襄阳市第三人民医院", "position": "主治医师", "start_date": "2014-03-01", "end_date": "2019-12-31"}


def labelled_lines_still_employed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "在职证明", 44, "serif_cjk")
    y = text_lines(s, 200, 240, ["姓　　名：牛佳怡", "身份证号码：（略）", "入职日期：2017年8月21日", "岗　　位：跨境电商运营主管", "", "　　该员工目前仍在职。特此证明。"],
                   28, "serif_cjk", 58)
    text_lines(s, 860, y + 100, ["义乌国际商贸城电子商务有限公司", "2026年11月15日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "义乌国际商贸城电子商务有限公司")
    return scanned_png(s, "stillemp"), {"employer": "义乌国际商贸城电子商务有限公司", "position": "跨境电商运营主管", "start_date": "2017-08-21",
                                        "end_date": "2026-11-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-hospital-letter.png", hospital_letter, "work_experience_letter", "hospital-letter"),
              ("work-labelled-lines-still-employed.png", labelled_lines_still_employed, "work_experience_letter", "labelled-lines-still-employed")]
    return write_drawn(folder, papers)
