"""A three-hundred-and-fifty-eighth drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a
printed form of blanks filled in by hand (自＿年＿月至＿年＿月在我单位＿＿部门从事＿＿工作，职务为＿＿); a Macau
company's letter in traditional print whose dates are written in characters (二零一六年九月一日) and whose stay ends
'直至…止'; a hospital's letter of a doctor's department and a promotion part-way (晋升为主治医师). Each is a case of its
own (`scripts/bench_drawn_forms.py --set threehundredfiftyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop
from .generator.render import pil_font


def _filled_line(s: Sheet, x: int, y: int, parts: list) -> None:
    """A printed line of words and blanks (＿ a character), each blank's value written by hand over it."""
    font = pil_font("serif_cjk", 28)
    for part in parts:
        printed = part if isinstance(part, str) else "＿" * part[1]
        s.text(x, y, printed, 28, "serif_cjk")
        width = font.getlength(printed)
        if not isinstance(part, str):
            hand = "hand" if part[0].isascii() else "hand_cjk"
            s.text(int(x + (width - pil_font(hand, 30).getlength(part[0])) / 2), y - 12, part[0], 30, hand)
        x += int(width)


def blanks_by_hand() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "证  明", 46, "serif_cjk")
    y = 260
    for parts in [["兹证明", ("柯思远", 6), "同志，自", ("2014", 4), "年", ("5", 2), "月至", ("2020", 4), "年", ("11", 2), "月在我单位"],
                  [("质量管理", 8), "部门从事", ("产品检验", 8), "工作，职务为", ("质检主管", 8), "。"]]:
        _filled_line(s, 160, y, parts)
        y += 90
    s.text(160, y, "特此证明。", 28, "serif_cjk")
    text_lines(s, 900, y + 120, ["单位（盖章）：佛山顺德美嘉家电有限公司", "日期：2026年11月6日"], 26, "serif_cjk", 56)
    _chop(s, 1400, y + 180, "佛山顺德美嘉家电有限公司")
    return scanned_png(s, "byhand"), {"employer": "佛山顺德美嘉家电有限公司", "position": "质检主管", "start_date": "2014-05-01",
                                      "end_date": "2020-11-30"}


def macau_in_characters() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 90, "濠江建築工程顧問有限公司", 40, "serif_cjk")
    s.text(680, 200, "僱傭證明書", 40, "serif_cjk")
    text_lines(s, 160, 320, ["　　茲證明鄧卓熙先生（內地居民身份證號碼：440106199002174415）自二零一六年九月一日起",
                             "受僱於本公司，擔任高級項目經理一職，直至二零二一年十二月三十一日止。", "",
                             "　　特此證明。"], 28, "serif_cjk", 62)
    text_lines(s, 960, 620, ["濠江建築工程顧問有限公司", "二零二六年十月三十日"], 26, "serif_cjk", 56)
    return scanned_png(s, "macauchars"), {"employer": "濠江建築工程顧問有限公司", "position": ("高級項目經理", "高级项目经理"),
                                          "start_date": "2016-09-01", "end_date": "2021-12-31"}


def promoted_part_way() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "湖南省湘东人民医院", 40, "serif_cjk")
    s.text(720, 190, "工作证明", 40, "serif_cjk")
    text_lines(s, 160, 320, ["　　我院医师贺明轩，男，1985年4月出生。该同志自2010年7月至2018年12月在我院心内科工作，",
                             "2015年晋升为主治医师，工作期间表现良好。", "", "　　特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 960, 620, ["湖南省湘东人民医院人事科", "2026年11月18日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 690, "湖南省湘东人民医院")
    return scanned_png(s, "promoted"), {"employer": "湖南省湘东人民医院", "position": "主治医师", "start_date": "2010-07-01",
                                        "end_date": "2018-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-blanks-by-hand.png", blanks_by_hand, "work_experience_letter", "blanks-by-hand"),
              ("work-macau-in-characters.png", macau_in_characters, "work_experience_letter", "macau-in-characters"),
              ("work-promoted-part-way.png", promoted_part_way, "work_experience_letter", "promoted-part-way")]
    return write_drawn(folder, papers)
