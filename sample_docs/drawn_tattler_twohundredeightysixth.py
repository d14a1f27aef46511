"""A two-hundred-and-eighty-sixth drawn set, of work experience letters (read cold at 76 % at stop 72), in wording no
earlier set drew: a reference whose tenure runs 'through' its end ('Tenure: 3 May 2012 through 30 June 2017') under a
'Designation'; a simplified Chinese letter whose stay runs 起…止 and whose post is 职务为…; a letter whose employment
'commenced on' one day and 'ended on' another in two sentences after the post; a traditional Chinese letter of a
person 受聘於本行 and 現職為 its branch manager; a letter signed 'for and on behalf of' its firm at the foot, its dates
written day/month/year. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredeightysixth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def tenure_through() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Yangtze Delta Port Machinery Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["24 November 2026", "", "REFERENCE", "", "Employee:  Mr. QIAN Haoran", "Designation:  Crane Systems Engineer",
                             "Tenure:  3 May 2012 through 30 June 2017", "", "Mr. QIAN left us of his own accord. We wish him well.", "",
                             "Personnel Manager"], 24, "serif", 44)
    return scanned_png(s, "through"), {"employer": "Yangtze Delta Port Machinery Co., Ltd.", "position": "Crane Systems Engineer",
                                       "start_date": "2012-05-03", "end_date": "2017-06-30"}


def qi_zhi() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "证　明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹有罗文斌同志，自2013年7月15日起至2018年12月31日止在我公司工作，",
                             "职务为供应链主管。", "", "　　特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 560, ["南昌赣江冷链物流有限公司", "2026年11月20日"], 28, "serif_cjk", 56)
    _chop(s, 1380, 540, "南昌赣江冷链物流有限公司")
    return scanned_png(s, "qizhi"), {"employer": "南昌赣江冷链物流有限公司", "position": "供应链主管", "start_date": "2013-07-15",
                                     "end_date": "2018-12-31"}


def commenced_ended() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Minjiang Textile Trading Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["26 November 2026", "", "We hereby certify that Ms. ZHENG Lin worked with us as a Procurement Officer.",
                             "Her employment commenced on 2 January 2015 and ended on 31 August 2019.", "",
                             "Administration Department"], 24, "sans", 44)
    return scanned_png(s, "commenced"), {"employer": "Minjiang Textile Trading Co., Ltd.", "position": "Procurement Officer",
                                         "start_date": "2015-01-02", "end_date": "2019-08-31"}


def traditional_bank() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "在職證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明陳嘉俊先生於2016年9月1日起受聘於本行，現職為本行福田支行經理。", "", "　　此證。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 500, ["深圳南山商業銀行股份有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1470, 470, "深圳南山商業銀行股份有限公司")
    return scanned_png(s, "bank"), {"employer": "深圳南山商業銀行股份有限公司", "position": ("福田支行經理", "支行經理"), "start_date": "2016-09-01"}


def on_behalf_at_foot() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 120, ["Re:  Employment reference for LI Na", "", "To the Immigration Department,", "",
                             "Job title:  Data Analyst (Grade 7)", "Employment dates:  01/03/2018 – 15/09/2022", "",
                             "Ms. LI was a careful and reliable colleague.", "", "For and on behalf of", "Lakeview Data Services Co., Ltd.",
                             "", "HR Business Partner"], 24, "sans", 44)
    return scanned_png(s, "behalf"), {"employer": "Lakeview Data Services Co., Ltd.", "position": ("Data Analyst", "Data Analyst (Grade 7)"),
                                      "start_date": "2018-03-01", "end_date": "2022-09-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-tenure-through.png", tenure_through, "work_experience_letter", "tenure-through"),
              ("experience-qi-zhi.png", qi_zhi, "work_experience_letter", "qi-zhi"),
              ("experience-commenced-ended.png", commenced_ended, "work_experience_letter", "commenced-ended"),
              ("experience-traditional-bank.png", traditional_bank, "work_experience_letter", "traditional-bank"),
              ("experience-on-behalf-at-foot.png", on_behalf_at_foot, "work_experience_letter", "on-behalf-at-foot")]
    return write_drawn(folder, papers)
