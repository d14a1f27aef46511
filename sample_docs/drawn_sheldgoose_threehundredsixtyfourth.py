"""A three-hundred-and-sixty-fourth drawn set, of degree certificates, in wording and layouts no earlier set drew: an
English certificate whose board of trustees 'has conferred upon' the holder a degree with its field in brackets; a
Chinese bachelor's certificate whose holder 完成了本科学习计划，业已毕业, its birth to the month only; a Hong Kong
university's bilingual certificate, the Chinese first (茲證明…已修畢…頒授…學位) and the English under it. Each is a
case of its own (`scripts/bench_drawn_forms.py --set threehundredsixtyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def board_has_conferred() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "DONGHAI MARITIME UNIVERSITY", 38, "serif_bold")
    text_lines(s, 220, 260, ["The Board of Trustees of Donghai Maritime University, upon the recommendation of the Faculty,",
                             "has conferred upon", "", "XU MINGHAO", "",
                             "the degree of Master of Engineering (Software Engineering)", "",
                             "Conferred this 20th day of June 2019."], 26, "serif", 52)
    s.text(220, 800, "No. 1937432019002045", 22, "serif")
    return scanned_png(s, "boardconferred"), {"holder_name": "XU MINGHAO", "institution": "Donghai Maritime University",
                                              "degree": ("Master of Engineering", "Master of Engineering (Software Engineering)"),
                                              "major": "Software Engineering", "date_awarded": "2019-06-20",
                                              "certificate_number": "1937432019002045"}


def study_plan_completed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 52, "serif_cjk")
    text_lines(s, 200, 300, ["　　邬晨曦，男，一九九八年二月生。在赣南科技学院环境工程专业完成了本科学习计划，",
                             "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。"], 30, "serif_cjk", 68)
    text_lines(s, 900, 520, ["赣南科技学院", "学位评定委员会主席　曾凡宇", "二〇二〇年六月三十日"], 28, "serif_cjk", 60)
    _chop(s, 1420, 600, "赣南科技学院")
    s.text(200, 800, "证书编号：1937642020004512", 24, "sans_cjk")
    return scanned_png(s, "studyplan"), {"holder_name": "邬晨曦", "institution": "赣南科技学院", "degree": ("工学学士", "工学学士学位"),
                                         "major": "环境工程", "date_awarded": "2020-06-30", "certificate_number": "1937642020004512"}


def hong_kong_bilingual() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "香港東區大學", 44, "serif_cjk")
    s.text(560, 160, "EASTERN DISTRICT UNIVERSITY OF HONG KONG", 28, "serif_bold")
    text_lines(s, 220, 280, ["茲證明　陳曉琳　已修畢本大學規定之課程，經校董會批准，頒授文學碩士（翻譯）學位。"], 30, "serif_cjk", 64)
    text_lines(s, 220, 400, ["This is to certify that CHAN Hiu Lam, having completed the prescribed course of study, was",
                             "awarded by the Council the degree of Master of Arts in Translation."], 24, "serif", 46)
    text_lines(s, 220, 560, ["二零二一年十一月十九日", "19 November 2021"], 24, "serif_cjk", 46)
    return scanned_png(s, "hkbilingual"), {"holder_name": ("陳曉琳", "CHAN HIU LAM"), "institution": ("香港東區大學", "Eastern District University of Hong Kong",
                                                                                               "EASTERN DISTRICT UNIVERSITY OF HONG KONG"),
                                           "degree": ("文學碩士", "文學碩士學位", "文學碩士（翻譯）", "Master of Arts", "文学硕士"),
                                           "major": ("翻譯", "Translation", "翻译"), "date_awarded": "2021-11-19"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-board-has-conferred.png", board_has_conferred, "degree_certificate", "board-has-conferred"),
              ("degree-study-plan-completed.png", study_plan_completed, "degree_certificate", "study-plan-completed"),
              ("degree-hong-kong-bilingual.png", hong_kong_bilingual, "degree_certificate", "hong-kong-bilingual")]
    return write_drawn(folder, papers)
