"""A three-hundred-and-forty-second drawn set, of degrees and a report, drawn at stop 77 and read cold before any reader
change for it, in wording and layouts no earlier set drew: a senate that 'has conferred upon' the holder a degree with
its letters in brackets ('Bachelor of Laws (LL.B.)'), 'on this 28th day of June 2018'; a Macau university's degree in
traditional characters whose major follows 主修 and whose degree is 'specially conferred' (特頒授); a report whose rows
are a grid of two pairs a row (姓名 | … | 性别 | …). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredfortysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def senate_conferred_upon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "MINHAI UNIVERSITY", 40, "serif_bold")
    text_lines(s, 200, 260, ["The Senate of Minhai University, on the recommendation of the Faculty of Law,",
                             "has conferred upon ZHENG Haoyu the degree of", "", "Bachelor of Laws (LL.B.)", "",
                             "on this 28th day of June 2018."], 28, "serif", 56)
    text_lines(s, 200, 700, ["President", "", "Registrar"], 24, "serif", 44)
    return scanned_png(s, "senate"), {"holder_name": "ZHENG HAOYU", "degree": ("Bachelor of Laws", "Bachelor of Laws (LL.B.)"),
                                      "institution": "Minhai University", "date_awarded": "2018-06-28"}


def macau_specially_conferred() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "澳門濠江大學", 48, "serif_cjk")
    s.text(660, 210, "學位證書", 40, "serif_cjk")
    text_lines(s, 220, 340, ["茲證明何嘉怡修畢本校工商管理學士學位課程，主修市場學，成績合格，", "特頒授工商管理學士學位。", "",
                             "校長　梁國華", "", "二〇二一年七月十日"], 30, "serif_cjk", 64)
    s.text(220, 800, "證書編號：MHU-2021-BBA-0458", 24, "serif_cjk")
    return scanned_png(s, "macau"), {"holder_name": "何嘉怡", "institution": "澳門濠江大學", "degree": ("工商管理學士", "工商管理學士學位"),
                                     "major": ("市場學", "市场学"), "date_awarded": "2021-07-10"}


def grid_of_pairs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    _ruled(s, 160, 240, [["姓名", "姜若彤", "性别", "女"], ["出生日期", "2001年11月3日", "层次", "本科"],
                         ["毕业院校", "闽东海洋学院", "专业", "海洋科学"], ["毕业日期", "2023年6月30日", "证书编号", "193961202305004471"],
                         ["在线验证码", "K7WQ3ZN9PX2MT4RB", "", ""]], [220, 420, 220, 480], 64, 26)
    return scanned_png(s, "grid"), {"holder_name": "姜若彤", "sex": "F", "date_of_birth": "2001-11-03", "institution": "闽东海洋学院",
                                    "major": "海洋科学", "level": ("本科", "四年制本科"), "graduation_date": "2023-06-30",
                                    "certificate_number": "193961202305004471", "verification_code": "K7WQ3ZN9PX2MT4RB"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-senate-conferred-upon.png", senate_conferred_upon, "degree_certificate", "senate-conferred-upon"),
              ("degree-macau-specially-conferred.png", macau_specially_conferred, "degree_certificate", "macau-specially-conferred"),
              ("report-grid-of-pairs.png", grid_of_pairs, "qualification_report", "grid-of-pairs")]
    return write_drawn(folder, papers)
