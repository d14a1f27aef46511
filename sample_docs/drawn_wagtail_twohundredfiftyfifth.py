"""A two-hundred-and-fifty-fifth drawn set, of the papers read least well cold: three business plans, a degree and three
work experience letters, in wording and layouts no earlier set drew: a simplified Chinese plan whose capital is
registered and part paid (注册资本…其中已实缴…); a plan as a letter to the department ('committed HK$…, deposited in the
company's account', 'income of approximately', 'create three full-time positions for Hong Kong residents'); a forecast
by quarter with the year's total in the last column; an English degree set in short centred lines ('on the 30th day of
June, 2015'); an English letter with dates month first ('March 3, 2014') and the last position held; a simplified
Chinese letter with the stay to the month (自…起至…止) and the post after 任 in a sentence; a traditional Chinese
certificate as a table of labels and values. Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredfiftyfifth`). Every name, number and code is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def part_paid_chinese() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "启航跨境电商（香港）有限公司", 34, "serif_cjk")
    s.text(640, 180, "商业计划书摘要", 32, "serif_cjk")
    text_lines(s, 160, 280, ["一、注册资本港币100万元，其中已实缴港币40万元，余额于2027年6月前缴足。", "二、预计首年营业额港币680万元。",
                             "三、首年在港聘用员工5名，均为香港居民。"], 28, "serif_cjk", 64)
    return scanned_png(s, "partpaid"), {"capital_hkd": 400000.0, "projected_turnover_hkd": 6800000.0, "local_jobs": 5}


def letter_to_department() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Redhill Acoustics Consulting Limited", 28, "serif_bold")
    text_lines(s, 140, 190, ["The Director of Immigration", "", "Dear Sir,", "",
                             "In its first year the company expects to generate income of approximately HK$2.6 million and to create",
                             "three full-time positions for Hong Kong residents. The shareholders have committed HK$900,000, which",
                             "has been deposited in the company's account.", "", "Yours faithfully,", "Director"], 24, "serif", 44)
    return scanned_png(s, "department"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 3}


def by_quarter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Orchid Lane Florists Ltd - first-year forecast", 28, "sans_bold")
    s.text(140, 160, "Paid-up capital: HK$350,000", 24, "sans")
    _ruled(s, 140, 230, [["", "Q1", "Q2", "Q3", "Q4", "Year 1"], ["Sales (HK$)", "180,000", "260,000", "310,000", "450,000", "1,200,000"],
                         ["HK staff (end of quarter)", "2", "3", "3", "4", "4"]], [360, 170, 170, 170, 170, 200], 62, 22)
    return scanned_png(s, "quarters"), {"capital_hkd": 350000.0, "projected_turnover_hkd": 1200000.0, "local_jobs": 4}


def centred_lines() -> tuple[bytes, dict]:
    s = Sheet()
    lines = [("WESTRIVER FOREIGN STUDIES UNIVERSITY", 36, "serif_bold"), ("", 20, "serif"), ("awards", 26, "serif"), ("LIANG Yuhan", 40, "serif_bold"),
             ("born on 4 April 1993", 24, "serif"), ("the degree of", 26, "serif"), ("Bachelor of Arts", 34, "serif_bold"),
             ("in English Language and Literature", 28, "serif"), ("on the 30th day of June, 2015", 26, "serif")]
    y = 160
    for text, size, font in lines:
        s.text(827 - len(text) * size // 4, y, text, size, font)
        y += 90
    text_lines(s, 200, 1100, ["President", "", "No. 1970242015003391"], 24, "serif", 40)
    return scanned_png(s, "centred"), {"holder_name": "LIANG YUHAN", "degree": "Bachelor of Arts", "major": "English Language and Literature",
                                       "institution": "WESTRIVER FOREIGN STUDIES UNIVERSITY", "date_awarded": "2015-06-30",
                                       "date_of_birth": "1993-04-04", "certificate_number": "1970242015003391"}


def month_first_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Qingdao Bluecoast Seafood Trading Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["November 20, 2026", "", "To Whom It May Concern:", "",
                             "We confirm that Mr. XU Haotian worked for our company from March 3, 2014 to August 29, 2019. His last",
                             "position held was Senior Buyer, Frozen Products.", "", "Sincerely,", "", "Personnel Department"], 24, "serif", 44)
    return scanned_png(s, "monthfirst"), {"employer": "Qingdao Bluecoast Seafood Trading Co., Ltd.",
                                          "position": ("Senior Buyer", "Senior Buyer, Frozen Products"),
                                          "start_date": "2014-03-03", "end_date": "2019-08-29"}


def month_stay_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明杜若曦女士自2013年3月起至2019年9月止在我公司市场部工作，", "从事品牌推广工作，任品牌经理。", "",
                             "　　特此证明。"], 30, "serif_cjk", 60)
    text_lines(s, 900, 560, ["长沙湘岳日化有限公司", "2026年11月22日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 560, "长沙湘岳日化有限公司")
    return scanned_png(s, "monthsentence"), {"employer": "长沙湘岳日化有限公司", "position": "品牌经理", "start_date": "2013-03-01",
                                             "end_date": "2019-09-30"}


def labels_and_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "僱傭證明書", 44, "serif_cjk")
    _ruled(s, 200, 240, [["姓名", "溫思遠"], ["入職日期", "2015年8月3日"], ["離職日期", "2023年12月29日"], ["最後職位", "物流規劃主任"],
                         ["所屬部門", "營運部"]], [320, 700], 72, 28)
    text_lines(s, 900, 680, ["福州閩江物流有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 680, "福州閩江物流有限公司")
    return scanned_png(s, "labelsvalues"), {"employer": "福州閩江物流有限公司", "position": "物流規劃主任", "start_date": "2015-08-03",
                                            "end_date": "2023-12-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-part-paid.png", part_paid_chinese, "business_plan", "part-paid-chinese"),
              ("plan-department.png", letter_to_department, "business_plan", "letter-to-department"),
              ("plan-quarters.png", by_quarter, "business_plan", "by-quarter"),
              ("degree-centred.png", centred_lines, "degree_certificate", "centred-lines"),
              ("experience-month-first.png", month_first_dates, "work_experience_letter", "month-first-dates"),
              ("experience-month-sentence.png", month_stay_sentence, "work_experience_letter", "month-stay-sentence"),
              ("experience-labels-values.png", labels_and_values, "work_experience_letter", "labels-and-values")]
    return write_drawn(folder, papers)
