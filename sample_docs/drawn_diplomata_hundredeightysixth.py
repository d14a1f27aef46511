"""A hundred-and-eighty-sixth drawn set: two degree and two graduation certificates in layouts no set drew. A master's
degree whose particulars stand as labelled lines under its text (学位授予单位, 授予日期, 证书编号); a bachelor's degree in an
English version with an American date ('June 30, 2020'); a graduation certificate whose particulars fill a ruled grid of
two pairs a row; a graduation certificate in English whose study ran 'from September 2016 to June 2020'. Each is a case of
its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredeightysixth`). Every name and number is made up; 19885 and 19886 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def master_labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "硕士学位证书", 48, "serif_cjk")
    _paragraph(s, 180, 300, "　　柏思琪，女，1993年4月5日生。在工商管理专业完成硕士学位的课程学习和论文答辩，成绩合格。根据《中华人民共和国"
                            "学位条例》的规定，授予管理学硕士学位。", 32, 30, 66)
    y = 640
    for line in ["学位授予单位：湘楚商学院", "学位评定委员会主席：尹建华", "授予日期：2020年6月28日", "证书编号：1988532020001462"]:
        s.text(180, y, line, 26, "serif_cjk")
        y += 56
    _chop(s, 1150, 720, "湘楚商学院")
    return scanned_png(s, "labelled"), {"holder_name": "柏思琪", "date_of_birth": "1993-04-05", "institution": "湘楚商学院",
                                  "degree": ("管理学硕士学位", "管理学硕士"), "major": "工商管理", "date_awarded": "2020-06-28",
                                  "certificate_number": "1988532020001462"}


def bachelor_english_version() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 120, "XIANGJIANG UNIVERSITY OF COMMERCE", 36, "serif_bold")
    s.text(520, 190, "BACHELOR'S DEGREE CERTIFICATE", 32, "serif_bold")
    y = 300
    for line in ["This is to certify that ZHONG Yuhan, female, born on March 12, 1998, has completed the undergraduate",
                 "programme in Financial Management and, in accordance with the Regulations on Academic Degrees of the",
                 "People's Republic of China, is awarded the degree of Bachelor of Management.", "",
                 "Chairman of the Academic Degree Evaluation Committee: PENG Wenjie", "", "Date: June 30, 2020",
                 "Certificate No.: 1988642020004481"]:
        s.text(160, y, line, 24, "serif")
        y += 46
    return scanned_png(s, "english"), {"holder_name": "ZHONG YUHAN", "date_of_birth": "1998-03-12", "institution": "Xiangjiang University of Commerce",
                                 "degree": "Bachelor of Management", "major": "Financial Management", "date_awarded": "2020-06-30",
                                 "certificate_number": "1988642020004481"}


def graduation_grid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 130, "毕业证书", 50, "serif_cjk")
    y = _ruled(s, 160, 260, [["姓名", "卜浩宇", "性别", "男"], ["出生日期", "1998年1月19日", "入学时间", "2016年9月"],
                             ["专业", "车辆工程", "学制", "四年"], ["层次", "本科", "毕业时间", "2020年6月30日"]], [240, 440, 240, 440], 80, 28)
    s.text(160, y + 50, "经审核，该生修完教学计划规定的全部课程，成绩合格，准予毕业。", 28, "serif_cjk")
    s.text(960, y + 170, "湘楚商学院", 32, "serif_cjk")
    s.text(160, y + 300, "证书编号：198855202005001463", 26, "serif_cjk")
    _chop(s, 1150, y + 190, "湘楚商学院")
    return scanned_png(s, "grid"), {"holder_name": "卜浩宇", "institution": "湘楚商学院", "major": "车辆工程", "level": "本科",
                              "graduation_date": "2020-06-30", "certificate_number": "198855202005001463"}


def graduation_english_version() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 120, "XIANGJIANG UNIVERSITY OF COMMERCE", 36, "serif_bold")
    s.text(600, 190, "GRADUATION CERTIFICATE", 32, "serif_bold")
    y = 300
    for line in ["Student LIAO Xinyi, female, born on 8 August 1998, studied in the four-year undergraduate programme of",
                 "Biotechnology from September 2016 to June 2020. She has completed all the required courses with",
                 "satisfactory results and is permitted to graduate.", "", "President: HUANG Zhiyuan", "", "30 June 2020",
                 "Certificate No.: 198865202005004482"]:
        s.text(160, y, line, 24, "serif")
        y += 46
    return scanned_png(s, "gradenglish"), {"holder_name": "LIAO XINYI", "institution": "Xiangjiang University of Commerce", "major": "Biotechnology",
                                     "level": ("undergraduate", "本科", "bachelor"), "graduation_date": "2020-06-30",
                                     "certificate_number": "198865202005004482"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-labelled-lines.png", master_labelled_lines, "degree_certificate", "master-labelled-lines"),
              ("degree-english-version.png", bachelor_english_version, "degree_certificate", "bachelor-english-version"),
              ("graduation-grid.png", graduation_grid, "graduation_certificate", "graduation-grid"),
              ("graduation-english-version.png", graduation_english_version, "graduation_certificate", "graduation-english-version")]
    return write_drawn(folder, papers)
