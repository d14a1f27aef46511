"""A five-hundred-and-forty-second drawn set, of Mainland degrees, drawn for stop 84's third round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a degree told as a study's years in a discipline (…同志于2016年9月至2019年6月在
我校管理科学与工程学科攻读硕士学位…); a degree by equivalent qualification (以同等学力在本校软件工程学科申请硕士学位). Each is a case of its
own (`scripts/bench_drawn_forms.py --set fivehundredfortysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def comrade_study_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "硕士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明殷晓东同志于2016年9月至2019年6月在我校管理科学与工程学科攻读硕士", "学位，完成了学位论文答辩，经学位评定委员会审核，授予管理学硕士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["冀东科技大学", "2019年6月27日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1925032019000451"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 140, "冀东科技大学")
    return scanned_png(s, "comrade"), {"holder_name": "殷晓东", "institution": "冀东科技大学", "degree": ("管理学硕士", "管理学硕士学位"),
                                       "major": "管理科学与工程", "date_awarded": "2019-06-27", "certificate_number": "1925032019000451"}


def equivalent_qualification() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "硕士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　苗秀兰，女，1988年3月19日生，以同等学力在本校软件工程学科申请硕士学位，", "通过论文答辩，经审核，授予工学硕士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["陇西理工大学", "2022年12月20日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1924932022000087"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 140, "陇西理工大学")
    return scanned_png(s, "equivq"), {"holder_name": "苗秀兰", "institution": "陇西理工大学", "degree": ("工学硕士", "工学硕士学位"),
                                      "major": "软件工程", "date_awarded": "2022-12-20", "certificate_number": "1924932022000087"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-comrade-study-years.png", comrade_study_years, "degree_certificate", "comrade-study-years"),
              ("degree-equivalent-qualification.png", equivalent_qualification, "degree_certificate", "equivalent-qualification")]
    return write_drawn(folder, papers)
