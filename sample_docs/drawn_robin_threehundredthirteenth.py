"""A three-hundred-and-thirteenth drawn set, of qualification reports, drawn after the stop's last reader change and
read cold, in wording and layouts no earlier set drew: a traditional Chinese report ruled four cells to a row with no
colons; an English report of two columns of labelled values on each line ('Name: …    Gender: …'); a simplified Chinese
report with its code at the top right and the code's expiry (验证有效期至); an English report with dates year first and
slashes ('Born on 1995/04/23'). Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredthirteenth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def traditional_ruled_four() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "學歷證書電子註冊備案表", 40, "serif_cjk")
    _ruled(s, 140, 200, [["姓名", "溫子健", "性別", "男"], ["出生日期", "1996年4月8日", "層次", "本科"], ["院校名稱", "粵西理工學院", "專業", "自動化"],
                         ["畢業日期", "2018年6月30日", "證書編號", "194391201805000264"], ["在線驗證碼", "Z5RK2MW8QT4NX7HP", "", ""]],
           [240, 420, 220, 480], 64, 26)
    return scanned_png(s, "tradruled"), {"holder_name": "溫子健", "sex": "M", "date_of_birth": "1996-04-08", "institution": "粵西理工學院",
                                         "level": "本科", "major": "自動化", "graduation_date": "2018-06-30",
                                         "certificate_number": "194391201805000264", "verification_code": "Z5RK2MW8QT4NX7HP"}


def two_columns_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Online Verification Report of Higher Education Qualification Certificate", 26, "sans_bold")
    y = 200
    for (l1, v1), (l2, v2) in [(("Name:", "HOU Xinyi"), ("Gender:", "Female")), (("Date of Birth:", "3 June 1999"), ("Level:", "Bachelor")),
                               (("Institution:", "Hanjiang Normal University"), ("Major:", "Preschool Education")),
                               (("Date of Graduation:", "30 June 2021"), ("Certificate No.:", "194381202105000517")),
                               (("Verification Code:", "N4HW8ZQ2KT6RM3XB"), ("", ""))]:
        s.text(160, y, l1, 22, "sans", ink=(90, 90, 90))
        s.text(400, y, v1, 22, "sans")
        if l2:
            s.text(880, y, l2, 22, "sans", ink=(90, 90, 90))
            s.text(1110, y, v2, 22, "sans")
        y += 56
    return scanned_png(s, "twocols"), {"holder_name": "HOU XINYI", "sex": "F", "date_of_birth": "1999-06-03",
                                       "institution": "Hanjiang Normal University", "major": "Preschool Education",
                                       "level": ("本科", "undergraduate", "bachelor"), "graduation_date": "2021-06-30",
                                       "certificate_number": "194381202105000517", "verification_code": "N4HW8ZQ2KT6RM3XB"}


def code_top_right() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1000, 80, "在线验证码：D7QM3XT9KW2PZ5RN", 22, "sans_cjk")
    s.text(1000, 115, "验证有效期至：2027年03月01日", 22, "sans_cjk")
    s.text(400, 190, "教育部学历证书电子注册备案表", 40, "sans_cjk")
    text_lines(s, 180, 300, ["姓名：甘雨泽", "性别：男", "出生日期：1995年12月30日", "学校名称：黔北医科大学", "层次：硕士研究生",
                             "专业：公共卫生", "毕业日期：2021年6月25日", "证书编号：194371202102000088"], 28, "sans_cjk", 58)
    return scanned_png(s, "codetop"), {"holder_name": "甘雨泽", "sex": "M", "date_of_birth": "1995-12-30", "institution": "黔北医科大学",
                                       "level": "硕士研究生", "major": "公共卫生", "graduation_date": "2021-06-25",
                                       "certificate_number": "194371202102000088", "verification_code": "D7QM3XT9KW2PZ5RN"}


def year_first_slashes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Qualification Verification Report", 30, "serif_bold")
    text_lines(s, 160, 200, ["The holder, TANG Jiarui, male, born on 1995/04/23, graduated from Wuling University of Finance on",
                             "2017/06/30 in Auditing at the undergraduate level.", "",
                             "Certificate No.: 194361201705000731", "Online verification code: H6ZT3NQ8WR2KM5XP"], 24, "serif", 46)
    return scanned_png(s, "slashes"), {"holder_name": "TANG JIARUI", "sex": "M", "date_of_birth": "1995-04-23",
                                       "institution": "Wuling University of Finance", "major": "Auditing",
                                       "level": ("undergraduate", "本科"), "graduation_date": "2017-06-30",
                                       "certificate_number": "194361201705000731", "verification_code": "H6ZT3NQ8WR2KM5XP"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-traditional-ruled-four.png", traditional_ruled_four, "qualification_report", "traditional-ruled-four"),
              ("report-two-columns-english.png", two_columns_english, "qualification_report", "two-columns-english"),
              ("report-code-top-right.png", code_top_right, "qualification_report", "code-top-right"),
              ("report-year-first-slashes.png", year_first_slashes, "qualification_report", "year-first-slashes")]
    return write_drawn(folder, papers)
