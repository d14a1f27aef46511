"""A hundred-and-ninety-sixth drawn set, a third test set of work experience letters, drawn after those letters' readers
were mended for the hundred-and-ninetieth: four letters in wording no set used. An English letter whose dates are
'since 12/03/2018' (still employed) and whose post follows 'holds the position of'; a Chinese letter whose period is
'2015年9月1日—2020年7月31日' with an em dash and whose post is '岗位：'; an English reference whose period is 'between
June 1, 2014 and March 31, 2019' in American dates with the post after 'as our'; a Chinese letter from a bank's
branch (支行) whose post is '客户经理' after '任'. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredninetysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def holds_the_position_since() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Changzhou Greenfield Agritech Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["CONFIRMATION OF EMPLOYMENT", "", "Date: 24/11/2026", "",
                 "We confirm that Ms SHEN Yuqing has been employed by our company since 12/03/2018 and currently",
                 "holds the position of Senior Agronomist.", "", "", "Human Resources"]:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    return scanned_png(s, "holds"), {"employer": "Changzhou Greenfield Agritech Co., Ltd.", "position": "Senior Agronomist",
                               "start_date": "2018-03-12"}


def em_dash_post_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "工作证明", 48, "serif_cjk")
    s.text(140, 280, "姓名：伍梓涵", 28, "serif_cjk")
    s.text(140, 340, "任职时间：2015年9月1日—2020年7月31日", 28, "serif_cjk")
    s.text(140, 400, "岗位：供应链分析师", 28, "serif_cjk")
    s.text(140, 480, "特此证明。", 28, "serif_cjk")
    s.text(880, 620, "佛山禅城家居供应链有限公司", 28, "serif_cjk")
    s.text(980, 680, "2026年11月19日", 28, "serif_cjk")
    _chop(s, 1120, 650, "佛山禅城家居供应链有限公司")
    return scanned_png(s, "emdash"), {"employer": "佛山禅城家居供应链有限公司", "position": "供应链分析师", "start_date": "2015-09-01",
                                "end_date": "2020-07-31"}


def between_american_as_our() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Xi'an Qinling Aerospace Components Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["November 22, 2026", "", "REFERENCE", "",
                 "Mr. MA Jiancheng worked as our Stress Analysis Engineer between June 1, 2014 and March 31, 2019.",
                 "He was a capable and reliable colleague.", "", "", "Chief Engineer"]:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    return scanned_png(s, "between"), {"employer": "Xi'an Qinling Aerospace Components Co., Ltd.", "position": "Stress Analysis Engineer",
                                 "start_date": "2014-06-01", "end_date": "2019-03-31"}


def bank_sub_branch() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 140, "工作证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明华思涵女士于2016年3月14日至2023年6月30日在我行工作，任客户经理。特此证明。", 34, 28, 56)
    s.text(800, y + 140, "中国恒丰商业银行股份有限公司杭州西湖支行", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月21日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "中国恒丰商业银行杭州西湖支行")
    return scanned_png(s, "subbranch"), {"employer": ("中国恒丰商业银行股份有限公司杭州西湖支行", "中国恒丰商业银行股份有限公司"), "position": "客户经理",
                                   "start_date": "2016-03-14", "end_date": "2023-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-holds.png", holds_the_position_since, "work_experience_letter", "holds-the-position-since"),
              ("experience-em-dash.png", em_dash_post_label, "work_experience_letter", "em-dash-post-label"),
              ("experience-between.png", between_american_as_our, "work_experience_letter", "between-american-as-our"),
              ("experience-sub-branch.png", bank_sub_branch, "work_experience_letter", "bank-sub-branch")]
    return write_drawn(folder, papers)
