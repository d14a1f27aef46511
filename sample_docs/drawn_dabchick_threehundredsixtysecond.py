"""A three-hundred-and-sixty-second drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a
certificate of leaving (离职证明) whose person 原系我公司…员工, held a post 在职期间, joined 于…入职 and left 于…离职; a
Taiwan company's certificate of service in rows with the Republic's years (民國105年3月1日); a record of work whose
years are a label's months with dots and a dash (工作年限：2013.09—2019.12). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredsixtysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def certificate_of_leaving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "离职证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明傅思辰（身份证号：420102199203154416）原系我公司技术研发部员工，在职期间担任嵌入式",
                             "软件工程师职务，于2015年8月3日入职，于2022年4月15日因个人原因离职，已办理完离职手续。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 540, ["武汉光谷芯联科技有限公司", "2022年4月15日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 610, "武汉光谷芯联科技有限公司")
    return scanned_png(s, "leaving"), {"employer": "武汉光谷芯联科技有限公司", "position": "嵌入式软件工程师", "start_date": "2015-08-03",
                                       "end_date": "2022-04-15"}


def taiwan_service_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "服 務 證 明 書", 44, "serif_cjk")
    y = 240
    for label, value in [("姓　　名", "蕭宇辰"), ("出生日期", "民國79年8月12日"), ("服務部門", "製程整合處"), ("職　　稱", "資深製程工程師"),
                         ("到職日期", "民國105年3月1日"), ("離職日期", "民國111年6月30日")]:
        s.text(240, y, label, 30, "serif_cjk")
        s.text(560, y, value, 30, "serif_cjk")
        y += 70
    text_lines(s, 240, y + 40, ["上開人員確於本公司服務，特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, y + 180, ["台灣昕宇光電股份有限公司", "中華民國115年11月20日"], 28, "serif_cjk", 60)
    return scanned_png(s, "taiwanrows"), {"employer": "台灣昕宇光電股份有限公司", "position": ("資深製程工程師", "资深制程工程师"),
                                          "start_date": "2016-03-01", "end_date": "2022-06-30"}


def years_of_work_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "工作经历证明", 44, "serif_cjk")
    y = 240
    for line in ["姓　　名：冉景行", "身份证号：500112199005273311", "工作单位：重庆两江智造装备有限公司", "工作年限：2013.09—2019.12",
                 "所任岗位：项目工程师", "", "以上情况属实，特此证明。"]:
        if line:
            s.text(220, y, line, 28, "sans_cjk")
        y += 66
    text_lines(s, 880, y + 80, ["证明单位（盖章）", "2026年10月12日"], 26, "sans_cjk", 56)
    _chop(s, 1400, y + 120, "重庆两江智造装备有限公司")
    return scanned_png(s, "yearslabel"), {"employer": "重庆两江智造装备有限公司", "position": "项目工程师", "start_date": "2013-09-01",
                                          "end_date": "2019-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-certificate-of-leaving.png", certificate_of_leaving, "work_experience_letter", "certificate-of-leaving"),
              ("work-taiwan-service-rows.png", taiwan_service_rows, "work_experience_letter", "taiwan-service-rows"),
              ("work-years-of-work-label.png", years_of_work_label, "work_experience_letter", "years-of-work-label")]
    return write_drawn(folder, papers)
