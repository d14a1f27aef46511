"""A two-hundred-and-fifty-sixth drawn set, of the papers read least well cold: two verification reports, two degrees,
two work experience letters and a business plan, in wording and layouts no earlier set drew: a graduation report in
English with other labels ('Full Name', 'Specialty', 'Education Level', 'University'); a degree report whose values stand
on the line under their labels; a Chinese degree beside a photograph's frame, its text in a column on the right; an
English degree 'majoring in …' that 'has been granted the Bachelor's Degree in Engineering'; a letter with dotted dates
('15.04.2016 – 31.01.2023', 'Job title at departure'); a simplified Chinese letter with the month of joining and of
leaving on labelled lines; a simplified Chinese plan with its sums in 万港元. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredfiftysixth`). Every name, number and code is made up; 19709 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def english_other_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(200, 110, "Verification Report of Higher Education Qualification", 30, "sans_bold")
    y = 220
    for label, value in [("Full Name", "DING JIAYI"), ("Sex", "FEMALE"), ("Birth Date", "1996-01-15"), ("Enrollment Date", "2014-09-01"),
                         ("Graduation Date", "2018-06-30"), ("University", "JINGHU NORMAL UNIVERSITY"), ("Specialty", "PSYCHOLOGY"),
                         ("Education Level", "UNDERGRADUATE"), ("Certificate Number", "197091201805001773"), ("Verification Code", "T3WQ8M5XK2RZ7PNA")]:
        s.text(180, y, f"{label}:", 24, "sans")
        s.text(640, y, value, 24, "sans")
        y += 58
    return scanned_png(s, "otherlabels"), {"holder_name": "DING JIAYI", "date_of_birth": "1996-01-15", "institution": "JINGHU NORMAL UNIVERSITY",
                                           "sex": "F", "level": "UNDERGRADUATE", "major": "PSYCHOLOGY", "graduation_date": "2018-06-30",
                                           "certificate_number": "197091201805001773", "verification_code": "T3WQ8M5XK2RZ7PNA"}


def values_under_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    y = 220
    for label, value in [("姓名", "谭浩宇"), ("性别", "男"), ("出生日期", "1991年12月08日"), ("学位授予单位", "澄湖理工大学"), ("所授学位", "工学硕士学位"),
                         ("学科/专业", "计算机技术"), ("获学位日期", "2017年06月25日"), ("学位证书编号", "1970932017001148"), ("在线验证码", "K9RD2MXW7QTP4ZHB")]:
        s.text(180, y, label, 22, "serif_cjk")
        s.text(180, y + 36, value, 28, "serif_cjk")
        y += 96
    return scanned_png(s, "valuesunder"), {"holder_name": "谭浩宇", "date_of_birth": "1991-12-08", "institution": "澄湖理工大学", "sex": "M",
                                           "major": "计算机技术", "certificate_number": "1970932017001148", "verification_code": "K9RD2MXW7QTP4ZHB"}


def beside_a_photo_frame() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 130, "学士学位证书", 50, "serif_cjk")
    s.d.rectangle([180, 280, 480, 680], outline=(120, 120, 120), width=2)
    s.text(290, 460, "照片", 28, "serif_cjk")
    text_lines(s, 600, 290, ["邓雨萱，女，1997年5月20日生。", "在本校药学专业完成了本科学业，", "成绩合格。依照《中华人民共和国学位", "条例》的规定，授予理学学士学位。"],
               30, "serif_cjk", 64)
    text_lines(s, 980, 640, ["岚山医科大学", "2019年6月28日"], 28, "serif_cjk", 56)
    s.text(180, 800, "证书编号：1970942019002206", 24, "serif_cjk")
    _chop(s, 1150, 640, "岚山医科大学")
    return scanned_png(s, "photoframe"), {"holder_name": "邓雨萱", "degree": ("理学学士", "理学学士学位"), "major": "药学", "institution": "岚山医科大学",
                                          "date_awarded": "2019-06-28", "date_of_birth": "1997-05-20", "certificate_number": "1970942019002206"}


def granted_the_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 130, "NANSHAN UNIVERSITY OF SCIENCE AND TECHNOLOGY", 30, "serif_bold")
    s.text(1080, 220, "Certificate No.: 1970942016004519", 22, "serif")
    text_lines(s, 180, 320, ["This is to certify that KONG Weijie, male, born on 11 October 1993, majoring in Civil Engineering, has",
                             "completed the four-year undergraduate programme of this university, and has been granted the",
                             "Bachelor's Degree in Engineering."], 24, "serif", 48)
    text_lines(s, 900, 560, ["President", "1 July 2016"], 24, "serif", 44)
    return scanned_png(s, "granted"), {"holder_name": "KONG WEIJIE", "degree": ("Bachelor's Degree in Engineering", "Bachelor of Engineering"),
                                       "major": "Civil Engineering", "institution": "NANSHAN UNIVERSITY OF SCIENCE AND TECHNOLOGY",
                                       "date_awarded": "2016-07-01", "date_of_birth": "1993-10-11", "certificate_number": "1970942016004519"}


def dotted_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shenzhen Harbourgate Securities Co., Ltd.", 28, "sans_bold")
    s.text(140, 170, "Employment reference", 28, "sans")
    text_lines(s, 140, 260, ["Name:  Mr. LUO Jinpeng", "Dates of employment:  15.04.2016 – 31.01.2023", "Job title at departure:  Compliance Officer",
                             "", "This reference is given at the request of the employee. 24.11.2026"], 24, "sans", 50)
    return scanned_png(s, "dotted"), {"employer": "Shenzhen Harbourgate Securities Co., Ltd.", "position": "Compliance Officer",
                                      "start_date": "2016-04-15", "end_date": "2023-01-31"}


def months_on_labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "离职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["员工姓名：韦思琪", "所在部门：采购部", "职务：采购主管", "入职时间：2014年3月", "离职时间：2020年8月", "",
                             "兹证明以上情况属实。"], 30, "serif_cjk", 62)
    text_lines(s, 900, 740, ["南宁桂海食品有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 740, "南宁桂海食品有限公司")
    return scanned_png(s, "monthlabels"), {"employer": "南宁桂海食品有限公司", "position": "采购主管", "start_date": "2014-03-01",
                                           "end_date": "2020-08-31"}


def wan_hkd_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "星河文创设计（香港）有限公司", 34, "serif_cjk")
    s.text(660, 180, "业务计划", 32, "serif_cjk")
    text_lines(s, 160, 280, ["股东注资：合共280万港元，已存入公司账户。", "预计年营业额（第一年）：560万港元", "本地员工：首年6人，第二年9人",
                             "业务：品牌视觉设计及展览策划"], 28, "serif_cjk", 64)
    return scanned_png(s, "wanhkd"), {"capital_hkd": 2800000.0, "projected_turnover_hkd": 5600000.0, "local_jobs": 6}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-other-labels.png", english_other_labels, "qualification_report", "english-other-labels"),
              ("report-values-under.png", values_under_labels, "qualification_report", "values-under-labels"),
              ("degree-photo-frame.png", beside_a_photo_frame, "degree_certificate", "beside-a-photo-frame"),
              ("degree-granted.png", granted_the_degree, "degree_certificate", "granted-the-degree"),
              ("experience-dotted.png", dotted_dates, "work_experience_letter", "dotted-dates"),
              ("experience-month-labels.png", months_on_labelled_lines, "work_experience_letter", "months-on-labelled-lines"),
              ("plan-wan-hkd.png", wan_hkd_plan, "business_plan", "wan-hkd-plan")]
    return write_drawn(folder, papers)
