"""The two-hundredth drawn set, a fourth test set of work experience letters, read cold at the stop's end and not mended:
four letters in wording no set used. An English letter whose period is 'commencing 4 January 2016 and ending 30 June
2021' and whose post is 'employed in the post of'; a Chinese letter in traditional script ('茲證明…於本公司任職…，職位為…');
a letter with the dates as 'Jan 2017 – Mar 2022' month and year only, its post after 'Title:'; a Chinese letter whose post
and period stand in a ruled row under a heading row (任职期间 | 部门 | 职务). Each is a case of its own. Read once through the
product (`scripts/bench_drawn_forms.py --set twohundredth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def commencing_and_ending() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Zhenjiang Riverside Chemical Engineering Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["23 November 2026", "", "To whom it may concern", "",
                 "Mr. ZHAN Yihang was employed in the post of Process Safety Officer for a period commencing 4 January 2016",
                 "and ending 30 June 2021.", "", "", "Human Resources Manager"]:
        s.text(140, y, line, 22, "serif")
        y += 42
    return scanned_png(s, "commencing"), {"employer": "Zhenjiang Riverside Chemical Engineering Co., Ltd.", "position": "Process Safety Officer",
                                    "start_date": "2016-01-04", "end_date": "2021-06-30"}


def hant_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "工作證明書", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　茲證明溫卓琳女士於2015年10月12日至2021年9月30日於本公司任職，職位為法務專員。特此證明。", 34, 28, 56)
    s.text(880, y + 140, "東莞松湖智造科技有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月24日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "東莞松湖智造科技有限公司")
    return scanned_png(s, "hant"), {"employer": ("东莞松湖智造科技有限公司", "東莞松湖智造科技有限公司"), "position": ("法务专员", "法務專員"),
                              "start_date": "2015-10-12", "end_date": "2021-09-30"}


def title_line_full_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Nanjing Purple Mountain Media Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["EMPLOYMENT VERIFICATION", "", "Name: Ms SUN Wanqing", "Title: Senior Video Editor",
                 "Dates of employment: 09 Jan 2017 - 31 Mar 2022", "", "Verified by the HR office, 25 November 2026."]:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 48
    return scanned_png(s, "title"), {"employer": "Nanjing Purple Mountain Media Co., Ltd.", "position": "Senior Video Editor",
                               "start_date": "2017-01-09", "end_date": "2022-03-31"}


def ruled_row_under_heading() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 130, "工作履历证明", 46, "serif_cjk")
    s.text(140, 240, "兹证明员工甘泽宇在我公司的工作情况如下：", 28, "serif_cjk")
    _ruled(s, 140, 320, [["任职期间", "部门", "职务"], ["2018年3月5日至2024年2月29日", "质量部", "质量工程师"]], [560, 300, 480], 80, 26)
    s.text(880, 560, "江门五邑电机制造有限公司", 28, "serif_cjk")
    s.text(980, 620, "2026年11月26日", 28, "serif_cjk")
    _chop(s, 1120, 590, "江门五邑电机制造有限公司")
    return scanned_png(s, "ruledrow"), {"employer": "江门五邑电机制造有限公司", "position": "质量工程师", "start_date": "2018-03-05",
                                  "end_date": "2024-02-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-commencing.png", commencing_and_ending, "work_experience_letter", "commencing-and-ending"),
              ("experience-hant.png", hant_letter, "work_experience_letter", "hant-letter"),
              ("experience-title.png", title_line_full_dates, "work_experience_letter", "title-line-full-dates"),
              ("experience-ruled-row.png", ruled_row_under_heading, "work_experience_letter", "ruled-row-under-heading")]
    return write_drawn(folder, papers)
