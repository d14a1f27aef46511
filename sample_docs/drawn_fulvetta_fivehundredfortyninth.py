"""A five-hundred-and-forty-ninth drawn set, of Mainland degrees, drawn for stop 84's fourth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a degree whose holder is given in labelled rows above the sentence (姓名 /
身份证号, then 该生在本校…专业完成了本科学业); a degree granted by 准予授予 with the holder straight after it, no space (准予授予柏文浩工学学士学位).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfortyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def rows_above_the_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 200, 230, ["姓　　名：阎思彤", "身份证号：（略）"], 28, "serif_cjk", 56)
    y = text_lines(s, 160, y + 30, ["　　该生在本校地理信息科学专业完成了本科学业，成绩合格，依照《中华人民共和国学位条例》", "的规定，授予理学学士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["塞北师范学院", "2020年7月1日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1924742020000126"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 160, "塞北师范学院")
    return scanned_png(s, "rowsabove"), {"holder_name": "阎思彤", "institution": "塞北师范学院", "degree": ("理学学士", "理学学士学位"),
                                         "major": "地理信息科学", "date_awarded": "2020-07-01", "certificate_number": "1924742020000126"}


def granted_name_run_on() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　经本校学位评定委员会审核，准予授予柏文浩工学学士学位。", "　　专业：材料成型及控制工程"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["辽南工业大学", "2018年6月29日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1924642018000933"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 160, "辽南工业大学")
    return scanned_png(s, "grantedrun"), {"holder_name": "柏文浩", "institution": "辽南工业大学", "degree": ("工学学士", "工学学士学位"),
                                          "major": "材料成型及控制工程", "date_awarded": "2018-06-29", "certificate_number": "1924642018000933"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-rows-above-the-sentence.png", rows_above_the_sentence, "degree_certificate", "rows-above-the-sentence"),
              ("degree-granted-name-run-on.png", granted_name_run_on, "degree_certificate", "granted-name-run-on")]
    return write_drawn(folder, papers)
