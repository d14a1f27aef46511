"""A two-hundred-and-ninety-fifth drawn set, of graduation certificates, in layouts and wording no earlier set drew: a
master's programme's graduation certificate in English ('studied in the Master's programme of … at the Graduate School
of …', 'is hereby granted graduation'); a certificate whose rows stand right of a photograph's frame and whose sentence
below names the holder as 该生; a traditional Chinese certificate whose student 'has completed the course of' a major
(修完…專業…課程) and whose school signs after 此證; an English certificate in capitals ('THIS IS TO CERTIFY THAT …
HAS GRADUATED FROM THE …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredninetyfifth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def granted_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "Graduation Certificate for Postgraduates", 32, "serif_bold")
    text_lines(s, 160, 230, ["This is to certify that Ms. YU Qing, born on 21 October 1993, studied in the Master's programme of",
                             "Applied Statistics at the Graduate School of Huaiyang University from September 2016 to June 2019,",
                             "completed all the required courses and passed the thesis defence. She is hereby granted graduation."],
               24, "serif", 46)
    text_lines(s, 900, 460, ["Huaiyang University", "28 June 2019"], 24, "serif", 44)
    s.text(160, 640, "Certificate No. 194681201902000264", 22, "serif")
    return scanned_png(s, "granted"), {"holder_name": "YU QING", "institution": "Huaiyang University", "major": "Applied Statistics",
                                       "level": ("硕士研究生", "研究生", "master", "postgraduate"), "graduation_date": "2019-06-28",
                                       "certificate_number": "194681201902000264"}


def rows_beside_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "毕业证书", 48, "serif_cjk")
    s.d.rectangle([180, 220, 480, 620], outline="black", width=2)
    s.text(270, 400, "照片", 28, "serif_cjk", ink=(150, 150, 150))
    text_lines(s, 560, 240, ["姓名：韦思琪", "性别：女", "出生日期：1998年7月30日", "专业：广告学", "学制：四年", "层次：本科"],
               28, "serif_cjk", 64)
    text_lines(s, 180, 700, ["　　该生于2016年9月至2020年6月在本校学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 820, ["桂北传媒学院", "2020年6月29日"], 28, "serif_cjk", 56)
    _chop(s, 1330, 880, "桂北传媒学院")
    s.text(180, 1000, "证书编号：194671202005001093", 26, "serif_cjk")
    return scanned_png(s, "photo"), {"holder_name": "韦思琪", "institution": "桂北传媒学院", "major": "广告学", "level": "本科",
                                     "graduation_date": "2020-06-29", "certificate_number": "194671202005001093"}


def traditional_course_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "畢業證書", 48, "serif_cjk")
    text_lines(s, 180, 250, ["　　學生黎浩然，男，1995年1月16日生，於2013年9月入學，", "修完本校金融學專業四年制本科課程，成績合格，准予畢業。", "",
                             "　　此證。"], 30, "serif_cjk", 64)
    text_lines(s, 900, 580, ["嶺東財經大學", "2017年6月27日"], 30, "serif_cjk", 60)
    _chop(s, 1440, 560, "嶺東財經大學")
    s.text(180, 800, "證書編號：194661201705000758", 26, "serif_cjk")
    return scanned_png(s, "course"), {"holder_name": ("黎浩然",), "institution": ("嶺東財經大學", "岭东财经大学"),
                                      "major": ("金融學", "金融学"), "level": "本科", "graduation_date": "2017-06-27",
                                      "certificate_number": "194661201705000758"}


def capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "CERTIFICATE OF GRADUATION", 36, "serif_bold")
    text_lines(s, 160, 240, ["THIS IS TO CERTIFY THAT KONG LINGYU, MALE, BORN ON 5 MAY 1996, HAS GRADUATED FROM THE",
                             "FOUR-YEAR UNDERGRADUATE PROGRAMME IN MECHANICAL DESIGN, MANUFACTURING AND AUTOMATION OF",
                             "DONGTING INSTITUTE OF TECHNOLOGY ON 30 JUNE 2018."], 24, "serif", 46)
    text_lines(s, 160, 480, ["CERTIFICATE NO.: 194651201805002417", "PRESIDENT: HUANG QIMING"], 22, "serif", 42)
    return scanned_png(s, "capitals"), {"holder_name": "KONG LINGYU", "institution": ("DONGTING INSTITUTE OF TECHNOLOGY", "Dongting Institute of Technology"),
                                        "major": ("MECHANICAL DESIGN, MANUFACTURING AND AUTOMATION", "Mechanical Design, Manufacturing and Automation"),
                                        "level": ("undergraduate", "本科", "bachelor", "UNDERGRADUATE"), "graduation_date": "2018-06-30",
                                        "certificate_number": "194651201805002417"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-granted.png", granted_graduation, "graduation_certificate", "granted-graduation"),
              ("graduation-rows-beside-photo.png", rows_beside_photo, "graduation_certificate", "rows-beside-photo"),
              ("graduation-traditional-course-of.png", traditional_course_of, "graduation_certificate", "traditional-course-of"),
              ("graduation-capitals.png", capitals, "graduation_certificate", "capitals")]
    return write_drawn(folder, papers)
