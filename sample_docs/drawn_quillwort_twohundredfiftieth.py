"""A two-hundred-and-fiftieth drawn set, of the papers read least well cold: three business plans, a degree, a graduation
report and two work experience letters, in wording and layouts no earlier set drew: a plan as a deck's page of dashed
points ('Funding:', 'Year 1 revenue target:', 'Team: … Hong Kong hires by month 12'); a plan's first-year budget as a
table whose rows name the capital injected and the local staff's salaries; a traditional Chinese plan in numbered
sections with its capital in financial numerals (捌拾萬); a simplified Chinese master's degree whose major follows the
sentence; a graduation report with three particulars to a line; a letter stating a stay by months in English ('between
March 2010 and November 2015'); a simplified Chinese letter whose posts stand in a table of rows. Each is a case of its
own (`scripts/bench_drawn_forms.py --set twohundredfiftieth`). Every name, number and code is made up; 19749 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def deck_points() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northwind Drone Surveys", 34, "sans_bold")
    s.text(140, 170, "The plan, in five points", 26, "sans")
    text_lines(s, 160, 260, ["-  Funding: HK$1.2m paid-up share capital (two founders, 50/50)",
                             "-  Year 1 revenue target: HK$4m from survey and inspection contracts",
                             "-  Team: 7 Hong Kong hires by month 12 (pilots, data processors, sales)",
                             "-  Break-even: month 18", "-  Office: Science Park, Sha Tin"], 26, "sans", 56)
    return scanned_png(s, "deck"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4000000.0, "local_jobs": 7}


def first_year_budget() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Saltmarsh Skincare Limited", 30, "serif_bold")
    s.text(140, 160, "First-year budget (HK$)", 26, "serif")
    _ruled(s, 140, 230, [["Item", "Amount"], ["Capital injected by the shareholders", "800,000"], ["Sales (12 months)", "1,950,000"],
                         ["Cost of goods", "(780,000)"], ["Salaries of 3 local staff", "(720,000)"], ["Rent and utilities", "(264,000)"]],
           [640, 360], 62, 24)
    return scanned_png(s, "budget"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 1950000.0, "local_jobs": 3}


def numbered_sections() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "翠谷有機農產有限公司", 36, "serif_cjk")
    s.text(640, 180, "業務計劃", 32, "serif_cjk")
    text_lines(s, 160, 280, ["一、公司資本：股東已注入資本港幣捌拾萬元。", "二、營業預測：首年營業額預計為港幣三百二十萬元。",
                             "三、人手安排：首年聘用本地員工四人，次年增至六人。", "四、銷售渠道：網店及街市攤檔。"], 30, "serif_cjk", 64)
    return scanned_png(s, "sections"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 4}


def major_after_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "硕士学位证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, "　　陈嘉怡，女，一九九三年二月十八日生。依照《中华人民共和国学位条例》的规定，经江岸财经大学学位评定委员会审核，"
                                "授予陈嘉怡经济学硕士学位。", 30, 30, 60)
    text_lines(s, 180, y + 30, ["专业：国际贸易学"], 30, "serif_cjk", 60)
    text_lines(s, 900, y + 160, ["江岸财经大学", "二〇一八年六月二十九日"], 28, "serif_cjk", 56)
    s.text(180, y + 340, "证书编号：1974932018000815", 24, "serif_cjk")
    _chop(s, 1100, y + 140, "江岸财经大学")
    return scanned_png(s, "majorafter"), {"holder_name": "陈嘉怡", "degree": ("经济学硕士", "经济学硕士学位"), "major": "国际贸易学",
                                          "institution": "江岸财经大学", "date_awarded": "2018-06-29", "date_of_birth": "1993-02-18",
                                          "certificate_number": "1974932018000815"}


def three_to_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    text_lines(s, 140, 240, ["姓名：邵明轩        性别：男        出生日期：1995年10月03日",
                             "入学日期：2013年09月01日        毕（结）业日期：2017年06月30日",
                             "学校名称：北川工业大学        专业：机械设计制造及其自动化",
                             "层次：本科        学历类别：普通高等教育        学习形式：普通全日制",
                             "证书编号：197491201705003128", "", "在线验证码：H8PX3KQ7M2WRT9ZD"], 28, "serif_cjk", 64)
    return scanned_png(s, "threeline"), {"holder_name": "邵明轩", "date_of_birth": "1995-10-03", "institution": "北川工业大学", "sex": "M",
                                         "level": "本科", "major": "机械设计制造及其自动化", "graduation_date": "2017-06-30",
                                         "certificate_number": "197491201705003128", "verification_code": "H8PX3KQ7M2WRT9ZD"}


def between_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Dongguan Evergrand Precision Moulding Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["18 November 2026", "", "To the Immigration Department, Hong Kong", "",
                             "Mr. PENG Haoran served as Production Supervisor in our factory in Dongguan between March 2010 and",
                             "November 2015. He was responsible for two injection moulding lines and a team of forty operators.", "",
                             "Administration Office"], 24, "serif", 44)
    return scanned_png(s, "betweenmonths"), {"employer": "Dongguan Evergrand Precision Moulding Co., Ltd.", "position": "Production Supervisor",
                                             "start_date": "2010-03-01", "end_date": "2015-11-30"}


def rows_of_posts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "工作证明", 44, "serif_cjk")
    s.text(160, 220, "兹证明冯子涵同志在我公司工作经历如下：", 30, "serif_cjk")
    _ruled(s, 160, 300, [["起止时间", "工作部门", "职务"], ["2014年7月1日至2017年3月31日", "财务部", "会计"],
                         ["2017年4月1日至2021年12月31日", "财务部", "财务主管"], ["2022年1月1日至2024年6月30日", "审计部", "内审经理"]],
           [560, 300, 300], 70, 26)
    text_lines(s, 900, 760, ["武汉汉江重工机械有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 760, "武汉汉江重工机械有限公司")
    return scanned_png(s, "rowsofposts"), {"employer": "武汉汉江重工机械有限公司", "position": "内审经理", "start_date": "2014-07-01",
                                           "end_date": "2024-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-deck.png", deck_points, "business_plan", "deck-points"),
              ("plan-budget.png", first_year_budget, "business_plan", "first-year-budget"),
              ("plan-sections.png", numbered_sections, "business_plan", "numbered-sections"),
              ("degree-major-after.png", major_after_sentence, "degree_certificate", "major-after-sentence"),
              ("report-three-to-a-line.png", three_to_a_line, "qualification_report", "three-to-a-line"),
              ("experience-between-months.png", between_months, "work_experience_letter", "between-months"),
              ("experience-rows-of-posts.png", rows_of_posts, "work_experience_letter", "rows-of-posts")]
    return write_drawn(folder, papers)
