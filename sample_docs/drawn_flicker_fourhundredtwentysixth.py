"""A four-hundred-and-twenty-sixth drawn set, of Chinese work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter in the passive that a person 'was
engaged by the firm as' a post in a month and left in another 'for personal reasons' (于…被我公司聘为…，…因个人原因离职); a
school's letter of a stay in Han numerals both ends, 'taught at the school' and 'during it led' a group (自二〇一〇年九月至
二〇一六年七月在我校任教，任教期间担任…); a Chinese letter signed with the firm's English name under its chop. Each is a case of its
own (`scripts/bench_drawn_forms.py --set fourhundredtwentysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def engaged_in_the_passive() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "离职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明，秦浩宇同志于2015年6月被我公司聘为区域销售经理，2021年3月因个人原因离职。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["济南泉城智慧农业有限公司", "2026年11月8日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "济南泉城智慧农业有限公司")
    return scanned_png(s, "passive"), {"employer": "济南泉城智慧农业有限公司", "position": "区域销售经理", "start_date": "2015-06-01",
                                       "end_date": "2021-03-31"}


def taught_at_the_school() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 100, "证  明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明侯静雯老师自二〇一〇年九月至二〇一六年七月在我校任教，任教期间担任数学教研组组长。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["绵阳市第七中学", "二〇二六年十一月十二日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "绵阳市第七中学")
    return scanned_png(s, "taught"), {"employer": "绵阳市第七中学", "position": "数学教研组组长", "start_date": "2010-09-01", "end_date": "2016-07-31"}


def signed_in_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明韩雪于2019年4月1日起在我公司工作，现任进出口单证主管。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 760, 480, ["Shanghai Lingang Harbour Logistics Co., Ltd.", "2026年11月27日"], 24, "serif", 52)
    _chop(s, 1400, 550, "上海临港港湾物流有限公司")
    return scanned_png(s, "english"), {"employer": ("Shanghai Lingang Harbour Logistics Co., Ltd.", "上海临港港湾物流有限公司"),
                                       "position": "进出口单证主管", "start_date": "2019-04-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-engaged-in-the-passive.png", engaged_in_the_passive, "work_experience_letter", "engaged-in-the-passive"),
              ("work-taught-at-the-school.png", taught_at_the_school, "work_experience_letter", "taught-at-the-school"),
              ("work-signed-in-english.png", signed_in_english, "work_experience_letter", "signed-in-english")]
    return write_drawn(folder, papers)
