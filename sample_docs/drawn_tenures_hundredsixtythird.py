"""A hundred-and-sixty-third drawn set, a test set: four letters proving work experience, drawn after those letters'
readers were mended for the hundred-and-sixtieth. A Chinese letter stating the period as '2017年8月1日至2022年12月30日'
with the post after 职务为; an English letter whose post is 'in the capacity of Process Engineer' and whose dates are
'between 3 April 2016 and 31 May 2021'; a table of two rows of posts held one after the other (the last the one to
read); a letter still in force ('至今'), from a state-owned bank's branch. Each is a case of its own. Read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredsixtythird`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def experience_period_and_duty() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 140, "工作经历证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹有石浩然同志，2017年8月1日至2022年12月30日在我公司工作，职务为数据分析师。特此证明。", 34, 28, 56)
    s.text(900, y + 140, "杭州西溪数据科技有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月18日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "杭州西溪数据科技有限公司")
    return scanned_png(s, "duty"), {"employer": "杭州西溪数据科技有限公司", "position": "数据分析师", "start_date": "2017-08-01",
                              "end_date": "2022-12-30"}


def experience_capacity_between() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Foshan Nanhai Ceramic Materials Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["CERTIFICATE OF EMPLOYMENT", "", "This is to certify that Mr LIANG Zhiwei was employed by our company in the capacity",
                 "of Process Engineer between 3 April 2016 and 31 May 2021.", "", "Issued on 20 November 2026.", "",
                 "Foshan Nanhai Ceramic Materials Co., Ltd."]:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    return scanned_png(s, "capacity"), {"employer": "Foshan Nanhai Ceramic Materials Co., Ltd.", "position": "Process Engineer",
                                  "start_date": "2016-04-03", "end_date": "2021-05-31"}


def experience_two_posts_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 130, "员工任职情况证明", 46, "serif_cjk")
    s.text(140, 250, "姓名：龙嘉琪　　身份证号：430102199305216024", 28, "serif_cjk")
    _ruled(s, 140, 330, [["起止日期", "部门", "职务"], ["2015年7月1日至2018年6月30日", "市场部", "市场专员"],
                         ["2018年7月1日至2023年9月30日", "市场部", "市场经理"]], [560, 300, 480], 80, 26)
    s.text(140, 640, "特此证明。", 30, "serif_cjk")
    s.text(900, 780, "长沙星沙文化传媒有限公司", 28, "serif_cjk")
    s.text(980, 840, "2026年11月12日", 28, "serif_cjk")
    _chop(s, 1120, 800, "长沙星沙文化传媒有限公司")
    return scanned_png(s, "twoposts"), {"employer": "长沙星沙文化传媒有限公司", "position": "市场经理", "start_date": "2015-07-01",
                                  "end_date": "2023-09-30"}


def experience_still_serving_bank() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 140, "在职证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明邓雅文女士自2019年3月11日起至今在我行工作，现任对公客户经理。特此证明。", 34, 28, 56)
    s.text(860, y + 140, "中国华通银行股份有限公司苏州分行", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月20日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "中国华通银行股份有限公司苏州分行")
    return scanned_png(s, "bank"), {"employer": ("中国华通银行股份有限公司苏州分行", "中国华通银行股份有限公司"), "position": "对公客户经理",
                              "start_date": "2019-03-11"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-period-duty.png", experience_period_and_duty, "work_experience_letter", "period-and-duty"),
              ("experience-capacity.png", experience_capacity_between, "work_experience_letter", "capacity-between"),
              ("experience-two-posts.png", experience_two_posts_table, "work_experience_letter", "two-posts-table"),
              ("experience-bank.png", experience_still_serving_bank, "work_experience_letter", "still-serving-bank")]
    return write_drawn(folder, papers)
