"""A two-hundred-and-thirty-eighth drawn set, a test set of three business plans and three work experience letters, in
wording and layouts no earlier set drew: a plan of questions and answers whose team is placed by its office's district
('all based at our Kwun Tong office'); a plan whose sources of funds list the shareholders' capital beside a bank loan
and their total; a traditional Chinese plan as a table (股東出資, 首年預計營業額, 計劃僱用本地員工); a letter naming its
firm only where it signs ('For and on behalf of …') with American dates; letters whose stays are stated to the month
only, in simplified Chinese (于2012年7月至2020年12月) and in English ('from July 2015 to March 2022'): a month's stay is
taken to begin on its first day and end on its last. Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredthirtyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def questions_and_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tallmast Ventilation Engineering Limited - our plan in brief", 28, "serif_bold")
    y = 190
    for q, a in [("What has been invested?", "The shareholders have subscribed HK$1.5 million in ordinary shares, fully paid."),
                 ("What do you expect to sell?", "About HK$4 million in the first financial year."),
                 ("How big will the team be?", "Seven people by the end of the first year, all based at our Kwun Tong office.")]:
        s.text(140, y, q, 26, "serif_bold")
        s.text(140, y + 48, a, 24, "serif")
        y += 140
    return scanned_png(s, "qanda"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 4000000.0, "local_jobs": 7}


def sources_of_funds() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Peakway Courier Services Limited", 30, "serif_bold")
    s.text(140, 170, "Sources of funds", 26, "serif_bold")
    _ruled(s, 140, 230, [["Source", "Amount"], ["Shareholders' capital", "HK$800,000"], ["Bank loan", "HK$400,000"], ["Total", "HK$1,200,000"]],
           [560, 400], 62, 24)
    text_lines(s, 140, 530, ["Projected income statement, year 1: Sales HK$2,900,000; net profit HK$210,000.",
                             "Year 1 headcount in Hong Kong: 3 full-time riders and dispatchers."], 24, "serif", 48)
    return scanned_png(s, "funds"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2900000.0, "local_jobs": 3}


def traditional_funds_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "嶺南手作皮具有限公司", 36, "serif_cjk")
    s.text(620, 170, "營運計劃要點", 32, "serif_cjk")
    _ruled(s, 140, 260, [["項目", "內容"], ["股東出資", "港幣60萬元（已全數到位）"], ["首年預計營業額", "港幣240萬元"], ["計劃僱用本地員工", "3人"]],
           [460, 640], 70, 28)
    return scanned_png(s, "tradfunds"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 3}


def signs_for_the_firm() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 140, ["November 24, 2026", "", "To Whom It May Concern:", "",
                             "We hereby certify that Ms. GUO Wenjing held the post of Berth Planning Officer in our company",
                             "during the period from March 1, 2014 to October 31, 2020.", "",
                             "For and on behalf of", "Tianjin Bohai Port Services Co., Ltd.", "", "Personnel Section"], 24, "serif", 44)
    return scanned_png(s, "signsfor"), {"employer": "Tianjin Bohai Port Services Co., Ltd.", "position": "Berth Planning Officer",
                                        "start_date": "2014-03-01", "end_date": "2020-10-31"}


def simplified_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "郑州中原路桥建设有限公司", 36, "serif_cjk")
    s.text(660, 200, "工作证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明王立新同志于2012年7月至2020年12月在我公司工作，离职前任项目经理。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["郑州中原路桥建设有限公司", "2026年11月16日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "郑州中原路桥建设有限公司")
    return scanned_png(s, "months"), {"employer": "郑州中原路桥建设有限公司", "position": "项目经理", "start_date": "2012-07-01",
                                      "end_date": "2020-12-31"}


def english_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ningbo Eastsea Homewares Trading Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["18 November 2026", "", "Employment confirmation", "",
                             "Mr. XU Yangming worked for us from July 2015 to March 2022 as Senior Buyer.", "",
                             "Administration Department"], 24, "serif", 44)
    return scanned_png(s, "englishmonths"), {"employer": "Ningbo Eastsea Homewares Trading Co., Ltd.", "position": "Senior Buyer",
                                             "start_date": "2015-07-01", "end_date": "2022-03-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-questions.png", questions_and_answers, "business_plan", "questions-and-answers"),
              ("plan-funds.png", sources_of_funds, "business_plan", "sources-of-funds"),
              ("plan-traditional.png", traditional_funds_table, "business_plan", "traditional-funds-table"),
              ("experience-signs-for.png", signs_for_the_firm, "work_experience_letter", "signs-for-the-firm"),
              ("experience-months.png", simplified_months, "work_experience_letter", "simplified-months"),
              ("experience-english-months.png", english_months, "work_experience_letter", "english-months")]
    return write_drawn(folder, papers)
