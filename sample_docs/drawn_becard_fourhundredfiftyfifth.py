"""A four-hundred-and-fifty-fifth drawn set, of work letters in Chinese and English, drawn after the stop's last reader
change, to be read cold, in wording and layouts no earlier set drew: a letter whose month is written with its nought
(自2012年03月入职至今，现任); a letter under a brand's letterhead, the firm's registered name only in its footer
('Registered name: …'); a letter from an accounting firm whose name ends in a bracketed form of partnership
(…会计师事务所（特殊普通合伙）). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfiftyfifth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def padded_month_to_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "苏州金鸡湖软件有限公司", 36, "serif_cjk")
    s.text(700, 200, "在职证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明闫晨阳先生自2012年03月入职至今，现任软件架构师。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["苏州金鸡湖软件有限公司", "2026年11月30日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "苏州金鸡湖软件有限公司")
    return scanned_png(s, "padded"), {"employer": "苏州金鸡湖软件有限公司", "position": "软件架构师", "start_date": "2012-03-01"}


def registered_name_in_footer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 80, "YELLOW RIVER WATER", 40, "sans_bold")
    text_lines(s, 160, 200, ["24 November 2026", "", "Employment Certificate", "",
                             "Ms. MA Xiaoyan served the Company as a Hydraulic Engineer from 6 July 2011 to 31 March 2018.", "",
                             "Human Resources Department"], 24, "serif", 44)
    s.d.line([160, 1000, 1500, 1000], fill=(120, 120, 120), width=1)
    s.text(160, 1015, "Registered name: Lanzhou Yellow River Water Engineering Co., Ltd.   Tel 0931-8800 1234", 18, "serif")
    return scanned_png(s, "footer"), {"employer": "Lanzhou Yellow River Water Engineering Co., Ltd.", "position": "Hydraulic Engineer",
                                      "start_date": "2011-07-06", "end_date": "2018-03-31"}


def accounting_partnership() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "华海正信会计师事务所（特殊普通合伙）", 36, "serif_cjk")
    s.text(700, 200, "工作证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明孙佳宁女士于2013年9月2日至2020年8月31日在我所工作，离职时任审计经理。", 30, 30, 60)
    text_lines(s, 860, y + 100, ["华海正信会计师事务所（特殊普通合伙）", "2026年11月17日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "华海正信会计师事务所")
    return scanned_png(s, "partnership"), {"employer": ("华海正信会计师事务所（特殊普通合伙）", "华海正信会计师事务所"), "position": "审计经理",
                                           "start_date": "2013-09-02", "end_date": "2020-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-padded-month-to-now.png", padded_month_to_now, "work_experience_letter", "padded-month-to-now"),
              ("work-registered-name-in-footer.png", registered_name_in_footer, "work_experience_letter", "registered-name-in-footer"),
              ("work-accounting-partnership.png", accounting_partnership, "work_experience_letter", "accounting-partnership")]
    return write_drawn(folder, papers)
