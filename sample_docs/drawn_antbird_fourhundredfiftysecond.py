"""A four-hundred-and-fifty-second drawn set, of a graduation certificate and two degrees, drawn after the stop's last
reader change, to be read cold, in wording and layouts no earlier set drew: a three-year diploma (于…入学，在本校…专业（专科）
学习三年); a degree's English translation ('majoring in …, is conferred the Bachelor's degree of Management'); a master's
degree as a ruled table (学位授予单位, 学科专业, 学位名称, 授予日期). Each is a case of its own (`scripts/bench_drawn_forms.py
--set fourhundredfiftysecond`). Every name and number is made up; 19317, 19316 and 19315 are no real institutions'
codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def three_year_diploma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 130, "毕 业 证 书", 56, "serif_cjk")
    y = _paragraph(s, 160, 300, "　　学生郑晓雨，女，一九九七年四月十日生，于二〇一五年九月入学，在本校会计专业（专科）学习三年，成绩合格，准予毕业。", 29, 30, 62)
    text_lines(s, 900, y + 80, ["江汉财经职业学院", "院长：吴国平", "二〇一八年六月二十五日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 120, "江汉财经职业学院")
    s.text(160, y + 320, "证书编号：193171201806000341", 24, "serif_cjk")
    return scanned_png(s, "threeyear"), {"holder_name": "郑晓雨", "institution": "江汉财经职业学院", "major": "会计", "level": ("专科",),
                                         "graduation_date": "2018-06-25", "certificate_number": "193171201806000341"}


def conferred_degree_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "BACHELOR'S DEGREE CERTIFICATE", 32, "serif_bold")
    s.text(680, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 260, ["FENG Siqi, female, born on 8 November 1997, majoring in Human Resource Management, having completed",
                             "the undergraduate programme of Jiangbei University of Finance and Economics, is conferred the",
                             "Bachelor's degree of Management in accordance with the Regulations on Academic Degrees.", "", "",
                             "Chairman of the Academic Degree Evaluation Committee", "30 June 2019", "",
                             "Certificate No.: 1931642019000208"], 24, "serif", 46)
    return scanned_png(s, "confof"), {"holder_name": "FENG Siqi", "institution": "Jiangbei University of Finance and Economics",
                                      "degree": ("Bachelor's degree of Management", "Bachelor of Management"),
                                      "major": "Human Resource Management", "date_awarded": "2019-06-30", "certificate_number": "1931642019000208"}


def master_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "硕士学位证书", 44, "serif_cjk")
    y = _ruled(s, 200, 220, [["姓名", "鲍宇航"], ["性别", "男"], ["出生日期", "1993年12月1日"], ["学位授予单位", "东岭工业大学"],
                             ["学科专业", "控制科学与工程"], ["学位名称", "工学硕士"], ["授予日期", "2020年6月30日"], ["证书编号", "1931532020000094"]],
               [360, 800], 76, 26)
    _chop(s, 1150, y - 100, "东岭工业大学")
    return scanned_png(s, "mastertable"), {"holder_name": "鲍宇航", "institution": "东岭工业大学", "degree": ("工学硕士", "工学硕士学位"),
                                           "major": "控制科学与工程", "date_awarded": "2020-06-30", "certificate_number": "1931532020000094"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-three-year-diploma.png", three_year_diploma, "graduation_certificate", "three-year-diploma"),
              ("degree-conferred-degree-of.png", conferred_degree_of, "degree_certificate", "conferred-degree-of"),
              ("degree-master-table.png", master_table, "degree_certificate", "master-table")]
    return write_drawn(folder, papers)
