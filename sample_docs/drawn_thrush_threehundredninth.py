"""A three-hundred-and-ninth drawn set, of qualification reports, in wording and layouts no earlier set drew: a report as
a web page's printout, a blue bar over two columns of label and value side by side; an English report whose labels are
set off from their values by dashes ('Name — LI Wen'); a simplified Chinese report whose values stand under their
labels; an English report whose study stands as one period ('Study period: 2014-09-01 to 2018-06-30'). Each is a case
of its own (`scripts/bench_drawn_forms.py --set threehundredninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def web_two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.rectangle([120, 80, 1540, 150], fill=(40, 90, 170))
    s.text(160, 96, "学历查询 - 查询结果", 32, "sans_cjk", ink=(255, 255, 255))
    y = 220
    for (l1, v1), (l2, v2) in [(("姓名：", "栾晓东"), ("性别：", "男")), (("出生日期：", "1996年09月17日"), ("层次：", "本科")),
                               (("院校：", "辽南海洋大学"), ("专业：", "船舶与海洋工程")), (("入学日期：", "2015年09月01日"), ("毕业日期：", "2019年06月30日")),
                               (("证书编号：", "194491201906000375"), ("验证码：", "R6TZ2WK8MQ4XN7PH"))]:
        s.text(160, y, l1, 26, "sans_cjk", ink=(100, 100, 100))
        s.text(330, y, v1, 26, "sans_cjk")
        s.text(860, y, l2, 26, "sans_cjk", ink=(100, 100, 100))
        s.text(1000, y, v2, 26, "sans_cjk")
        y += 62
    return scanned_png(s, "web"), {"holder_name": "栾晓东", "sex": "M", "date_of_birth": "1996-09-17", "institution": "辽南海洋大学",
                                   "level": "本科", "major": "船舶与海洋工程", "graduation_date": "2019-06-30",
                                   "certificate_number": "194491201906000375", "verification_code": "R6TZ2WK8MQ4XN7PH"}


def dashes_between() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Higher Education Qualification - Verification", 30, "serif_bold")
    text_lines(s, 160, 200, ["Name — LI Wen", "Gender — Male", "Born — 2 February 1997", "University — Chuxiong Normal University",
                             "Specialisation — Geography Science", "Level — Undergraduate", "Graduation — 1 July 2019",
                             "Certificate no. — 194481201907000129", "Code for online checking — M2QW7ZK4TX9RNP3B"], 24, "serif", 48)
    return scanned_png(s, "dashes"), {"holder_name": "LI WEN", "sex": "M", "date_of_birth": "1997-02-02",
                                      "institution": "Chuxiong Normal University", "major": "Geography Science",
                                      "level": ("undergraduate", "本科"), "graduation_date": "2019-07-01",
                                      "certificate_number": "194481201907000129", "verification_code": "M2QW7ZK4TX9RNP3B"}


def values_under_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "学历证书电子注册信息", 40, "serif_cjk")
    y = 210
    for (l1, v1), (l2, v2) in [(("姓名", "祁梦瑶"), ("性别", "女")), (("出生日期", "1998年3月28日"), ("学历层次", "专科")),
                               (("毕业院校", "青海交通职业技术学院"), ("专业", "道路桥梁工程技术")), (("毕业日期", "2019年6月20日"), ("证书编号", "194471201906000811")),
                               (("在线验证码", "W3PK9TQ6ZM2XR8NB"), ("", ""))]:
        s.text(160, y, l1, 24, "serif_cjk", ink=(110, 110, 110))
        s.text(160, y + 40, v1, 28, "serif_cjk")
        if l2:
            s.text(860, y, l2, 24, "serif_cjk", ink=(110, 110, 110))
            s.text(860, y + 40, v2, 28, "serif_cjk")
        y += 110
    return scanned_png(s, "under"), {"holder_name": "祁梦瑶", "sex": "F", "date_of_birth": "1998-03-28", "institution": "青海交通职业技术学院",
                                     "level": "专科", "major": "道路桥梁工程技术", "graduation_date": "2019-06-20",
                                     "certificate_number": "194471201906000811", "verification_code": "W3PK9TQ6ZM2XR8NB"}


def study_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Report on a Registered Academic Qualification", 30, "sans_bold")
    text_lines(s, 160, 200, ["Holder: SHI Jiayi (Female)", "Date of birth: 19/11/1996", "School: Nanling University of Science and Technology",
                             "Course: Food Quality and Safety (Bachelor, full-time)", "Study period: 2014-09-01 to 2018-06-30",
                             "Certificate number: 194461201806000994", "Report code: X8NR4KT2QW7MZ5PJ"], 24, "sans", 50)
    return scanned_png(s, "period"), {"holder_name": "SHI JIAYI", "sex": "F", "date_of_birth": "1996-11-19",
                                      "institution": "Nanling University of Science and Technology", "major": "Food Quality and Safety",
                                      "level": ("undergraduate", "本科", "bachelor"), "graduation_date": "2018-06-30",
                                      "certificate_number": "194461201806000994", "verification_code": "X8NR4KT2QW7MZ5PJ"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-web-two-columns.png", web_two_columns, "qualification_report", "web-two-columns"),
              ("report-dashes-between.png", dashes_between, "qualification_report", "dashes-between"),
              ("report-values-under-labels.png", values_under_labels, "qualification_report", "values-under-labels"),
              ("report-study-period.png", study_period, "qualification_report", "study-period")]
    return write_drawn(folder, papers)
