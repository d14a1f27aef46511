"""A two-hundred-and-eighty-eighth drawn set, of graduation certificates (read cold at 79 % at stop 72, short on papers
in English), in layouts and wording no earlier set drew: a translation headed 'Certificate of Graduation' whose
student 'studied in the four-year undergraduate programme of …' and 'is hereby permitted to graduate'; a simplified
Chinese certificate ruled as a table (姓名 | … | 性别 | …, 专业, 层次, 学制, 毕业时间, 证书编号 in cells); a master's
graduation certificate whose holder is named in a row over a sentence that says only 该生; a vocational college's
'DIPLOMA' in English of a three-year associate programme, awarded 'upon graduation on …'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredeightyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def permitted_to_graduate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "Certificate of Graduation", 36, "serif_bold")
    s.text(560, 170, "(Translation)", 22, "serif")
    text_lines(s, 160, 260, ["Student ZHANG Wei, male, born on 3 March 1996, studied in the four-year undergraduate",
                             "programme of Software Engineering at this university from September 2014 to June 2018,",
                             "completed all the courses required by the teaching plan with passing results, and is",
                             "hereby permitted to graduate."], 24, "serif", 46)
    text_lines(s, 900, 560, ["Xiangjiang Normal University", "President:  LIU Jianguo", "30 June 2018"], 24, "serif", 44)
    s.text(160, 800, "Certificate No.:  194781201805001736", 22, "serif")
    return scanned_png(s, "permitted"), {"holder_name": "ZHANG WEI", "institution": "Xiangjiang Normal University",
                                         "major": "Software Engineering", "level": ("undergraduate", "本科", "bachelor"),
                                         "graduation_date": "2018-06-30", "certificate_number": "194781201805001736"}


def ruled_cells() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "毕业证书", 48, "serif_cjk")
    _ruled(s, 160, 220, [["姓名", "邓晓彤", "性别", "女"], ["出生日期", "1997年2月11日", "学制", "四年"],
                         ["专业", "食品科学与工程", "层次", "本科"], ["入学时间", "2015年9月", "毕业时间", "2019年6月30日"],
                         ["证书编号", "194771201905002248", "", ""]], [240, 420, 200, 420], 70, 28)
    s.text(880, 640, "闽东农林大学", 32, "serif_cjk")
    _chop(s, 1320, 700, "闽东农林大学")
    return scanned_png(s, "cells"), {"holder_name": "邓晓彤", "institution": "闽东农林大学", "major": "食品科学与工程", "level": "本科",
                                     "graduation_date": "2019-06-30", "certificate_number": "194771201905002248"}


def named_over_gaisheng() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "研究生毕业证书", 44, "serif_cjk")
    text_lines(s, 160, 220, ["研究生：何婉清　　性别：女　　出生日期：1992年10月5日", "",
                             "　　该生于2015年9月至2018年6月在本校环境工程专业攻读硕士学位，修完培养计划",
                             "规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 560, ["校长：赵立群", "湘南理工大学", "二〇一八年六月二十八日"], 28, "serif_cjk", 56)
    s.text(160, 820, "证书编号：194761201802000517", 26, "serif_cjk")
    _chop(s, 1480, 560, "湘南理工大学")
    return scanned_png(s, "gaisheng"), {"holder_name": "何婉清", "institution": "湘南理工大学", "major": "环境工程",
                                        "level": ("硕士研究生", "研究生", "硕士"), "graduation_date": "2018-06-28",
                                        "certificate_number": "194761201802000517"}


def associate_diploma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "DIPLOMA", 44, "serif_bold")
    s.text(520, 170, "Jiangbei Vocational College of Tourism", 28, "serif_bold")
    text_lines(s, 160, 270, ["This is to certify that LIU Yang, born on 14 August 1995, has completed the three-year full-time",
                             "associate programme in Hotel Management at this College and is awarded this diploma upon",
                             "graduation on 20 June 2016."], 24, "serif", 46)
    text_lines(s, 160, 520, ["Diploma No.  194751201602000981", "Principal:  SUN Meifang"], 22, "serif", 40)
    return scanned_png(s, "associate"), {"holder_name": "LIU YANG", "institution": "Jiangbei Vocational College of Tourism",
                                         "major": "Hotel Management", "level": ("专科", "associate", "three-year", "三年制专科"),
                                         "graduation_date": "2016-06-20", "certificate_number": "194751201602000981"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-permitted.png", permitted_to_graduate, "graduation_certificate", "permitted-to-graduate"),
              ("graduation-ruled-cells.png", ruled_cells, "graduation_certificate", "ruled-cells"),
              ("graduation-named-over-gaisheng.png", named_over_gaisheng, "graduation_certificate", "named-over-gaisheng"),
              ("graduation-associate-diploma.png", associate_diploma, "graduation_certificate", "associate-diploma")]
    return write_drawn(folder, papers)
