"""A four-hundred-and-sixteenth drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a letter
whose person's ID number is left out in brackets and whose stay runs to the month (于2018年3月至2024年1月在我公司担任…一职);
a traditional letter 'from' a date written with 零 'engaged as' a post, 'still serving the firm to this day'
(由二零一九年七月二日起受聘為…，至今仍在本公司服務); a form letter whose blanks are filled by hand on their rules
(兹有我单位职工 ___，自 ___ 年 ___ 月起在我单位从事 ___ 工作). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredsixteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop

HAND = (20, 30, 120)


def id_left_out() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明，我公司员工谭浩然（身份证号：略），于2018年3月至2024年1月在我公司担任销售总监一职。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["南通江海船舶配件有限公司", "2026年11月10日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "南通江海船舶配件有限公司")
    return scanned_png(s, "idleft"), {"employer": "南通江海船舶配件有限公司", "position": "销售总监", "start_date": "2018-03-01",
                                      "end_date": "2024-01-31"}


def still_serving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "證明信", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明區嘉敏小姐由二零一九年七月二日起受聘為本公司行政主任，至今仍在本公司服務。", "", "　　特此證明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["荃灣德信物流有限公司", "二零二六年十一月十八日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "荃灣德信物流有限公司")
    return scanned_png(s, "serving"), {"employer": "荃灣德信物流有限公司", "position": "行政主任", "start_date": "2019-07-02"}


def blanks_by_hand() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在职证明", 44, "serif_cjk")
    y = 250
    x = s.text(160, y, "　　兹有我单位职工", 26, "serif_cjk")
    for printed, filled, width in [("", "付晨阳", 170), ("，自", "2011", 110), ("年", "9", 60), ("月起在我单位从事", "会计", 130),
                                   ("工作至今。", "", 0)]:
        if printed:
            x = s.text(x, y, printed, 26, "serif_cjk")
        if filled:
            s.d.line([x + 4, y + 34, x + width, y + 34], fill="black", width=1)
            s.text(x + 14, y - 6, filled, 30, "hand", HAND)
            x += width + 6
    text_lines(s, 160, 330, ["　　特此证明。"], 26, "serif_cjk", 56)
    text_lines(s, 900, 440, ["株洲湘江电力设备有限公司", "2026年11月21日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 500, "株洲湘江电力设备有限公司")
    return scanned_png(s, "blanks"), {"employer": "株洲湘江电力设备有限公司", "position": "会计", "start_date": "2011-09-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-id-left-out.png", id_left_out, "work_experience_letter", "id-left-out"),
              ("work-still-serving.png", still_serving, "work_experience_letter", "still-serving"),
              ("work-blanks-by-hand.png", blanks_by_hand, "work_experience_letter", "blanks-by-hand")]
    return write_drawn(folder, papers)
