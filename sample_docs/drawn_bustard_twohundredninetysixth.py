"""A two-hundred-and-ninety-sixth drawn set, of qualification reports, in layouts and wording no earlier set drew: an
English report whose labels are in capitals with their values in mixed case after them ('GRADUATION DATE  …'); a
degree's verification told in one paragraph ('This is to verify that … was awarded the degree of … by … on …
(Certificate No. …)'); a simplified Chinese degree report whose labels stand over their values on lines of their own. Each
is a case of its own (`scripts/bench_drawn_forms.py --set twohundredninetysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def capital_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "ONLINE VERIFICATION REPORT OF HIGHER EDUCATION QUALIFICATION CERTIFICATE", 24, "sans_bold")
    y = 200
    for label, value in [("NAME", "Su Mingyue"), ("GENDER", "Female"), ("DATE OF BIRTH", "9 September 1997"),
                         ("INSTITUTION", "Minbei Polytechnic University"), ("LEVEL", "Undergraduate"), ("MAJOR", "Materials Chemistry"),
                         ("GRADUATION DATE", "30 June 2020"), ("CERTIFICATE NO.", "194641202005000902"),
                         ("VERIFICATION CODE", "P3WK8ZT5QN2MX7RD")]:
        s.text(160, y, label, 20, "sans_bold")
        s.text(560, y, value, 24, "sans")
        y += 54
    return scanned_png(s, "capitals"), {"holder_name": "SU MINGYUE", "sex": "F", "date_of_birth": "1997-09-09",
                                        "institution": "Minbei Polytechnic University", "level": ("undergraduate", "本科"),
                                        "major": "Materials Chemistry", "graduation_date": "2020-06-30",
                                        "certificate_number": "194641202005000902", "verification_code": "P3WK8ZT5QN2MX7RD"}


def one_paragraph() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 100, "Academic Degree Verification Report", 32, "serif_bold")
    text_lines(s, 160, 220, ["This is to verify that Mr. ZENG Fan, born on 3 March 1990, was awarded the degree of Master of Laws",
                             "in Civil and Commercial Law by Xiangjiang University on 28 June 2015 (Certificate No. 1946332015000427).",
                             "", "Verification code:  H6QM2XW9TK4PZ8RB"], 24, "serif", 46)
    return scanned_png(s, "paragraph"), {"holder_name": "ZENG FAN", "date_of_birth": "1990-03-03", "institution": "Xiangjiang University",
                                         "major": "Civil and Commercial Law", "certificate_number": "1946332015000427",
                                         "verification_code": "H6QM2XW9TK4PZ8RB"}


def labels_over_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    y = 220
    for label, value in [("获学位人姓名", "覃雅文"), ("性别", "女"), ("出生日期", "1994年8月15日"), ("学位授予单位", "桂中师范大学"),
                         ("所授学位", "教育学硕士"), ("学科/专业", "学前教育学"), ("获学位日期", "2019年6月20日"),
                         ("学位证书编号", "1946232019000318"), ("在线验证码", "T9MC4RX7WK2QN5ZP")]:
        s.text(200, y, label, 22, "serif_cjk", ink=(90, 90, 90))
        s.text(200, y + 38, value, 30, "serif_cjk")
        y += 100
    return scanned_png(s, "overlines"), {"holder_name": "覃雅文", "sex": "F", "date_of_birth": "1994-08-15", "institution": "桂中师范大学",
                                         "major": "学前教育学", "certificate_number": "1946232019000318", "verification_code": "T9MC4RX7WK2QN5ZP"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-capital-labels.png", capital_labels, "qualification_report", "capital-labels"),
              ("report-one-paragraph.png", one_paragraph, "qualification_report", "one-paragraph"),
              ("report-labels-over-lines.png", labels_over_lines, "qualification_report", "labels-over-lines")]
    return write_drawn(folder, papers)
