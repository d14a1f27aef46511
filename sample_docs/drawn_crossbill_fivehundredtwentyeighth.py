"""A five-hundred-and-twenty-eighth drawn set, of degrees in traditional characters, drawn for stop 84's first round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a Taiwan diploma whose holder is dated in the Republic's
years (中華民國八十六年三月十二日生), a department's name before 修業期滿 and a word number; a Hong Kong degree line by line whose major
follows the degree after 主修 on the same line. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredtwentyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def taiwan_roc_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "學位證書", 44, "serif_cjk")
    s.text(1000, 180, "(112)北商大學字第001532號", 22, "serif_cjk")
    y = text_lines(s, 160, 270, ["　　學生林佳穎係中華民國八十六年三月十二日生，在本校企業管理學系修業期滿，", "成績及格，依學位授予法之規定，授予商學學士學位。"],
                   30, "serif_cjk", 64)
    text_lines(s, 160, y + 110, ["國立北台商業大學", "校長　鄭明德", "", "中華民國一百十二年六月十六日"], 28, "serif_cjk", 58)
    _chop(s, 1300, y + 120, "國立北台商業大學")
    return scanned_png(s, "taiwanroc"), {"holder_name": "林佳穎", "institution": "國立北台商業大學", "degree": ("商學學士", "商學學士學位"),
                                         "major": ("企業管理", "企業管理學系"), "date_awarded": "2023-06-16",
                                         "certificate_number": "(112)北商大學字第001532號"}


def hong_kong_major_after_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "香港東灣大學", 42, "serif_cjk")
    y = text_lines(s, 620, 220, ["茲證明", "", "黃詩敏", "", "已完成本校課程，獲頒授", ""], 30, "serif_cjk", 56)
    y = text_lines(s, 420, y, ["社會科學學士（榮譽）學位　主修心理學"], 32, "serif_cjk", 60)
    text_lines(s, 560, y + 60, ["二〇二二年十一月十八日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 240, ["證書編號：HKEB-SS-22-03318"], 24, "serif_cjk", 50)
    _chop(s, 1200, y + 120, "香港東灣大學")
    return scanned_png(s, "hkmajor"), {"holder_name": "黃詩敏", "institution": "香港東灣大學", "degree": ("社會科學學士（榮譽）學位", "社會科學學士"),
                                       "major": "心理學", "date_awarded": "2022-11-18", "certificate_number": "HKEB-SS-22-03318"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-taiwan-roc-years.png", taiwan_roc_years, "degree_certificate", "taiwan-roc-years"),
              ("degree-hong-kong-major-after-degree.png", hong_kong_major_after_degree, "degree_certificate", "hong-kong-major-after-degree")]
    return write_drawn(folder, papers)
