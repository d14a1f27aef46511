"""A hundred-and-seventy-first drawn set, a test set of certificates drawn after the certificates' readers were mended
for the hundred-and-fifty-second. A testamur whose council 'hereby certifies that Kaiyuan WEN has been admitted to the
degree of Bachelor of Commerce (Honours)', conferred on a date of its own line; a Chinese degree certificate whose
holder, sex and birth date stand in a ruled table over the text that confers the degree; a master's graduation
certificate whose study form and length are rows of their own (学习形式 / 学制). Each is a case of its own. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredseventyfirst`).
Every name and number is made up; 19882 and 19883 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def testamur_council_honours() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 160, "UNIVERSITY OF SOUTHBANK", 44, "serif_bold")
    y = 320
    for text, size, font in [("The Council of the University hereby certifies that", 28, "serif"), ("Kaiyuan WEN", 44, "serif_bold"),
                             ("has been admitted to the degree of", 28, "serif"), ("Bachelor of Commerce (Honours)", 40, "serif_bold")]:
        s.text(827 - int(len(text) * size * 0.26), y, text, size, font)
        y += 110
    s.text(200, y + 80, "Conferred 15 December 2020", 26, "serif")
    return scanned_png(s, "council"), {"holder_name": "WEN KAIYUAN", "institution": "University of Southbank",
                                 "degree": "Bachelor of Commerce (Honours)", "date_awarded": "2020-12-15"}


def degree_particulars_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 130, "东湖工程大学", 48, "serif_cjk")
    s.text(600, 230, "学士学位证书", 44, "serif_cjk")
    _ruled(s, 180, 330, [["姓名", "邹嘉宁", "性别", "女"], ["出生日期", "1997年6月2日", "专业", "给排水科学与工程"]], [220, 420, 220, 460], 80, 28)
    _paragraph(s, 180, 560, "　　该生在本校完成了本科学业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", 32, 30, 66)
    s.text(960, 820, "东湖工程大学", 30, "serif_cjk")
    s.text(960, 880, "2019年6月26日", 28, "serif_cjk")
    s.text(180, 1000, "证书编号：1988242019003316", 24, "serif_cjk")
    _chop(s, 1120, 840, "东湖工程大学")
    return scanned_png(s, "table"), {"holder_name": "邹嘉宁", "date_of_birth": "1997-06-02", "institution": "东湖工程大学",
                               "degree": ("工学学士学位", "工学学士"), "major": "给排水科学与工程", "date_awarded": "2019-06-26",
                               "certificate_number": "1988242019003316"}


def graduation_study_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 140, "研究生毕业证书", 50, "serif_cjk")
    rows = [("姓名", "贝晓峰"), ("性别", "男"), ("专业", "应用经济学"), ("学习形式", "全日制"), ("学制", "三年"), ("层次", "硕士研究生")]
    y = 300
    for label, value in rows:
        s.text(220, y, f"{label}：", 30, "serif_cjk")
        s.text(480, y, value, 30, "serif_cjk")
        y += 70
    s.text(220, y + 20, "修完硕士研究生培养计划规定的全部课程，成绩合格，准予毕业。", 28, "serif_cjk")
    s.text(960, y + 140, "江汉财经大学", 32, "serif_cjk")
    s.text(960, y + 200, "2022年6月30日", 28, "serif_cjk")
    s.text(220, y + 300, "证书编号：198831202202000917", 26, "serif_cjk")
    _chop(s, 1150, y + 160, "江汉财经大学")
    return scanned_png(s, "studyrows"), {"holder_name": "贝晓峰", "institution": "江汉财经大学", "major": "应用经济学",
                                   "level": ("硕士研究生", "研究生"), "graduation_date": "2022-06-30", "certificate_number": "198831202202000917"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-council.png", testamur_council_honours, "degree_certificate", "council-honours"),
              ("degree-table.png", degree_particulars_table, "degree_certificate", "particulars-table"),
              ("graduation-study-rows.png", graduation_study_rows, "graduation_certificate", "study-rows")]
    return write_drawn(folder, papers)
