"""A two-hundred-and-sixty-eighth drawn set, of the papers read least well cold, in wording no earlier set drew: a
simplified Chinese letter whose particulars sit in a one-row table under its headings (dates as 2016.03.15); an English
letter of a tenure ('tenure with the firm ran from … through …', 'held the title of … at the time of his departure'); an
HR system's verification ('Employee since', 'Termination date', 'Last job title'); a plan in sentences of founders' equity,
a revenue forecast for FY2027 and a headcount to reach; a simplified Chinese plan as questions and answers (问/答); an
English degree dated in words ('the twentieth day of June, two thousand and nineteen'); a master's degree told in two
sentences (攻读硕士学位 … 决定授予…). Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredsixtyeighth`). Every name, number and code is made up; 19589 and 19579 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def one_row_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 220, ["兹证明下列人员曾在我公司工作，情况如下："], 28, "serif_cjk", 56)
    _ruled(s, 160, 300, [["姓名", "部门", "职务", "入职时间", "离职时间"], ["钟雨欣", "质量部", "质量经理", "2016.03.15", "2022.09.30"]],
           [220, 240, 280, 280, 280], 70, 26)
    text_lines(s, 880, 640, ["宁波甬江汽车零部件有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 640, "宁波甬江汽车零部件有限公司")
    return scanned_png(s, "onerow"), {"employer": "宁波甬江汽车零部件有限公司", "position": "质量经理", "start_date": "2016-03-15",
                                      "end_date": "2022-09-30"}


def tenure_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xiamen Egret Quantity Surveyors Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["26 November 2026", "", "To the Director of Immigration", "",
                             "Mr. PAN Jie's tenure with the firm ran from 14 April 2014 through 31 December 2020. He held the title",
                             "of Senior Estimator at the time of his departure.", "", "Managing Partner"], 24, "serif", 44)
    return scanned_png(s, "tenure"), {"employer": "Xiamen Egret Quantity Surveyors Co., Ltd.", "position": "Senior Estimator",
                                      "start_date": "2014-04-14", "end_date": "2020-12-31"}


def hr_system_printout() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "EMPLOYMENT VERIFICATION — printed from HR system", 24, "mono")
    text_lines(s, 140, 170, ["Company ............ Tianjin Bohai Shipping Agency Co., Ltd.", "Employee ........... TANG Rui",
                             "Employee since ..... 1 June 2015", "Termination date ... 28 February 2022",
                             "Last job title ..... Logistics Planner", "Printed ............ 27 November 2026"], 24, "mono", 48)
    return scanned_png(s, "hrsystem"), {"employer": "Tianjin Bohai Shipping Agency Co., Ltd.", "position": "Logistics Planner",
                                        "start_date": "2015-06-01", "end_date": "2022-02-28"}


def plan_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Cobalt Reef Diving Limited", 30, "sans_bold")
    text_lines(s, 140, 190, ["The company is funded by HK$600,000 of founders' equity.", "Revenue is forecast at HK$2.2m for FY2027.",
                             "Headcount in Hong Kong will reach 4 by the end of the first year."], 24, "sans", 46)
    return scanned_png(s, "sentences"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2200000.0, "local_jobs": 4}


def plan_questions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "创业计划问答", 40, "serif_cjk")
    text_lines(s, 160, 220, ["问：公司资本多少？", "答：实缴资本港币80万元。", "", "问：第一年营业额预计多少？", "答：约港币260万元。", "",
                             "问：在港聘用多少本地员工？", "答：4人。"], 28, "serif_cjk", 56)
    return scanned_png(s, "questions"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def date_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 140, "EASTBANK UNIVERSITY", 44, "serif_bold")
    text_lines(s, 200, 300, ["This certifies that LUO Wenjing, born 7 May 1997, has satisfied the requirements for the degree of",
                             "Bachelor of Science in Statistics and that the degree was conferred on the twentieth day of June,",
                             "two thousand and nineteen.", "", "Certificate number 1958942019004471"], 24, "serif", 48)
    return scanned_png(s, "inwords"), {"holder_name": "LUO WENJING", "date_of_birth": "1997-05-07", "institution": "EASTBANK UNIVERSITY",
                                       "degree": "Bachelor of Science", "major": "Statistics", "date_awarded": "2019-06-20",
                                       "certificate_number": "1958942019004471"}


def two_sentence_master() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 200, "硕士学位证书", 60, "serif_cjk")
    y = _paragraph(s, 200, 400, "　　何静，女，1992年8月3日生，于2016年9月至2019年6月在我校工商管理专业攻读硕士学位，完成了培养计划，通过了学位论文答辩。"
                                "经本校学位评定委员会审议，决定授予何静管理学硕士学位。", 24, 40, 80)
    text_lines(s, 860, y + 100, ["东滨财经大学", "2019年6月26日"], 32, "serif_cjk", 64)
    _chop(s, 1200, y + 80, "东滨财经大学")
    s.text(200, 2050, "证书编号：1957932019000356", 26, "serif_cjk")
    return scanned_png(s, "twosentences"), {"holder_name": "何静", "date_of_birth": "1992-08-03", "institution": "东滨财经大学", "major": "工商管理",
                                            "degree": ("管理学硕士", "管理学硕士学位"), "date_awarded": "2019-06-26",
                                            "certificate_number": "1957932019000356"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-one-row.png", one_row_table, "work_experience_letter", "one-row-table"),
              ("experience-tenure.png", tenure_letter, "work_experience_letter", "tenure-letter"),
              ("experience-hr-system.png", hr_system_printout, "work_experience_letter", "hr-system-printout"),
              ("plan-sentences.png", plan_sentences, "business_plan", "plan-sentences"),
              ("plan-questions.png", plan_questions, "business_plan", "plan-questions"),
              ("degree-in-words.png", date_in_words, "degree_certificate", "date-in-words"),
              ("degree-two-sentences.png", two_sentence_master, "degree_certificate", "two-sentence-master")]
    return write_drawn(folder, papers)
