"""A four-hundred-and-fourth drawn set, of a report, a degree and a graduation certificate, in wording and layouts no
earlier set drew: a report ruled two pairs a row (label, value, label, value), its admission date beside its graduation
date and an update date under the table; a degree whose holder 'completed the undergraduate study plan in' a school's
major (在…专业完成了本科学习计划，业已毕业), its number under the signature; a graduation certificate in English
translation that a holder 'studied in the major of' a subject 'at' a school 'in a four-year undergraduate programme'
and 'is hereby granted graduation'. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfourth`).
Every name and number is made up; 19339, 19338 and 19337 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def report_two_pairs_a_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    _ruled(s, 120, 200, [["姓名", "邹雨桐", "性别", "女"], ["出生日期", "1997年11月3日", "民族", "汉族"],
                         ["入学日期", "2015年9月1日", "毕（结）业日期", "2019年6月30日"], ["学校名称", "渝东工商学院", "学历类别", "普通高等教育"],
                         ["专业", "市场营销", "层次", "本科"], ["学制", "4年", "学习形式", "普通全日制"],
                         ["证书编号", "193391201905001188", "毕（结）业", "毕业"]], [240, 420, 280, 420], 70, 26)
    text_lines(s, 120, 740, ["在线验证码：K7QW3NXT8ZP2MR4D", "更新日期：2026年11月30日"], 24, "sans_cjk", 50)
    return scanned_png(s, "tworow"), {"holder_name": "邹雨桐", "sex": "F", "date_of_birth": "1997-11-03", "institution": "渝东工商学院",
                                      "major": "市场营销", "level": ("本科",), "graduation_date": "2019-06-30",
                                      "certificate_number": "193391201905001188", "verification_code": "K7QW3NXT8ZP2MR4D"}


def degree_study_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 160, "学士学位证书", 56, "serif_cjk")
    text_lines(s, 200, 340, ["　　邓佳怡，女，一九九七年五月十二日生。在湘中理工学院土木工程专业完成了本科学习计划，",
                             "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。"], 30, "serif_cjk", 68)
    text_lines(s, 900, 560, ["湘中理工学院", "校长　孔德明", "二〇一九年六月二十日"], 30, "serif_cjk", 60)
    _chop(s, 1450, 620, "湘中理工学院")
    s.text(200, 840, "证书编号：1933842019001234", 24, "serif_cjk")
    return scanned_png(s, "studyplan"), {"holder_name": "邓佳怡", "institution": "湘中理工学院", "degree": ("工学学士", "工学学士学位"),
                                         "major": "土木工程", "date_awarded": "2019-06-20", "certificate_number": "1933842019001234"}


def granted_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Certificate of Graduation", 34, "serif_bold")
    s.text(600, 172, "(English translation)", 22, "serif")
    text_lines(s, 160, 260, ["This is to certify that ZHOU Yiran, female, born on 3 May 1996, studied in the major of Environmental",
                             "Engineering at Ganjiang University of Technology from September 2014 to June 2018 in a four-year",
                             "undergraduate programme, completed all required courses with satisfactory results and is hereby",
                             "granted graduation.", "", "President: XU Hanqing", "Ganjiang University of Technology", "30 June 2018", "",
                             "Certificate No.: 193371201805003105"], 24, "serif", 46)
    return scanned_png(s, "granted"), {"holder_name": "ZHOU YIRAN", "institution": "Ganjiang University of Technology",
                                       "major": "Environmental Engineering", "level": ("undergraduate", "本科"),
                                       "graduation_date": "2018-06-30", "certificate_number": "193371201805003105"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-two-pairs-a-row.png", report_two_pairs_a_row, "qualification_report", "two-pairs-a-row"),
              ("degree-study-plan.png", degree_study_plan, "degree_certificate", "study-plan"),
              ("graduation-granted.png", granted_graduation, "graduation_certificate", "granted")]
    return write_drawn(folder, papers)
