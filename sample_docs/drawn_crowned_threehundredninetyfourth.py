"""A three-hundred-and-ninety-fourth drawn set, of qualification reports, read cold before any reader change for it, in
wording and layouts no earlier set drew: a report whose labels are stacked bilingual (姓名 over 'Name') in a left
column, values on the right; a Chinese report photographed by a phone; a report whose dates are zero-padded
(2018年06月30日) and whose level carries its length (本科（四年）). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredninetyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_phones_ninetysecond import _phone


def stacked_bilingual_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    y = 220
    for zh, en, value in [("姓名", "Name", "付晓彤"), ("性别", "Gender", "女"), ("出生日期", "Date of Birth", "1999年1月27日"),
                          ("院校名称", "Institution", "漓江师范学院"), ("专业", "Major", "汉语言文学"), ("层次", "Level", "本科"),
                          ("毕业日期", "Date of Graduation", "2021年6月20日"), ("证书编号", "Certificate No.", "193471202106000913"),
                          ("在线验证码", "Verification Code", "H2NX8QW4ZT7KMR3P")]:
        s.text(180, y, zh, 26, "serif_cjk")
        s.text(180, y + 34, en, 18, "serif")
        s.text(620, y + 12, value, 28, "sans_cjk" if not value.isascii() else "sans")
        y += 82
    return scanned_png(s, "stacked"), {"holder_name": "付晓彤", "sex": "F", "date_of_birth": "1999-01-27", "institution": "漓江师范学院",
                                       "major": "汉语言文学", "level": ("本科",), "graduation_date": "2021-06-20",
                                       "certificate_number": "193471202106000913", "verification_code": "H2NX8QW4ZT7KMR3P"}


def phone_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 160, "学历证书电子注册备案表", 44, "serif_cjk")
    y = 300
    for line in ["姓名：谭嘉懿　　性别：女", "出生日期：1998年9月4日", "院校名称：楚雄民族学院", "专业：旅游管理", "层次：本科",
                 "毕业日期：2020年7月1日", "证书编号：193461202006001624", "在线验证码：Z9KT2XM7QW4NRP8D"]:
        s.text(220, y, line, 32, "sans_cjk")
        y += 76
    return _phone(s, "report-phone"), {"holder_name": "谭嘉懿", "sex": "F", "date_of_birth": "1998-09-04", "institution": "楚雄民族学院",
                                       "major": "旅游管理", "level": ("本科",), "graduation_date": "2020-07-01",
                                       "certificate_number": "193461202006001624", "verification_code": "Z9KT2XM7QW4NRP8D"}


def padded_dates_and_length() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "学历信息核验报告", 44, "serif_cjk")
    text_lines(s, 220, 230, ["姓名：尹博文", "性别：男", "出生日期：1996年03月09日", "学校名称：黔东南理工学院", "专业：软件工程",
                             "层次：本科（四年）", "毕业日期：2018年06月30日", "证书编号：193451201806002771",
                             "在线验证码：P3WQ8NZ2KT7XM4RD"], 28, "sans_cjk", 64)
    return scanned_png(s, "padded"), {"holder_name": "尹博文", "sex": "M", "date_of_birth": "1996-03-09", "institution": "黔东南理工学院",
                                      "major": "软件工程", "level": ("本科",), "graduation_date": "2018-06-30",
                                      "certificate_number": "193451201806002771", "verification_code": "P3WQ8NZ2KT7XM4RD"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-stacked-bilingual-labels.png", stacked_bilingual_labels, "qualification_report", "stacked-bilingual-labels"),
              ("report-phone-photo.jpg", phone_photo, "qualification_report", "phone-photo"),
              ("report-padded-dates-and-length.png", padded_dates_and_length, "qualification_report", "padded-dates-and-length")]
    return write_drawn(folder, papers)
