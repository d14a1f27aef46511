"""A two-hundred-and-sixty-second drawn set, of work experience letters and business plans in wording no earlier set drew:
'employed with us as a full-time … during the period … – …'; 'joined the Bank on … as a Management Trainee and left on …
as Vice President, Credit Risk'; 'Position: … Period: Mar 2015 – Present'; 自…入职以来，一直担任…一职，至今; a plan's 'a team
of nine, seven of whom will be Hong Kong residents'; a plan as a bilingual table (實繳資本 Paid-up capital). Each is a case
of its own (`scripts/bench_drawn_forms.py --set twohundredsixtysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def during_the_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Dalian Northbay Smart Port Technology Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["21 November 2026", "", "CERTIFICATE", "",
                             "This is to certify that Mr. HU Jian was employed with us as a full-time Data Engineer during the period",
                             "1 June 2016 – 31 May 2021.", "", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "period"), {"employer": "Dalian Northbay Smart Port Technology Co., Ltd.", "position": "Data Engineer",
                                      "start_date": "2016-06-01", "end_date": "2021-05-31"}


def joined_as_left_as() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Bank of Eastern Harbour (China) Limited, Shanghai Branch", 26, "serif_bold")
    text_lines(s, 140, 200, ["20 November 2026", "", "To whom it may concern", "",
                             "Ms. CAI Ning joined the Bank on 2 September 2013 as a Management Trainee and left on 30 June 2022 as",
                             "Vice President, Credit Risk.", "", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "leftas"), {"employer": ("Bank of Eastern Harbour (China) Limited, Shanghai Branch", "Bank of Eastern Harbour (China) Limited"),
                                      "position": ("Vice President, Credit Risk", "Vice President"), "start_date": "2013-09-02", "end_date": "2022-06-30"}


def period_to_present() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xi'an Qinling Semiconductor Test Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 190, ["Confirmation of employment", "", "We hereby confirm the employment of Mr. DU Peng.", "",
                             "Position:  Field Application Engineer", "Period:  Mar 2015 – Present", "", "HR Office, 19 November 2026"],
               24, "sans", 48)
    return scanned_png(s, "present"), {"employer": "Xi'an Qinling Semiconductor Test Co., Ltd.", "position": "Field Application Engineer",
                                       "start_date": "2015-03-01"}


def ever_since_joining() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "在职证明", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　兹有我司员工林涛，自2016年3月14日入职以来，一直担任我司项目经理一职，", "至今。", "", "　　特此证明。"], 30, "serif_cjk", 60)
    text_lines(s, 900, y + 100, ["佛山南海智造科技有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 100, "佛山南海智造科技有限公司")
    return scanned_png(s, "eversince"), {"employer": "佛山南海智造科技有限公司", "position": "项目经理", "start_date": "2016-03-14"}


def seven_of_whom() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Bluewater Dive Centre Limited", 30, "serif_bold")
    text_lines(s, 140, 190, ["We are applying with a paid-up capital of HK$1.8 million. For year one, we forecast sales of",
                             "HK$5.2 million and a team of nine, seven of whom will be Hong Kong residents."], 24, "serif", 46)
    return scanned_png(s, "ofwhom"), {"capital_hkd": 1800000.0, "projected_turnover_hkd": 5200000.0, "local_jobs": 7}


def bilingual_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "翠林寵物護理有限公司 Greenwood Pet Care Limited", 28, "sans_cjk")
    _ruled(s, 140, 200, [["實繳資本 Paid-up capital", "HK$600,000"], ["首年營業額 Year-1 turnover", "HK$2,400,000"], ["本地員工 Local staff", "4"]],
           [620, 420], 64, 24)
    return scanned_png(s, "bilingual"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-during-the-period.png", during_the_period, "work_experience_letter", "during-the-period"),
              ("experience-joined-left.png", joined_as_left_as, "work_experience_letter", "joined-as-left-as"),
              ("experience-to-present.png", period_to_present, "work_experience_letter", "period-to-present"),
              ("experience-ever-since.png", ever_since_joining, "work_experience_letter", "ever-since-joining"),
              ("plan-of-whom.png", seven_of_whom, "business_plan", "seven-of-whom"),
              ("plan-bilingual-table.png", bilingual_table, "business_plan", "bilingual-table")]
    return write_drawn(folder, papers)
