"""A five-hundred-and-thirty-first drawn set, of a graduation certificate and a report, drawn for stop 84's first round, to be read
cold before any reader changes for it, in wording and layouts no earlier set drew: a translated graduation certificate ('studied in the
four-year undergraduate programme of … from September 2014 to June 2018 … is hereby permitted to graduate'); a report of the record
laid out in two columns of label and value pairs side by side. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredthirtyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def translated_permitted_to_graduate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "Graduation Certificate", 36, "serif_bold")
    s.text(690, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 250, ["Student SHI Jiayue, female, born in May 1996, studied in the four-year undergraduate programme of Environmental",
                             "Engineering at this university from September 2014 to June 2018. Having completed all the courses prescribed in",
                             "the teaching plan with satisfactory results, she is hereby permitted to graduate.", "",
                             "Certificate No.: 192571201806001529", "", "President: ZHAO Hongbin", "Xiangjiang University of Technology",
                             "June 30, 2018"], 23, "serif", 46)
    return scanned_png(s, "permitted"), {"holder_name": "SHI Jiayue", "institution": "Xiangjiang University of Technology",
                                         "major": "Environmental Engineering", "level": ("undergraduate", "Undergraduate", "本科"),
                                         "graduation_date": "2018-06-30", "certificate_number": "192571201806001529"}


def report_two_pair_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    rows = [(("姓名", "钱思远"), ("性别", "男")), (("出生日期", "1997年07月23日"), ("学历类别", "普通")),
            (("学校名称", "渝北师范大学"), ("专业", "地理科学")), (("层次", "本科"), ("学制", "4年")),
            (("毕（结）业日期", "2019年06月28日"), ("证书编号", "192561201906002214"))]
    for i, pair_row in enumerate(rows):
        for j, (label, value) in enumerate(pair_row):
            s.text(160 + 660 * j, 240 + 70 * i, label, 25, "sans_cjk")
            s.text(420 + 660 * j, 240 + 70 * i, value, 25, "sans_cjk")
    text_lines(s, 160, 660, ["在线验证码：K7PQ4ZTM2RX9WB5D", "", "更新日期：2026年11月20日"], 24, "sans_cjk", 50)
    return scanned_png(s, "twopair"), {"holder_name": "钱思远", "sex": "M", "date_of_birth": "1997-07-23", "institution": "渝北师范大学",
                                       "major": "地理科学", "level": ("本科",), "graduation_date": "2019-06-28",
                                       "certificate_number": "192561201906002214", "verification_code": "K7PQ4ZTM2RX9WB5D"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-translated-permitted-to-graduate.png", translated_permitted_to_graduate, "graduation_certificate",
               "translated-permitted-to-graduate"),
              ("report-two-pair-columns.png", report_two_pair_columns, "qualification_report", "two-pair-columns")]
    return write_drawn(folder, papers)
