"""A four-hundred-and-forty-second drawn set, of work letters in Chinese and English, in wording and layouts no earlier
set drew: a hospital's letter in Han months (自二〇一〇年十月起至二〇一六年五月止在我院工作，岗位为); an English letter whose
posts stand in a table of periods (Period | Position, the later post on the last row); a letter in American order with
months cut short by points ('from Feb. 3, 2014 to Sept. 27, 2019'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredfortysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def hospital_han_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "西宁市第二人民医院", 36, "serif_cjk")
    s.text(700, 200, "工作证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明杨帆同志自二〇一〇年十月起至二〇一六年五月止在我院工作，岗位为临床药师。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["西宁市第二人民医院", "二〇二六年十一月十六日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "西宁市第二人民医院")
    return scanned_png(s, "hospital"), {"employer": "西宁市第二人民医院", "position": "临床药师", "start_date": "2010-10-01",
                                        "end_date": "2016-05-31"}


def table_of_periods() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Shenzhen Lianhua Fintech Services Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["27 November 2026", "", "Employment History — Mr. KANG Zhiyuan", "",
                             "Mr. KANG Zhiyuan worked for us in the following positions:"], 24, "serif", 44)
    y = _ruled(s, 160, 440, [["Period", "Position"], ["Jan 2012 – Dec 2014", "Junior Risk Analyst"], ["Jan 2015 – Aug 2019", "Credit Risk Analyst"]],
               [460, 600], 64, 24)
    text_lines(s, 160, y + 50, ["He left of his own accord.", "", "Human Capital Department"], 24, "serif", 44)
    return scanned_png(s, "periods"), {"employer": "Shenzhen Lianhua Fintech Services Co., Ltd.", "position": "Credit Risk Analyst",
                                       "start_date": "2012-01-01", "end_date": "2019-08-31"}


def american_points() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jinan Spring City Pharmaceutical Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["Nov. 30, 2026", "", "To Whom It May Concern:", "",
                             "Ms. YU Wanqing was employed with Jinan Spring City Pharmaceutical Co., Ltd. from Feb. 3, 2014 to",
                             "Sept. 27, 2019 as a Quality Assurance Specialist.", "", "Sincerely,", "", "Human Resources"], 24, "sans", 44)
    return scanned_png(s, "points"), {"employer": "Jinan Spring City Pharmaceutical Co., Ltd.", "position": "Quality Assurance Specialist",
                                      "start_date": "2014-02-03", "end_date": "2019-09-27"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-hospital-han-months.png", hospital_han_months, "work_experience_letter", "hospital-han-months"),
              ("work-table-of-periods.png", table_of_periods, "work_experience_letter", "table-of-periods"),
              ("work-american-points.png", american_points, "work_experience_letter", "american-points")]
    return write_drawn(folder, papers)
