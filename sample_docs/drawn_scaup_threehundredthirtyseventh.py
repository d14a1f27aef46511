"""A three-hundred-and-thirty-seventh drawn set, of work experience letters, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: a Chinese letter that tells a career in steps
(参加工作, then one post and then another, the last held now); an English letter for a person still employed that
opens 'Since joining …'; a traditional letter with its years in Chinese numerals written with 零 (由二零一二年三月至
二零一九年十月受聘於本公司，職位為…); an English letter whose particulars stand in rows under a sentence
('Position held', 'Dates', 'Employer'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredthirtyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def career_in_steps() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "工作经历证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　经查，柯雨桐同志于2010年7月参加工作，2010年7月至2018年12月在我院检验科任技师，",
                             "2019年1月起任检验科主管技师至今。该同志工作认真负责，业务能力强。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["泉州滨海医院", "2026年9月18日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 640, "泉州滨海医院")
    return scanned_png(s, "steps"), {"employer": "泉州滨海医院", "position": ("主管技师", "检验科主管技师"), "start_date": "2010-07-01"}


def since_joining() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harbor Crest Logistics (Ningbo) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["8 October 2026", "", "To whom it may concern", "",
                             "Since joining Harbor Crest Logistics (Ningbo) Co., Ltd. on 12 March 2017, Mr. LIANG Zhiwei has",
                             "served as our Customs Compliance Lead. He remains with the company in that role today.", "",
                             "Sincerely,", "", "Karen FU", "Head of People"], 24, "serif", 44)
    return scanned_png(s, "sincejoining"), {"employer": "Harbor Crest Logistics (Ningbo) Co., Ltd.", "position": "Customs Compliance Lead",
                                            "start_date": "2017-03-12"}


def years_with_ling() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "服務證明書", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明傅嘉豪先生由二零一二年三月至二零一九年十月受聘於本公司，職位為資深結構工程師。",
                             "", "　　此證。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["宏基建築工程顧問有限公司", "二零一九年十一月四日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "宏基建築工程顧問有限公司")
    return scanned_png(s, "ling"), {"employer": "宏基建築工程顧問有限公司", "position": "資深結構工程師", "start_date": "2012-03-01",
                                    "end_date": "2019-10-31"}


def particulars_in_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Letter of Verification", 34, "serif_bold")
    text_lines(s, 160, 200, ["3 April 2024", "", "We confirm the following particulars of a former member of our staff:"], 24, "serif", 44)
    y = 380
    for label, value in [("Name", "Ms. TIAN Xiaohui"), ("Employer", "Bluepeak Semiconductor (Wuxi) Co., Ltd."),
                         ("Position held", "Process Integration Engineer"), ("Dates", "1 September 2016 – 29 February 2024")]:
        s.text(200, y, label, 24, "serif")
        s.text(560, y, value, 24, "serif")
        y += 52
    text_lines(s, 160, y + 60, ["Yours faithfully,", "", "Daniel XU", "Human Resources Director"], 24, "serif", 44)
    return scanned_png(s, "rows"), {"employer": "Bluepeak Semiconductor (Wuxi) Co., Ltd.", "position": "Process Integration Engineer",
                                    "start_date": "2016-09-01", "end_date": "2024-02-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-career-in-steps.png", career_in_steps, "work_experience_letter", "career-in-steps"),
              ("work-since-joining.png", since_joining, "work_experience_letter", "since-joining"),
              ("work-years-with-ling.png", years_with_ling, "work_experience_letter", "years-with-ling"),
              ("work-particulars-in-rows.png", particulars_in_rows, "work_experience_letter", "particulars-in-rows")]
    return write_drawn(folder, papers)
