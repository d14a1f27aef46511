"""A three-hundred-and-eighty-eighth drawn set, read cold before any reader change for it, in wording and layouts no
earlier set drew: a Chinese doctor's degree certificate whose holder 在…学科完成了博士学位的课程学习和博士学位论文; an English
report told in one sentence ('According to the records, … (male, born …) completed a 4-year undergraduate programme in …
at … and graduated on …'); a graduation certificate whose particulars are labelled lines (学生姓名, 专业, 学习形式,
学制, 毕业时间). Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredeightyeighth`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def doctors_thesis() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "博士学位证书", 52, "serif_cjk")
    text_lines(s, 200, 300, ["　　滕浩宇，男，1990年1月2日生。在冀中理工大学材料科学与工程学科完成了博士学位的课程学习和",
                             "博士学位论文，成绩合格。根据《中华人民共和国学位条例》的规定，授予工学博士学位。"], 30, "serif_cjk", 68)
    text_lines(s, 900, 520, ["冀中理工大学", "学位评定委员会主席　闻永康", "2020年12月18日"], 28, "serif_cjk", 60)
    _chop(s, 1420, 600, "冀中理工大学")
    s.text(200, 800, "证书编号：1935622020000087", 24, "sans_cjk")
    return scanned_png(s, "doctors"), {"holder_name": "滕浩宇", "institution": "冀中理工大学", "degree": ("工学博士", "工学博士学位"),
                                       "major": "材料科学与工程", "date_awarded": "2020-12-18", "certificate_number": "1935622020000087"}


def report_in_one_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Online Verification Report of Higher Education Qualification", 30, "serif_bold")
    text_lines(s, 180, 230, ["According to the records, QIAO Xin (male, born 1997-03-21) completed a 4-year undergraduate",
                             "programme in Civil Engineering at Xuchang University and graduated on 2019-06-30.", "",
                             "Certificate No.: 193551201906001100", "Online Verification Code: T7PQ2WX9KM4ZR8NB"], 26, "serif", 50)
    return scanned_png(s, "onesentenceen"), {"holder_name": "QIAO XIN", "sex": "M", "date_of_birth": "1997-03-21",
                                             "institution": "Xuchang University", "major": "Civil Engineering",
                                             "level": ("undergraduate", "bachelor", "本科"), "graduation_date": "2019-06-30",
                                             "certificate_number": "193551201906001100", "verification_code": "T7PQ2WX9KM4ZR8NB"}


def graduation_labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 52, "serif_cjk")
    text_lines(s, 260, 260, ["学生姓名：蒋梓萱", "性　　别：女", "出生日期：1998年7月15日", "专　　业：视觉传达设计",
                             "学习形式：全日制", "学　　制：四年", "层　　次：本科", "毕业时间：2020年6月24日"], 28, "serif_cjk", 62)
    text_lines(s, 900, 820, ["皖南艺术学院", "校长：柏文华"], 28, "serif_cjk", 60)
    _chop(s, 1420, 860, "皖南艺术学院")
    s.text(260, 980, "证书编号：193541202006002058", 24, "sans_cjk")
    return scanned_png(s, "gradlabelled"), {"holder_name": "蒋梓萱", "institution": "皖南艺术学院", "major": "视觉传达设计",
                                            "level": ("本科",), "graduation_date": "2020-06-24", "certificate_number": "193541202006002058"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-doctors-thesis.png", doctors_thesis, "degree_certificate", "doctors-thesis"),
              ("report-in-one-sentence.png", report_in_one_sentence, "qualification_report", "in-one-sentence"),
              ("graduation-labelled-lines.png", graduation_labelled_lines, "graduation_certificate", "labelled-lines")]
    return write_drawn(folder, papers)
