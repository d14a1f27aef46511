"""A four-hundred-and-forty-eighth drawn set, of work letters in English and Chinese, in wording and layouts no earlier
set drew: a letter whose dates are 'the 1st of March, 2012' and 'the 30th of June, 2018'; a Chinese letter naming the
person by the post once held before the name (我公司前员工、原质量部经理韦志强先生，于…至…在我公司任职); a letter whose firm
is named only in its Chinese letterhead, its body in English ('has served as a … at our company since'). Each is a case
of its own (`scripts/bench_drawn_forms.py --set fourhundredfortyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def ordinal_of_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Kunming Plateau Tea Industry Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["the 25th of November, 2026", "", "To whom it may concern,", "",
                             "Mr. LONG Tianyu was employed by our company from the 1st of March, 2012 to the 30th of June, 2018 as",
                             "Senior Accountant.", "", "Yours faithfully,", "", "Finance & Administration"], 24, "serif", 44)
    return scanned_png(s, "ordinalof"), {"employer": "Kunming Plateau Tea Industry Co., Ltd.", "position": "Senior Accountant",
                                         "start_date": "2012-03-01", "end_date": "2018-06-30"}


def former_post_before_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "柳州龙城汽车配件有限公司", 36, "serif_cjk")
    s.text(700, 200, "证  明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　我公司前员工、原质量部经理韦志强先生，于2009年8月至2015年12月在我公司任职。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["柳州龙城汽车配件有限公司", "2026年11月23日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "柳州龙城汽车配件有限公司")
    return scanned_png(s, "formerpost"), {"employer": "柳州龙城汽车配件有限公司", "position": ("质量部经理", "经理"), "start_date": "2009-08-01",
                                          "end_date": "2015-12-31"}


def chinese_letterhead_english_body() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "深圳南山智联科技有限公司", 36, "serif_cjk")
    text_lines(s, 160, 190, ["26 November 2026", "", "Certificate of Employment", "",
                             "Mr. LUO Jie has served as a Firmware Engineer at our company since 12 September 2019.", "",
                             "Human Resources"], 24, "serif", 44)
    _chop(s, 1150, 520, "深圳南山智联科技有限公司")
    return scanned_png(s, "zhhead"), {"employer": "深圳南山智联科技有限公司", "position": "Firmware Engineer", "start_date": "2019-09-12"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-ordinal-of-month.png", ordinal_of_month, "work_experience_letter", "ordinal-of-month"),
              ("work-former-post-before-name.png", former_post_before_name, "work_experience_letter", "former-post-before-name"),
              ("work-chinese-letterhead-english-body.png", chinese_letterhead_english_body, "work_experience_letter", "chinese-letterhead-english-body")]
    return write_drawn(folder, papers)
