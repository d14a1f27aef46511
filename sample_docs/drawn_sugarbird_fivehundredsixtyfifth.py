"""A five-hundred-and-sixty-fifth drawn set, of work experience letters in Chinese, drawn after stop 84's last reader change, to be read
cold and left unmended, in wording and layouts no earlier set drew: a career since the first job told in posts held in turn (自2010年7月参加
工作以来，一直在我公司工作，历任…，现任…); an association's letter in traditional characters (經查，…受聘於本會，擔任…). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredsixtyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def posts_in_turn_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明房佳宁自2010年7月参加工作以来，一直在我公司工作，历任会计、财务主管，现任", "财务总监。", "　　特此证明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["常州龙城光伏材料有限公司", "2026年11月12日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "常州龙城光伏材料有限公司")
    return scanned_png(s, "inturn"), {"employer": "常州龙城光伏材料有限公司", "position": "财务总监", "start_date": "2010-07-01", "end_date": "2026-11-12"}


def association_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "證明書", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　經查，韋嘉欣女士於2016年9月1日至2021年8月31日受聘於本會，擔任項目統籌主任。", "　　特此證明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["香港創新科技青年協會", "2026年11月11日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "香港創新科技青年協會")
    return scanned_png(s, "assoc"), {"employer": "香港創新科技青年協會", "position": "項目統籌主任", "start_date": "2016-09-01", "end_date": "2021-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-posts-in-turn-now.png", posts_in_turn_now, "work_experience_letter", "posts-in-turn-now"),
              ("work-association-traditional.png", association_traditional, "work_experience_letter", "association-traditional")]
    return write_drawn(folder, papers)
