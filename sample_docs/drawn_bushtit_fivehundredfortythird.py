"""A five-hundred-and-forty-third drawn set, of degrees in traditional characters, drawn for stop 84's third round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a Hong Kong degree whose holder completed a named
programme and is then granted the degree (已完成工商管理碩士課程…特此頒授工商管理碩士學位); a Taiwan master's diploma of an in-service
programme (電機工程學系碩士在職專班), the holder called 研究生, the degree examination passed. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfortythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def hong_kong_programme_then_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "香港北角管理大學", 42, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　茲證明梁凱琳已完成本校工商管理碩士課程，成績合格，經教務委員會審核，特此頒授", "工商管理碩士學位。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["校長", "二〇二三年十二月八日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["證書編號：NPMU-MBA-23-0412"], 24, "serif_cjk", 50)
    _chop(s, 1300, y + 220, "香港北角管理大學")
    return scanned_png(s, "hkprog"), {"holder_name": "梁凱琳", "institution": "香港北角管理大學", "degree": ("工商管理碩士", "工商管理碩士學位"),
                                      "date_awarded": "2023-12-08", "certificate_number": "NPMU-MBA-23-0412"}


def taiwan_in_service_master() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "碩士學位證書", 44, "serif_cjk")
    s.text(1000, 180, "(111)南工大碩字第000873號", 22, "serif_cjk")
    y = text_lines(s, 160, 270, ["　　研究生簡志明係中華民國七十九年十月三日生，在本校電機工程學系碩士在職專班", "修業期滿，成績及格，經碩士學位考試通過，依學位授予法之規定，授予工學碩士學位。"],
                   30, "serif_cjk", 64)
    text_lines(s, 160, y + 110, ["國立南台工業大學", "校長　許文華", "", "中華民國一百一十一年七月一日"], 28, "serif_cjk", 58)
    _chop(s, 1300, y + 280, "國立南台工業大學")
    return scanned_png(s, "twinservice"), {"holder_name": "簡志明", "institution": "國立南台工業大學", "degree": ("工學碩士", "工學碩士學位"),
                                           "major": ("電機工程", "電機工程學系"), "date_awarded": "2022-07-01",
                                           "certificate_number": "(111)南工大碩字第000873號"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-hong-kong-programme-then-degree.png", hong_kong_programme_then_degree, "degree_certificate", "hong-kong-programme-then-degree"),
              ("degree-taiwan-in-service-master.png", taiwan_in_service_master, "degree_certificate", "taiwan-in-service-master")]
    return write_drawn(folder, papers)
