"""A three-hundred-and-second drawn set, of graduation certificates and qualification reports, in wording and layouts no
earlier set drew: a three-year diploma's certificate (在本校工程造价专业三年制专科学习); a graduation certificate's
English translation with its particulars in rows under the sentence ('Programme:', 'Duration:', 'Date of graduation:');
an English report whose dates of entrance and graduation are month and year ('09/2015', '06/2019') and whose school is in
capitals; a simplified Chinese report in two columns of label and value with no colons. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredsecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def three_year_diploma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "毕业证书", 48, "serif_cjk")
    text_lines(s, 180, 250, ["　　学生邹雨萌，性别女，1999年5月6日生，于2017年9月至2020年6月在本校工程造价专业三年制专科学习，",
                             "修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 62)
    text_lines(s, 900, 480, ["赣西建筑职业技术学院", "二〇二〇年六月二十日"], 28, "serif_cjk", 58)
    _chop(s, 1440, 470, "赣西建筑职业技术学院")
    s.text(180, 700, "证书编号：194621202006003185", 26, "serif_cjk")
    return scanned_png(s, "diploma"), {"holder_name": "邹雨萌", "institution": "赣西建筑职业技术学院", "major": "工程造价",
                                       "level": ("专科", "三年制专科"), "graduation_date": "2020-06-20",
                                       "certificate_number": "194621202006003185"}


def translation_rows_under() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "Graduation Certificate", 34, "serif_bold")
    s.text(600, 165, "(Translation)", 22, "serif")
    text_lines(s, 160, 250, ["This is to certify that Mr. TAO Ran has completed all the required courses of this University with",
                             "passing grades and is permitted to graduate.", "", "Programme:  Electrical Engineering and Automation",
                             "Duration:  four years (undergraduate)", "Date of graduation:  30 June 2019", "Certificate number:  194611201905002076",
                             "", "Yangzhou Canal University"], 24, "serif", 46)
    return scanned_png(s, "rowsunder"), {"holder_name": "TAO RAN", "institution": "Yangzhou Canal University",
                                         "major": "Electrical Engineering and Automation", "level": ("undergraduate", "本科"),
                                         "graduation_date": "2019-06-30", "certificate_number": "194611201905002076"}


def month_year_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Online Verification Report of Higher Education Qualification Certificate", 26, "sans_bold")
    text_lines(s, 160, 200, ["Name:  XIE Wanting", "Gender:  Female", "Institution:  SHUNDE UNIVERSITY OF FOREIGN STUDIES",
                             "Major:  Business English", "Level:  Undergraduate", "Entrance:  09/2015", "Graduation:  06/2019",
                             "Certificate No.:  194601201905001620", "Online Verification Code:  W5KZ8QM2TX7PR4DN"], 24, "sans", 50)
    return scanned_png(s, "monthyear"), {"holder_name": "XIE WANTING", "sex": "F",
                                         "institution": ("SHUNDE UNIVERSITY OF FOREIGN STUDIES", "Shunde University of Foreign Studies"),
                                         "major": "Business English", "level": ("undergraduate", "本科"),
                                         "certificate_number": "194601201905001620", "verification_code": "W5KZ8QM2TX7PR4DN"}


def two_columns_no_colons() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    y = 220
    for (l1, v1), (l2, v2) in [(("姓名", "尹浩然"), ("性别", "男")), (("出生日期", "1997年1月23日"), ("民族", "汉族")),
                               (("院校名称", "陇东理工学院"), ("层次", "本科")), (("专业", "软件工程"), ("学制", "4年")),
                               (("入学日期", "2015年9月1日"), ("毕业日期", "2019年6月30日")), (("证书编号", "194591201905000812"), ("", ""))]:
        s.text(160, y, l1, 26, "serif_cjk", ink=(90, 90, 90))
        s.text(360, y, v1, 28, "serif_cjk")
        if l2:
            s.text(860, y, l2, 26, "serif_cjk", ink=(90, 90, 90))
            s.text(1060, y, v2, 28, "serif_cjk")
        y += 64
    s.text(160, y + 40, "在线验证码  G3NW7KX2PQ9TM5RZ", 26, "serif_cjk")
    return scanned_png(s, "twocols"), {"holder_name": "尹浩然", "sex": "M", "date_of_birth": "1997-01-23", "institution": "陇东理工学院",
                                       "level": "本科", "major": "软件工程", "graduation_date": "2019-06-30",
                                       "certificate_number": "194591201905000812", "verification_code": "G3NW7KX2PQ9TM5RZ"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-three-year-diploma.png", three_year_diploma, "graduation_certificate", "three-year-diploma"),
              ("graduation-translation-rows-under.png", translation_rows_under, "graduation_certificate", "translation-rows-under"),
              ("report-month-year.png", month_year_report, "qualification_report", "month-year-report"),
              ("report-two-columns-no-colons.png", two_columns_no_colons, "qualification_report", "two-columns-no-colons")]
    return write_drawn(folder, papers)
