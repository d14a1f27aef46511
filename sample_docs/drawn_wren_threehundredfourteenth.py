"""A three-hundred-and-fourteenth drawn set, of plans and work experience letters, drawn after the stop's last reader
change and read cold, in wording and layouts no earlier set drew: a simplified Chinese plan ruled by year (第一年 | 第二年 |
第三年) with its paid-in capital in a sentence above; a plan's start-up budget (the owners' contribution beside a bank
loan and their total); an English letter 'worked full-time at our … office from 2 Sep 2013 till 14 Jan 2019 as …'; a
traditional Chinese letter whose posts are a table of two rows, the later the post. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfourteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def chinese_by_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "三年经营预测", 40, "serif_cjk")
    text_lines(s, 160, 200, ["公司实缴资本为港币1,200,000元，由两名股东以现金出资。"], 28, "serif_cjk", 60)
    _ruled(s, 160, 300, [["项目", "第一年", "第二年", "第三年"], ["营业额（港元）", "3,900,000", "5,600,000", "7,800,000"],
                         ["本地雇员人数", "5", "8", "11"]], [400, 300, 300, 300], 64, 26)
    return scanned_png(s, "byyear"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3900000.0, "local_jobs": 5}


def startup_budget() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Pinecrest Pet Grooming Limited", 30, "sans_bold")
    s.text(160, 170, "Start-up budget", 26, "sans_bold")
    _ruled(s, 160, 230, [["Owners' contribution", "HK$ 350,000"], ["Bank loan", "HK$ 200,000"], ["Total", "HK$ 550,000"]], [520, 360], 58, 24)
    text_lines(s, 160, 450, ["Expected first-year revenue: HK$1.4 million", "Local hires (year 1): 3"], 24, "sans", 48)
    return scanned_png(s, "budget"), {"capital_hkd": 350000.0, "projected_turnover_hkd": 1400000.0, "local_jobs": 3}


def full_time_till() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Wuhan Changjiang Bridge Design Institute Co., Ltd.", 26, "serif_bold")
    text_lines(s, 140, 190, ["24 November 2026", "", "To whom it may concern", "",
                             "Mr. LEI Zhiyuan worked full-time at our Wuhan office from 2 Sep 2013 till 14 Jan 2019 as Structural",
                             "Designer.", "", "Personnel Section"], 24, "serif", 44)
    return scanned_png(s, "till"), {"employer": "Wuhan Changjiang Bridge Design Institute Co., Ltd.", "position": "Structural Designer",
                                    "start_date": "2013-09-02", "end_date": "2019-01-14"}


def two_posts_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作證明", 44, "serif_cjk")
    text_lines(s, 160, 220, ["　　茲證明麥家俊先生曾於本公司任職，其職位如下："], 28, "serif_cjk", 60)
    _ruled(s, 160, 300, [["職位", "起始日期", "結束日期"], ["會計主任", "2013年3月1日", "2016年12月31日"], ["財務經理", "2017年1月1日", "2022年5月31日"]],
           [380, 380, 380], 62, 26)
    text_lines(s, 860, 560, ["東莞松山湖電子有限公司", "2026年11月21日"], 28, "serif_cjk", 56)
    _chop(s, 1460, 540, "東莞松山湖電子有限公司")
    return scanned_png(s, "twoposts"), {"employer": "東莞松山湖電子有限公司", "position": "財務經理", "start_date": "2013-03-01",
                                        "end_date": "2022-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-chinese-by-year.png", chinese_by_year, "business_plan", "chinese-by-year"),
              ("plan-startup-budget.png", startup_budget, "business_plan", "startup-budget"),
              ("experience-full-time-till.png", full_time_till, "work_experience_letter", "full-time-till"),
              ("experience-two-posts-table.png", two_posts_table, "work_experience_letter", "two-posts-table")]
    return write_drawn(folder, papers)
