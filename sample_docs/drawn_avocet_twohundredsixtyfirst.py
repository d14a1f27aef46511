"""A two-hundred-and-sixty-first drawn set, of degrees, a report, a letter and a plan in layouts no earlier set drew: a
degree whose graduate's name stands alone, large, with 同学 after it; a degree in Chinese with its English rendering as a
second paragraph under it; a degree from an independent college of a university (…大学…学院); a graduation report whose
labels are spread with full-width spaces (姓　　名：); a work experience letter whose labels are spread the same way; a plan
whose registered capital is stated with the part paid in brackets (注册资本：港币500万元（实缴100万元）). Each is a case of its
own (`scripts/bench_drawn_forms.py --set twohundredsixtyfirst`). Every name, number and code is made up; 19659 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def name_alone_large() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    s.text(600, 300, "郑 可 欣", 56, "serif_cjk")
    s.text(860, 312, "同学：", 32, "serif_cjk")
    text_lines(s, 180, 420, ["　　女，1996年9月12日生，于2014年9月至2018年6月在本校汉语言文学专业完成了本科学业，", "成绩合格，依照《中华人民共和国学位条例》的规定，授予文学学士学位。"],
               28, "serif_cjk", 58)
    text_lines(s, 900, 660, ["湘南师范大学", "2018年6月28日"], 28, "serif_cjk", 56)
    s.text(180, 860, "证书编号：1965942018003377", 24, "serif_cjk")
    _chop(s, 1100, 680, "湘南师范大学")
    return scanned_png(s, "namealone"), {"holder_name": "郑可欣", "degree": ("文学学士", "文学学士学位"), "major": "汉语言文学", "institution": "湘南师范大学",
                                         "date_awarded": "2018-06-28", "date_of_birth": "1996-09-12", "certificate_number": "1965942018003377"}


def chinese_then_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "硕士学位证书", 46, "serif_cjk")
    text_lines(s, 180, 230, ["　　柏文轩，男，1992年4月7日生。在本校软件工程专业学位授予点上已通过硕士学位的课程考试和论文答辩，",
                             "成绩合格。根据《中华人民共和国学位条例》的规定，授予工程硕士学位。"], 26, "serif_cjk", 54)
    text_lines(s, 180, 400, ["BAI Wenxuan, male, born on 7 April 1992, has passed the course examinations and the thesis defence for",
                             "the master's degree in Software Engineering and is awarded the degree of Master of Engineering."], 22, "serif", 42)
    text_lines(s, 900, 600, ["东江理工大学学位评定委员会主席", "2017年6月25日"], 26, "serif_cjk", 52)
    s.text(180, 800, "证书编号：1965932017000462", 24, "serif_cjk")
    _chop(s, 1120, 640, "东江理工大学")
    return scanned_png(s, "chithenen"), {"holder_name": ("柏文轩", "BAI WENXUAN"), "degree": ("工程硕士", "工程硕士学位", "Master of Engineering"),
                                         "major": ("软件工程", "Software Engineering"), "institution": "东江理工大学", "date_awarded": "2017-06-25",
                                         "date_of_birth": "1992-04-07", "certificate_number": "1965932017000462"}


def independent_college() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    text_lines(s, 180, 300, ["　　施雨婷，女，1997年2月25日生。在本学院财务管理专业完成了本科学业，成绩合格。", "依照《中华人民共和国学位条例》的规定，授予管理学学士学位。"],
               28, "serif_cjk", 58)
    text_lines(s, 860, 500, ["汉江理工大学东湖学院", "2019年6月30日"], 28, "serif_cjk", 56)
    s.text(180, 700, "证书编号：1965942019006018", 24, "serif_cjk")
    _chop(s, 1100, 500, "汉江理工大学东湖学院")
    return scanned_png(s, "college"), {"holder_name": "施雨婷", "degree": ("管理学学士", "管理学学士学位"), "major": "财务管理",
                                       "institution": "汉江理工大学东湖学院", "date_awarded": "2019-06-30", "date_of_birth": "1997-02-25",
                                       "certificate_number": "1965942019006018"}


def spread_labels_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 120, "教育部学历证书电子注册备案表", 42, "serif_cjk")
    text_lines(s, 170, 250, ["姓　　名：郑可欣", "性　　别：女", "出生日期：1996年09月12日", "学校名称：湘南师范大学", "专　　业：汉语言文学",
                             "层　　次：本科", "毕业日期：2018年06月30日", "证书编号：196591201805003377", "", "在线验证码：N5QX2W8KT7RM3ZPB"],
               30, "serif_cjk", 64)
    return scanned_png(s, "spreadreport"), {"holder_name": "郑可欣", "date_of_birth": "1996-09-12", "institution": "湘南师范大学", "sex": "F",
                                            "level": "本科", "major": "汉语言文学", "graduation_date": "2018-06-30",
                                            "certificate_number": "196591201805003377", "verification_code": "N5QX2W8KT7RM3ZPB"}


def spread_labels_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["姓　　名：柏文轩", "单　　位：深圳鹏程数据服务有限公司", "职　　务：后端开发工程师", "入职日期：2017年7月10日",
                             "离职日期：2024年3月29日", "", "特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 900, 740, ["深圳鹏程数据服务有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 740, "深圳鹏程数据服务有限公司")
    return scanned_png(s, "spreadletter"), {"employer": "深圳鹏程数据服务有限公司", "position": "后端开发工程师", "start_date": "2017-07-10",
                                            "end_date": "2024-03-29"}


def part_paid_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "云帆医疗器械（香港）有限公司", 34, "serif_cjk")
    s.text(640, 180, "商业计划概要", 32, "serif_cjk")
    text_lines(s, 160, 280, ["注册资本：港币500万元（实缴100万元）", "第一年营业收入预测：港币850万元", "本地招聘人数：第一年7人", "主要产品：家用康复器械"],
               28, "serif_cjk", 64)
    return scanned_png(s, "partbrackets"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 8500000.0, "local_jobs": 7}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-name-alone.png", name_alone_large, "degree_certificate", "name-alone-large"),
              ("degree-chinese-then-english.png", chinese_then_english, "degree_certificate", "chinese-then-english"),
              ("degree-independent-college.png", independent_college, "degree_certificate", "independent-college"),
              ("report-spread-labels.png", spread_labels_report, "qualification_report", "spread-labels-report"),
              ("experience-spread-labels.png", spread_labels_letter, "work_experience_letter", "spread-labels-letter"),
              ("plan-part-paid-brackets.png", part_paid_brackets, "business_plan", "part-paid-brackets")]
    return write_drawn(folder, papers)
