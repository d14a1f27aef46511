"""A fifty-sixth drawn set, drawn after the fifty-fifth was mended: certificates in three layouts no set drew. A
graduation certificate in two columns on one page, Chinese on the left and its English on the right, as a
Sino-foreign university issues it; a Mainland university's degree certificate in English only, its date in the US
order; a second bachelor's degree ('第二学士学位') in Chinese. Each is a case of its own. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set fiftysixth`). Every name, number and
institution is made up."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, write_sheets

# The made-up institutions' codes in the certificate numbers (198xx) are no real institution's.


def graduation_two_columns() -> tuple[Sheet, dict]:
    s = Sheet()
    s.img = Image.new("RGB", (2339, 1654), "white")  # landscape
    s.d = ImageDraw.Draw(s.img)
    s.d.line([1170, 120, 1170, 1540], fill=(160, 160, 160), width=2)
    zh = ["毕 业 证 书", "", "学生 韦晓岚，女，1997年4月18日生，于2015年9月至", "2019年6月在本校国际商务专业四年制本科学习，",
          "修完教学计划规定的全部课程，成绩合格，准予毕业。", "", "校长：陈立华", "甬江诺森大学", "二〇一九年七月一日",
          "证书编号：198621201905001873"]
    en = ["GRADUATION CERTIFICATE", "", "This is to certify that WEI Xiaolan, female, born on 18 April 1997,",
          "studied International Business in the four-year undergraduate", "programme of this University from September 2015 to June 2019,",
          "completed all required courses with satisfactory results, and is", "hereby permitted to graduate.", "",
          "President: CHEN Lihua", "Yongjiang Northern University", "1 July 2019", "Certificate No.: 198621201905001873"]
    for col, lines, font in ((120, zh, "serif_cjk"), (1240, en, "serif")):
        y = 160
        for k, line in enumerate(lines):
            s.text(col if k else col + 280, y, line, 44 if k == 0 else 30, font)
            y += 90 if k == 0 else 62
    return s, {"holder_name": ("韦晓岚", "WEI XIAOLAN"), "institution": ("甬江诺森大学", "Yongjiang Northern University"),
               "major": ("国际商务", "International Business"), "level": ("本科", "undergraduate"),
               "graduation_date": "2019-07-01", "certificate_number": "198621201905001873"}


def degree_in_english() -> tuple[Sheet, dict]:
    s = Sheet()
    s.d.rectangle([90, 90, 1564, 2249], outline=(120, 20, 30), width=8)
    s.text(430, 260, "Southwest Plateau University of Technology", 42, "serif_bold")
    s.text(560, 420, "DEGREE CERTIFICATE", 48, "serif_bold")
    s.wrapped(220, 600, "This is to certify that QIN Mingrui, male, born on March 9, 1993, having completed the "
                        "prescribed programme of study in Electrical Engineering and passed the thesis defence, "
                        "has been awarded the degree of Master of Engineering by this University on June 30, 2018.",
              60, 32, "serif", 56)
    s.text(220, 1200, "Chairman, Academic Degrees Committee", 28, "serif")
    s.text(220, 1260, "Certificate No.: 1987332018000522", 28, "serif")
    return s, {"holder_name": "QIN MINGRUI", "date_of_birth": "1993-03-09", "institution": "Southwest Plateau University of Technology",
               "degree": "Master of Engineering", "major": "Electrical Engineering", "date_awarded": "2018-06-30",
               "certificate_number": "1987332018000522"}


def second_bachelor() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(440, 220, "学 士 学 位 证 书", 70, "serif_cjk")
    s.text(600, 330, "（第二学士学位）", 40, "serif_cjk")
    body = ("柯雨辰，男，1995年11月3日生。在东湖政法大学法学专业完成了第二学士学位教育的学习，"
            "成绩合格，达到学士学位学术水平。根据《中华人民共和国学位条例》的规定，授予法学学士学位。")
    y = 520
    for k in range(0, len(body), 22):
        s.text(200, y, body[k:k + 22], 46, "serif_cjk")
        y += 92
    s.text(860, y + 140, "东湖政法大学校长", 40, "serif_cjk")
    s.text(860, y + 210, "2020年6月28日", 40, "serif_cjk")
    s.text(200, 2050, "证书编号：1987042020002931", 32, "serif_cjk")
    return s, {"holder_name": "柯雨辰", "date_of_birth": "1995-11-03", "institution": "东湖政法大学",
               "degree": ("法学学士学位", "法学学士"), "major": "法学", "date_awarded": "2020-06-28",
               "certificate_number": "1987042020002931"}


LAYOUTS = {("graduation_certificate", "two-columns"): graduation_two_columns,
           ("degree_certificate", "english-only"): degree_in_english,
           ("degree_certificate", "second-bachelor"): second_bachelor}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
