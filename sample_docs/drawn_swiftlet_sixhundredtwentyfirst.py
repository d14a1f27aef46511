"""A six-hundred-and-twenty-first drawn set, of school papers, drawn in stop 86's sixth round to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a 学士学位证书 whose holder's name and school are set letter-spaced (范 晓 东, 在 江
北 大 学); a Hong Kong degree naming its holder surname first with a comma and the Chinese name in brackets ('LIU, Xinran (刘欣然)')
and its subject after its honours ('Bachelor of Arts (Honours) in Translation'); a Hong Kong higher diploma's certificate in two
languages line by line (高級文憑 / Higher Diploma, 資訊科技 / Information Technology). Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredtwentyfirst`). Every name and number is made up; 19186 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def letter_spaced() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("学士学位证书", 50)], 120, 60)
    y = text_lines(s, 200, 300, ["　　范 晓 东 ，男，1998年5月6日生。在 江 北 大 学 土木工程专业完成了本科学习计划，",
                                 "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 120, ["江北大学校长", "学位评定委员会主席", "2020年6月28日"], 28, "serif_cjk", 56)
    s.text(200, y + 420, "证书编号：1918642020001532", 24, "sans_cjk")
    _chop(s, 560, y + 220, "江北大学")
    return scanned_png(s, "letterspaced"), {"holder_name": "范晓东", "institution": "江北大学", "degree": ("工学学士", "工学学士学位"), "major": "土木工程",
                                            "date_awarded": "2020-06-28", "certificate_number": "1918642020001532"}


def surname_comma_bracketed_han() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("THE UNIVERSITY OF VICTORIA HARBOUR", 38), ("維港大學", 34), ("", 0), ("This is to certify that", 24), ("", 0),
                    ("LIU, Xinran (刘欣然)", 34), ("", 0), ("having completed the approved programme of study", 24), ("was awarded the degree of", 24),
                    ("", 0), ("Bachelor of Arts (Honours) in Translation", 32), ("", 0), ("on 28 November 2022", 24)], 120, 56)
    text_lines(s, 260, 1000, ["Vice-Chancellor", "", "Registrar"], 22, "serif", 40)
    return scanned_png(s, "surnamecomma"), {"holder_name": ("LIU Xinran", "LIU XINRAN", "刘欣然"), "institution": ("THE UNIVERSITY OF VICTORIA HARBOUR", "維港大學"),
                                            "degree": ("Bachelor of Arts", "Bachelor of Arts (Honours)"), "major": "Translation",
                                            "date_awarded": "2022-11-28"}


def higher_diploma_line_by_line() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("沙田科技專業學院", 40), ("Shatin Institute of Technology", 30), ("", 0), ("畢業證書  Certificate of Graduation", 30)], 110, 60)
    y = text_lines(s, 240, 430, ["茲證明", "This is to certify that", "", "何子晴  HE Ziqing", "", "已完成", "has completed", "",
                                 "高級文憑（資訊科技）", "Higher Diploma in Information Technology", "", "日期 Date: 2022年7月8日  8 July 2022"],
                   26, "serif_cjk", 48)
    s.text(240, y + 120, "證書編號 Certificate No.: STIT-HD-22-1187", 22, "sans_cjk")
    return scanned_png(s, "linebyline"), {"holder_name": ("何子晴", "HE Ziqing", "HE ZIQING"), "institution": ("沙田科技專業學院", "Shatin Institute of Technology"),
                                          "major": ("資訊科技", "Information Technology"), "level": ("高級文憑", "Higher Diploma", "专科", "專科"),
                                          "graduation_date": "2022-07-08", "certificate_number": "STIT-HD-22-1187"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-letter-spaced.png", letter_spaced, "degree_certificate", "letter-spaced"),
              ("degree-surname-comma.png", surname_comma_bracketed_han, "degree_certificate", "surname-comma"),
              ("graduation-line-by-line.png", higher_diploma_line_by_line, "graduation_certificate", "line-by-line")]
    return write_drawn(folder, papers)
