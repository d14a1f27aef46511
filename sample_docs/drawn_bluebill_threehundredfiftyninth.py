"""A three-hundred-and-fifty-ninth drawn set, in wording and layouts no earlier set drew: a report of a degree, not of
a qualification (学位在线验证报告: 学位授予单位, 所授学位, 获学位日期); an English memo of a person's employment whose
particulars stand after a 'RE:' line as short 'Start | End | Position' entries, the end a dash and 'currently employed';
a certificate that confers a doctorate 'by virtue of the authority vested in us', dated in words ('this fifteenth day of
June, two thousand and twenty-two'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredfiftyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def degree_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "中国高等教育学位在线验证报告", 42, "serif_cjk")
    y = 240
    for label, value in [("姓名", "熊雨菲"), ("性别", "女"), ("出生日期", "1995年03月16日"), ("获学位日期", "2021年06月20日"),
                         ("学位授予单位", "鄂西师范大学"), ("所授学位", "教育学硕士"), ("学科/专业", "课程与教学论"),
                         ("学位证书编号", "1938232021000894"), ("在线验证码", "T3MQ8ZK4XN7WPR2H")]:
        s.text(240, y, label, 28, "sans_cjk")
        s.text(620, y, value, 28, "sans_cjk" if not value.isascii() else "sans")
        y += 66
    s.text(240, y + 40, "报告有效期至：2027年05月20日", 22, "sans_cjk")
    return scanned_png(s, "degreereport"), {"holder_name": "熊雨菲", "sex": "F", "date_of_birth": "1995-03-16", "institution": "鄂西师范大学",
                                            "major": "课程与教学论", "level": ("硕士", "master", "教育学硕士"),
                                            "certificate_number": "1938232021000894", "verification_code": "T3MQ8ZK4XN7WPR2H"}


def memo_entries() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Cloudridge Software (Chengdu) Co., Ltd.", 28, "sans_bold")
    s.text(160, 150, "MEMORANDUM", 30, "sans_bold")
    text_lines(s, 160, 230, ["TO:    Whom it may concern", "FROM:  Human Resources", "DATE:  24 November 2026",
                             "RE:    Employment details - LI Mengyao", "",
                             "Start:      1 March 2018", "End:        -  (currently employed)", "Position:   Data Engineer II",
                             "Type:       Permanent, full-time", "",
                             "The above is confirmed from our records."], 24, "mono", 46)
    return scanned_png(s, "memoentries"), {"employer": "Cloudridge Software (Chengdu) Co., Ltd.", "position": "Data Engineer II",
                                           "start_date": "2018-03-01"}


def authority_vested() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "QIANTANG UNIVERSITY OF SCIENCE", 38, "serif_bold")
    text_lines(s, 200, 260, ["We, the President and the Academic Council of the University, by virtue of the authority",
                             "vested in us, confer upon", "", "LU HAOYU", "",
                             "the degree of Doctor of Philosophy in Chemistry, with all its rights and privileges.", "",
                             "Given at Hangzhou this fifteenth day of June, two thousand and twenty-two."], 26, "serif", 52)
    s.text(200, 820, "Certificate No. 1938122022000157", 22, "serif")
    return scanned_png(s, "vested"), {"holder_name": "LU HAOYU", "institution": "Qiantang University of Science",
                                      "degree": "Doctor of Philosophy", "major": "Chemistry", "date_awarded": "2022-06-15",
                                      "certificate_number": "1938122022000157"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-degree-report.png", degree_report, "qualification_report", "degree-report"),
              ("work-memo-entries.png", memo_entries, "work_experience_letter", "memo-entries"),
              ("degree-authority-vested.png", authority_vested, "degree_certificate", "authority-vested")]
    return write_drawn(folder, papers)
