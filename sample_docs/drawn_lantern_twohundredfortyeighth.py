"""A two-hundred-and-forty-eighth drawn set, of the papers read least well cold: three business plans, a degree, a
degree verification report and three work experience letters, in wording and layouts no earlier set drew: a plan as
questions and answers (the headcount in words); a simplified Chinese plan in a ruled table with its sums in 万元; a plan
whose Hong Kong staff stand in a table by function under a total, its forecast years on one line; an English degree
that names its graduate alone on a line ('having satisfied the examiners was admitted to the degree of …'); a degree
report as a one-column ruled table ('Degree Awarded', 'Discipline'); a verification of employment as a list ('Dates:
… – …'); a traditional Chinese letter with its dates in Chinese numerals; a simplified Chinese letter with its stay to
the month ('2012.07—2018.12'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredfortyeighth`). Every name, number and code is made up; 19759 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def questions_and_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Copperleaf Interiors Limited", 30, "serif_bold")
    s.text(140, 160, "Our plan in brief", 26, "serif")
    text_lines(s, 140, 240, ["How much money has been put into the company?", "    HK$450,000, by the two directors, in exchange for shares.", "",
                             "What turnover do you expect in your first year?", "    About HK$2.8 million from fitting-out contracts.", "",
                             "How many people will you employ in Hong Kong in year one?", "    Five: a designer, two site supervisors, a buyer and a clerk."],
               24, "serif", 44)
    return scanned_png(s, "qanda"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 5}


def wan_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "海程跨境物流（香港）有限公司", 36, "serif_cjk")
    s.text(620, 180, "业务计划要点", 32, "serif_cjk")
    _ruled(s, 160, 270, [["项目", "内容"], ["注册资本（已实缴）", "港币300万元"], ["第一年预计营业收入", "港币1,250万元"], ["计划招聘本地员工", "8人"],
                         ["主要客户", "跨境电商卖家"]], [560, 640], 70, 28)
    return scanned_png(s, "wantable"), {"capital_hkd": 3000000.0, "projected_turnover_hkd": 12500000.0, "local_jobs": 8}


def staff_by_function() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Verdant Roof Farms (HK) Limited", 30, "sans_bold")
    text_lines(s, 140, 180, ["The company's issued share capital of HK$1,000,000 has been fully paid up by its sole shareholder.",
                             "Forecast revenue:  Year 1  HK$3.6m    Year 2  HK$5.0m    Year 3  HK$6.7m"], 24, "sans", 48)
    s.text(140, 320, "Hong Kong staff plan (end of year 1)", 26, "sans_bold")
    _ruled(s, 140, 380, [["Function", "Staff"], ["Growing and harvest", "3"], ["Sales and delivery", "2"], ["Administration", "1"], ["Total", "6"]],
           [520, 260], 60, 24)
    return scanned_png(s, "byfunction"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 6}


def admitted_to_the_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 150, "THE UNIVERSITY OF NORTHMOOR", 38, "serif_bold")
    s.text(660, 300, "This is to certify that", 26, "serif")
    s.text(640, 380, "Wenjing ZHAO", 44, "serif_bold")
    text_lines(s, 400, 480, ["having satisfied the examiners was admitted to the degree of",
                             "Master of Science in Data Analytics with Merit", "on 12 December 2019"], 28, "serif", 60)
    text_lines(s, 200, 900, ["Vice-Chancellor", "", "Registration No. NM/2019/PG/04417"], 24, "serif", 40)
    return scanned_png(s, "admitted"), {"holder_name": ("ZHAO WENJING", "WENJING ZHAO"), "degree": "Master of Science", "major": "Data Analytics",
                                        "institution": "THE UNIVERSITY OF NORTHMOOR", "date_awarded": "2019-12-12",
                                        "certificate_number": "NM/2019/PG/04417"}


def one_column_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 110, "Online Verification Report of China Higher Education Degree", 28, "sans_bold")
    _ruled(s, 160, 220, [["Name", "TANG Ziqi"], ["Gender", "Male"], ["Date of Birth", "7 July 1993"], ["Degree Awarded", "Master of Engineering"],
                         ["Discipline", "Control Science and Engineering"], ["Degree Awarding Institution", "Qingluo University of Technology"],
                         ["Date of Degree Awarded", "28 June 2018"], ["Degree Certificate No.", "1975932018000937"],
                         ["Online Verification Code", "YV3K8M2QT7WN4XPB"]], [520, 760], 62, 24)
    return scanned_png(s, "onecolumn"), {"holder_name": "TANG ZIQI", "date_of_birth": "1993-07-07", "institution": "Qingluo University of Technology",
                                         "sex": "M", "major": "Control Science and Engineering", "certificate_number": "1975932018000937", "verification_code": "YV3K8M2QT7WN4XPB"}


def verification_list() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lingnan Bay Medical Devices Co., Ltd.", 28, "sans_bold")
    s.text(140, 170, "Employment Verification", 28, "sans")
    text_lines(s, 140, 260, ["Employee:  Ms. FANG Ruoxi", "Title:  Regulatory Affairs Specialist", "Department:  Quality and Regulatory",
                             "Dates:  01/07/2016 – 15/03/2024", "Status:  Former employee (resigned)", "",
                             "Issued on 27 November 2026 by the People Operations team."], 24, "sans", 48)
    return scanned_png(s, "verification"), {"employer": "Lingnan Bay Medical Devices Co., Ltd.", "position": "Regulatory Affairs Specialist",
                                            "start_date": "2016-07-01", "end_date": "2024-03-15"}


def chinese_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "服務證明書", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　茲證明陳柏宇先生（身份證號碼從略）自二〇一七年九月一日起至二〇二三年八月三十一日止於本公司任職，"
                                "離職時職位為高級會計師。", 30, 28, 58)
    text_lines(s, 900, y + 100, ["廣州嶺南會計師事務所有限公司", "二〇二六年十一月二十六日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 80, "廣州嶺南會計師事務所有限公司")
    return scanned_png(s, "numeraldates"), {"employer": "廣州嶺南會計師事務所有限公司", "position": "高級會計師", "start_date": "2017-09-01",
                                            "end_date": "2023-08-31"}


def month_stay() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "工作经历证明", 40, "serif_cjk")
    text_lines(s, 160, 240, ["姓名：吴思齐", "工作单位：南京青禾软件股份有限公司", "工作期间：2012.07—2018.12", "职务：测试组长", "",
                             "以上情况属实，特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 700, ["南京青禾软件股份有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 680, "南京青禾软件股份有限公司")
    return scanned_png(s, "monthstay"), {"employer": "南京青禾软件股份有限公司", "position": "测试组长", "start_date": "2012-07-01",
                                         "end_date": "2018-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-questions.png", questions_and_answers, "business_plan", "questions-and-answers"),
              ("plan-wan-table.png", wan_table, "business_plan", "wan-table"),
              ("plan-staff-by-function.png", staff_by_function, "business_plan", "staff-by-function"),
              ("degree-admitted.png", admitted_to_the_degree, "degree_certificate", "admitted-to-the-degree"),
              ("report-one-column.png", one_column_report, "qualification_report", "one-column-report"),
              ("experience-verification.png", verification_list, "work_experience_letter", "verification-list"),
              ("experience-numeral-dates.png", chinese_numeral_dates, "work_experience_letter", "chinese-numeral-dates"),
              ("experience-month-stay.png", month_stay, "work_experience_letter", "month-stay")]
    return write_drawn(folder, papers)
