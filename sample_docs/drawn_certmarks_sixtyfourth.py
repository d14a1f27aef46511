"""A sixty-fourth drawn set, drawn after the sixty-third was mended: certificates in four layouts no set drew. A
graduation certificate whose number is printed in groups of four digits at its top right; a degree certificate that
names its university only in its degree committee's line; a graduation certificate with the photograph on the right
of its text, its study as a range ('2012年9月—2016年7月') and its level with the course's length ('本科（四年制）');
a degree from a university abroad conferred in one sentence ('has conferred on … the degree of … with a major in …
on …'). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set sixtyfourth`). Every name, number and institution is made up; the codes
(198xx) are no real institution's."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_gradhands_fiftyseventh import _paragraph


def graduation_grouped_number() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1080, 120, "No. 1985 1120 1505 0000 31", 28, "serif")
    s.text(560, 260, "毕 业 证 书", 72, "serif_cjk")
    y = _paragraph(s, 200, 520, "学生贺子涵，性别男，一九九三年十月八日生，于二〇一一年九月至二〇一五年六月在本校土木工程专业四年制本科学习，"
                                "修完教学计划规定的全部课程，成绩合格，准予毕业。", 22, 40, 84)
    s.text(880, y + 180, "西岭建筑大学", 40, "serif_cjk")
    s.text(880, y + 250, "二〇一五年六月二十八日", 36, "serif_cjk")
    return s, {"holder_name": "贺子涵", "institution": "西岭建筑大学", "major": "土木工程", "level": "本科",
               "graduation_date": "2015-06-28", "certificate_number": "198511201505000031"}


def degree_committee_only() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(540, 220, "学士学位证书", 64, "serif_cjk")
    y = _paragraph(s, 200, 480, "严书瑶，女，一九九七年一月二十日生。在本校完成了统计学专业本科学习计划，业已毕业，"
                                "经审核符合《中华人民共和国学位条例》的规定，授予理学学士学位。", 22, 40, 84)
    s.text(760, y + 200, "东澜财经大学学位评定委员会", 36, "serif_cjk")
    s.text(900, y + 270, "主席：林立新", 36, "serif_cjk")
    s.text(900, y + 340, "二〇一九年六月三十日", 36, "serif_cjk")
    s.text(200, 2080, "证书编号：1983942019002217", 30, "serif_cjk")
    return s, {"holder_name": "严书瑶", "date_of_birth": "1997-01-20", "institution": "东澜财经大学", "degree": ("理学学士学位", "理学学士"),
               "major": "统计学", "date_awarded": "2019-06-30", "certificate_number": "1983942019002217"}


def graduation_photo_right() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 220, "毕 业 证 书", 72, "serif_cjk")
    s.d.rectangle([1180, 440, 1480, 840], outline=(120, 120, 120), width=2)
    s.text(1290, 620, "照片", 36, "serif_cjk")
    y = _paragraph(s, 160, 460, "学生邱一诺，性别女，1994年2月6日生，于2012年9月—2016年7月在本校网络工程专业本科（四年制）学习，"
                                "修完教学计划规定的全部课程，成绩合格，准予毕业。", 24, 38, 80)
    s.text(760, y + 200, "南屏信息科技学院", 40, "serif_cjk")
    s.text(800, y + 270, "2016年7月1日", 38, "serif_cjk")
    s.text(160, 2080, "证书编号：198281201605001460", 30, "serif_cjk")
    return s, {"holder_name": "邱一诺", "institution": "南屏信息科技学院", "major": "网络工程", "level": "本科",
               "graduation_date": "2016-07-01", "certificate_number": "198281201605001460"}


def degree_conferred_sentence() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(470, 240, "HARLOW BAY UNIVERSITY", 56, "serif_bold")
    s.wrapped(200, 520, "The Council of Harlow Bay University has conferred on LIN Yutong the degree of Bachelor of Commerce "
              "(Honours) with a major in Accounting on 14 December 2020.", 60, 38, "serif", leading=64)
    s.text(200, 1500, "Chancellor", 30, "serif")
    s.text(1100, 1500, "Vice-Chancellor", 30, "serif")
    s.text(200, 2060, "Testamur No. HBU2020-117342", 26, "serif")
    return s, {"holder_name": "LIN YUTONG", "institution": "Harlow Bay University", "degree": "Bachelor of Commerce (Honours)",
               "major": "Accounting", "date_awarded": "2020-12-14", "certificate_number": "HBU2020-117342"}


LAYOUTS = {("graduation_certificate", "grouped-number"): graduation_grouped_number,
           ("degree_certificate", "committee-only"): degree_committee_only,
           ("graduation_certificate", "photo-right"): graduation_photo_right,
           ("degree_certificate", "conferred-sentence"): degree_conferred_sentence}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
