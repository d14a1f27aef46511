"""A three-hundred-and-forty-seventh drawn set, of work experience letters, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: an English letter of a 'permanent employee of' a
firm 'since' a day, whose post is his 'present position'; a Chinese record of labelled rows whose labels are spread
with full-width spaces (职　　务) and whose stay is one row of months (工作起止时间：2017年7月—2023年3月); an English letter
that says only the years of a post held 'with our organisation', under a letterhead; a Chinese letter photographed by
a phone. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredfortyseventh`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop
from .drawn_phones_ninetysecond import _phone


def permanent_employee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Sunrise Textiles (Nantong) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["27 November 2026", "", "To whom it may concern", "",
                             "Mr. DING Haoran (丁浩然) has been a permanent employee of Sunrise Textiles (Nantong) Co., Ltd. since",
                             "8 October 2012. His present position is Dyeing Workshop Manager.", "",
                             "Yours faithfully,", "", "LU Jie, Personnel Manager"], 24, "serif", 44)
    return scanned_png(s, "permanent"), {"employer": "Sunrise Textiles (Nantong) Co., Ltd.", "position": "Dyeing Workshop Manager",
                                         "start_date": "2012-10-08"}


def spread_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "工作经历证明", 46, "serif_cjk")
    text_lines(s, 200, 240, ["姓　　名：卓雅琳", "工作单位：杭州钱塘湾数字科技有限公司", "职　　务：用户体验设计师", "工作起止时间：2017年7月—2023年3月",
                             "", "　　以上情况属实，特此证明。"], 28, "serif_cjk", 64)
    text_lines(s, 900, 720, ["杭州钱塘湾数字科技有限公司", "2023年4月10日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 800, "杭州钱塘湾数字科技有限公司")
    return scanned_png(s, "spread"), {"employer": "杭州钱塘湾数字科技有限公司", "position": "用户体验设计师", "start_date": "2017-07-01",
                                      "end_date": "2023-03-31"}


def years_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Vantage Retail Holdings (Shanghai) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 140, ["Floor 12, 88 Century Avenue, Pudong, Shanghai"], 20, "serif", 30)
    text_lines(s, 160, 240, ["5 March 2022", "", "To whom it may concern", "",
                             "This letter serves to verify that Ms. GUO Meiqi held a full-time position as Supply Chain Planner",
                             "with our organisation between 2015 and 2021.", "", "Sincerely,", "", "Talent Management Team"], 24, "serif", 44)
    return scanned_png(s, "yearsonly"), {"employer": "Vantage Retail Holdings (Shanghai) Co., Ltd.", "position": "Supply Chain Planner"}


def photographed_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 160, "工 作 证 明", 52, "serif_cjk")
    text_lines(s, 160, 320, ["　　兹证明华语嫣女士自2014年9月1日至2020年8月31日在我校担任英语教师。", "", "　　特此证明。"],
               30, "serif_cjk", 70)
    text_lines(s, 900, 640, ["福州三牧中学", "2020年9月7日"], 30, "serif_cjk", 62)
    _chop(s, 1400, 720, "福州三牧中学")
    return _phone(s, "work-photo"), {"employer": "福州三牧中学", "position": "英语教师", "start_date": "2014-09-01", "end_date": "2020-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-permanent-employee.png", permanent_employee, "work_experience_letter", "permanent-employee"),
              ("work-spread-labels.png", spread_labels, "work_experience_letter", "spread-labels"),
              ("work-years-only.png", years_only, "work_experience_letter", "years-only"),
              ("work-photographed.jpg", photographed_letter, "work_experience_letter", "photographed")]
    return write_drawn(folder, papers)
