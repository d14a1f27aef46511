"""A six-hundred-and-seventh drawn set, of school papers, drawn in stop 86's first round to be read cold before any reader changes for
it, in wording and layouts no earlier set drew: a degree in capitals whose subject is in brackets after it and whose honours class
is on the line under ('BACHELOR OF ENGINEERING (MECHANICAL ENGINEERING)' / 'WITH HONOURS (DISTINCTION)'), the holder's name above
'having satisfied the requirements …'; a Taiwan 學位證書 dated in the Republic's years (中華民國一百一十年六月), its department a 學系;
a Mainland 专科 graduation certificate filled in on a printed form's blanks, its dates in Han numerals. Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredseventh`). Every name and number is made up; 19194 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def capitals_subject_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 110, "MERLION TECHNICAL UNIVERSITY", 40, "serif_bold")
    text_lines(s, 260, 260, ["It is hereby certified that", "", "TAN JIAHUI", "",
                             "having satisfied the requirements of the University", "was conferred the degree of", "",
                             "BACHELOR OF ENGINEERING (MECHANICAL ENGINEERING)", "WITH HONOURS (DISTINCTION)", "",
                             "on the Eighth day of July 2021"], 28, "serif", 50)
    text_lines(s, 260, 930, ["President", "", "Registration No. U1830442K"], 22, "serif", 40)
    return scanned_png(s, "capsbrackets"), {"holder_name": "TAN JIAHUI", "institution": "MERLION TECHNICAL UNIVERSITY",
                                            "degree": ("BACHELOR OF ENGINEERING", "Bachelor of Engineering"),
                                            "major": "MECHANICAL ENGINEERING", "date_awarded": "2021-07-08"}


def taiwan_roc_dated() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("東嶼科技大學", 44), ("", 0), ("學 位 證 書", 48)], 110, 70)
    text_lines(s, 260, 420, ["學生 林柏翰 係中華民國八十八年五月十七日生", "在本校機械工程學系修業期滿成績及格",
                             "依學位授予法之規定授予工學學士學位", "", "此證"], 30, "serif_cjk", 66)
    text_lines(s, 260, 900, ["校長　陳文忠"], 30, "serif_cjk", 60)
    set_centred(s, [("中 華 民 國 一 百 一 十 年 六 月 三 十 日", 30)], 1080, 60)
    s.text(260, 1200, "學位證書字號：（110）東科大學字第0387號", 22, "serif_cjk")
    _chop(s, 1150, 800, "東嶼科技大學")
    return scanned_png(s, "rocdated"), {"holder_name": "林柏翰", "institution": "東嶼科技大學", "degree": ("工學學士", "工學學士學位"),
                                        "major": ("機械工程", "機械工程學系"), "date_awarded": "2021-06-30"}


def form_blanks_han_dates() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("毕　业　证　书", 50)], 130, 60)
    s.text(200, 300, "学生", 30, "serif_cjk")
    s.text(300, 296, "邱梓涵", 32, "sans_cjk")
    s.text(420, 300, "，性别", 30, "serif_cjk")
    s.text(540, 296, "女", 32, "sans_cjk")
    s.text(590, 300, "，", 30, "serif_cjk")
    s.text(630, 296, "二〇〇一年八月九日", 32, "sans_cjk")
    s.text(930, 300, "生，于", 30, "serif_cjk")
    text_lines(s, 200, 370, ["二〇一九年九月至二〇二二年六月在本校旅游管理专业三年制专科学习，修完", "教学计划规定的全部课程，成绩合格，准予毕业。"], 30, "serif_cjk", 66)
    text_lines(s, 900, 620, ["校　名：南湾职业技术学院", "校（院）长：许明达", "二〇二二年六月二十五日"], 28, "serif_cjk", 60)
    s.text(200, 900, "证书编号：191941202206000512", 24, "sans_cjk")
    _chop(s, 560, 700, "南湾职业技术学院")
    return scanned_png(s, "formblanks"), {"holder_name": "邱梓涵", "institution": "南湾职业技术学院", "major": "旅游管理", "level": "专科",
                                          "graduation_date": "2022-06-25", "certificate_number": "191941202206000512"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-capitals-brackets.png", capitals_subject_in_brackets, "degree_certificate", "capitals-brackets"),
              ("degree-roc-dated.png", taiwan_roc_dated, "degree_certificate", "roc-dated"),
              ("graduation-form-blanks.png", form_blanks_han_dates, "graduation_certificate", "form-blanks")]
    return write_drawn(folder, papers)
