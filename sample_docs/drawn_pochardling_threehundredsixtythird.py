"""A three-hundred-and-sixty-third drawn set, of qualification reports, in wording and layouts no earlier set drew: an
English verification report whose labels and values stand in a ruled two-column table (Date of Enrolment, Length of
Schooling, Type of Study); a Chinese report in two columns of label-value pairs, a box for the code's picture beside its
code; a report photographed by phone, its rows a little aslant. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredsixtythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_phones_ninetysecond import _phone


def english_ruled_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(240, 100, "Verification Report of China Higher Education Qualification Certificate", 30, "serif_bold")
    _ruled(s, 160, 200, [["Name", "JIANG SHUYI"], ["Gender", "Female"], ["Date of Birth", "21 January 2000"],
                         ["Name of Institution", "Huaihai University of Technology"], ["Major", "Industrial Design"],
                         ["Length of Schooling", "4 years"], ["Education Level", "Undergraduate"], ["Type of Study", "Full-time"],
                         ["Date of Enrolment", "September 2018"], ["Date of Graduation", "30 June 2022"],
                         ["Certificate Number", "193731202205002296"], ["Online Verification Code", "B8XK2TW7QM4ZRN6P"]],
           [460, 860], 66, size=24)
    return scanned_png(s, "ruledeng"), {"holder_name": "JIANG SHUYI", "sex": "F", "date_of_birth": "2000-01-21",
                                        "institution": "Huaihai University of Technology", "major": "Industrial Design",
                                        "level": ("undergraduate", "bachelor", "本科"), "graduation_date": "2022-06-30",
                                        "certificate_number": "193731202205002296", "verification_code": "B8XK2TW7QM4ZRN6P"}


def two_columns_and_a_code_box() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "高等学历证书信息", 44, "serif_cjk")
    left = [("姓名", "葛梦瑶"), ("出生日期", "1998年10月04日"), ("院校", "皖北财经学院"), ("学制", "4年"), ("入学日期", "2016年09月01日")]
    right = [("性别", "女"), ("民族", "回族"), ("专业", "审计学"), ("层次", "本科"), ("毕业日期", "2020年06月30日")]
    y = 240
    for (l1, v1), (l2, v2) in zip(left, right):
        s.text(160, y, f"{l1}：", 28, "sans_cjk")
        s.text(360, y, v1, 28, "sans_cjk")
        s.text(900, y, f"{l2}：", 28, "sans_cjk")
        s.text(1080, y, v2, 28, "sans_cjk")
        y += 70
    s.text(160, y + 20, "证书编号：193721202005003819", 28, "sans_cjk")
    s.d.rectangle([1200, y + 60, 1420, y + 280], outline="black", width=3)
    s.text(160, y + 150, "在线验证码：K9PW3XN7TZ2QMR5H", 28, "sans_cjk")
    return scanned_png(s, "twocolumns"), {"holder_name": "葛梦瑶", "sex": "F", "date_of_birth": "1998-10-04", "institution": "皖北财经学院",
                                          "major": "审计学", "level": ("本科",), "graduation_date": "2020-06-30",
                                          "certificate_number": "193721202005003819", "verification_code": "K9PW3XN7TZ2QMR5H"}


def photographed_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 140, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    y = 280
    for label, value in [("姓名", "龙子墨"), ("性别", "男"), ("出生日期", "1997年06月18日"), ("学校名称", "湘西职业技术学院"),
                         ("专业", "汽车检测与维修技术"), ("层次", "专科"), ("毕业日期", "2018年06月20日"),
                         ("证书编号", "193711201806000415"), ("在线验证码", "Z4MQ8RX2WN7KTP3B")]:
        s.text(260, y, label, 30, "serif_cjk")
        s.text(620, y, value, 30, "serif_cjk" if not value.isascii() else "sans")
        y += 74
    return _phone(s, "report-photo-363"), {"holder_name": "龙子墨", "sex": "M", "date_of_birth": "1997-06-18", "institution": "湘西职业技术学院",
                                           "major": "汽车检测与维修技术", "level": ("专科", "大专"), "graduation_date": "2018-06-20",
                                           "certificate_number": "193711201806000415", "verification_code": "Z4MQ8RX2WN7KTP3B"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-english-ruled-table.png", english_ruled_table, "qualification_report", "english-ruled-table"),
              ("report-two-columns-and-a-code-box.png", two_columns_and_a_code_box, "qualification_report", "two-columns-and-a-code-box"),
              ("report-photographed.png", photographed_report, "qualification_report", "photographed")]
    return write_drawn(folder, papers)
