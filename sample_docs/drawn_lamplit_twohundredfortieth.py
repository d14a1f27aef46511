"""A two-hundred-and-fortieth drawn set, a test set of three qualification reports, a work experience letter and a
business plan, in layouts no earlier set drew: the 教育部学历证书电子注册备案表 as a ruled grid of two label-value
pairs a row (毕（结）业日期, 在线验证码 and its validity under the grid); a degree's online verification report
(学位授予单位, 学科/专业, 学位证书编号); an English verification report as a ruled table with its own labels ('Full Name',
'Name of Institution', 'Education Level', 'Specialty'); a letter stating the stay in brackets after 'tenure'; a
simplified Chinese plan in round bullets (启动资金, 第一年营收预期, 香港本地招聘4人). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredfortieth`). Every name, number and code is made up; 19849 and 19819 are
no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def filing_form_grid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    s.text(1060, 180, "更新日期：2026年11月10日", 22, "serif_cjk")
    _ruled(s, 120, 240, [["姓名", "程嘉怡", "性别", "女"], ["出生日期", "1996年05月17日", "民族", "汉族"],
                         ["入学日期", "2014年09月01日", "毕（结）业日期", "2018年06月30日"], ["学校名称", "滨江师范大学", "专业", "英语"],
                         ["学制", "4年", "层次", "本科"], ["学历类别", "普通高等教育", "学习形式", "普通全日制"],
                         ["毕（结）业", "毕业", "证书编号", "198491201805002417"]], [250, 420, 270, 480], 66, 24)
    text_lines(s, 120, 760, ["在线验证码：K7RQ2M9XW4TB6HZP", "本备案表在线验证有效期至：2027年5月10日"], 24, "serif_cjk", 50)
    return scanned_png(s, "filing"), {"holder_name": "程嘉怡", "sex": "F", "date_of_birth": "1996-05-17", "institution": "滨江师范大学",
                                      "major": "英语", "level": "本科", "graduation_date": "2018-06-30",
                                      "certificate_number": "198491201805002417", "verification_code": "K7RQ2M9XW4TB6HZP",
                                      "valid_until": "2027-05-10"}


def degree_verification() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    text_lines(s, 180, 240, ["姓名：邵文博", "性别：男", "出生日期：1992年10月03日", "获学位日期：2018年06月25日",
                             "学位授予单位：云岭理工大学", "所授学位：工学硕士学位", "学科/专业：控制科学与工程",
                             "学位证书编号：1981932018000764", "", "在线验证码：PX4T8KQ2N7WDM3RA"], 26, "serif_cjk", 56)
    return scanned_png(s, "degreeverify"), {"holder_name": "邵文博", "date_of_birth": "1992-10-03", "institution": "云岭理工大学",
                                            "major": "控制科学与工程", "certificate_number": "1981932018000764",
                                            "verification_code": "PX4T8KQ2N7WDM3RA"}


def english_report_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(200, 120, "Online Verification Report of Higher Education Qualification Certificate", 30, "sans_bold")
    _ruled(s, 180, 220, [["Full Name", "TIAN Ruoxi"], ["Sex", "Female"], ["Birth Date", "14 July 1994"],
                         ["Name of Institution", "Qiantang University of Technology"], ["Education Level", "Bachelor"],
                         ["Specialty", "Industrial Design"], ["Graduation Date", "30 June 2016"], ["Certificate Number", "198591201605001122"],
                         ["Verification Code", "B3WX8N2QJ6TR4KZM"]], [460, 760], 62, 24)
    return scanned_png(s, "englishtable"), {"holder_name": "TIAN RUOXI", "sex": "F", "date_of_birth": "1994-07-14",
                                            "institution": "Qiantang University of Technology", "major": "Industrial Design",
                                            "level": ("Bachelor", "本科", "Undergraduate"), "graduation_date": "2016-06-30",
                                            "certificate_number": "198591201605001122", "verification_code": "B3WX8N2QJ6TR4KZM"}


def tenure_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Changzhou Grandcanal Textile Machinery Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["22 November 2026", "", "Letter of Service", "",
                             "During her tenure with the Company (16 May 2016 - 30 September 2022), Ms. ZUO Nanxi served as Head",
                             "of Procurement.", "", "Human Resources Centre"], 24, "serif", 44)
    return scanned_png(s, "tenure"), {"employer": "Changzhou Grandcanal Textile Machinery Co., Ltd.", "position": "Head of Procurement",
                                      "start_date": "2016-05-16", "end_date": "2022-09-30"}


def simplified_round_bullets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "半岛咖啡烘焙有限公司", 36, "serif_cjk")
    s.text(640, 170, "创业计划摘要", 32, "serif_cjk")
    text_lines(s, 180, 270, ["● 启动资金：港币80万元，由三位股东出资", "● 第一年营收预期：约港币300万元",
                             "● 团队：香港本地招聘4人（含1名兼职）"], 28, "serif_cjk", 64)
    return scanned_png(s, "roundbullets"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-filing.png", filing_form_grid, "qualification_report", "filing-form-grid"),
              ("report-degree.png", degree_verification, "qualification_report", "degree-verification"),
              ("report-english.png", english_report_table, "qualification_report", "english-report-table"),
              ("experience-tenure.png", tenure_in_brackets, "work_experience_letter", "tenure-in-brackets"),
              ("plan-bullets.png", simplified_round_bullets, "business_plan", "simplified-round-bullets")]
    return write_drawn(folder, papers)
