"""A five-hundred-and-sixtieth drawn set, of a graduation certificate and a degree report, drawn for stop 84's fifth round, to be read
cold before any reader changes for it, in wording and layouts no earlier set drew: an English graduation certificate that tells the
enrolment in a department before the programme ('was enrolled in the Department of Civil Engineering in September 2013 and, having
completed a four-year undergraduate program in …, graduated on …'); a degree's online verification report with its own rows (学位授予单位,
所授学位, 学科/专业, 获学位日期, 学位证书编号). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredsixtieth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def enrolled_then_graduated() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "GRADUATION CERTIFICATE", 34, "serif_bold")
    text_lines(s, 160, 220, ["This is to certify that Mr. PAN Zhiqiang, born on 30 October 1995, was enrolled in the Department of Civil",
                             "Engineering of Jiangbei University of Architecture in September 2013 and, having completed a four-year",
                             "undergraduate program in Civil Engineering, graduated on 1 July 2017.", "",
                             "Certificate No.: 192381201707000915", "", "Registrar"], 23, "serif", 46)
    return scanned_png(s, "enrolled"), {"holder_name": "PAN Zhiqiang", "institution": "Jiangbei University of Architecture", "major": "Civil Engineering",
                                        "level": ("undergraduate", "Undergraduate", "本科"), "graduation_date": "2017-07-01",
                                        "certificate_number": "192381201707000915"}


def degree_report_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    y = 220
    for label, value in [("姓名", "邵嘉言"), ("性别", "女"), ("出生日期", "1996年04月18日"), ("学位授予单位", "江淮师范大学"), ("所授学位", "教育学硕士"),
                         ("学科/专业", "课程与教学论"), ("获学位日期", "2022年06月20日"), ("学位证书编号", "1923732022000184"), ("在线验证码", "7KQ2MZ9XTB4RW8PD")]:
        s.text(200, y, label, 26, "sans_cjk")
        s.text(560, y, value, 26, "sans_cjk")
        y += 60
    return scanned_png(s, "degreport"), {"holder_name": "邵嘉言", "sex": "F", "date_of_birth": "1996-04-18", "institution": "江淮师范大学",
                                         "major": "课程与教学论", "certificate_number": "1923732022000184", "verification_code": "7KQ2MZ9XTB4RW8PD"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-enrolled-then-graduated.png", enrolled_then_graduated, "graduation_certificate", "enrolled-then-graduated"),
              ("report-degree-report-rows.png", degree_report_rows, "qualification_report", "degree-report-rows")]
    return write_drawn(folder, papers)
