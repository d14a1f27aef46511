"""A four-hundred-and-sixty-first drawn set, of degrees, drawn after stop 82's first reader change, to be read cold, in
wording and layouts no earlier set drew: a Master of Laws 'specialising in' its field; a Chinese degree as a ruled table
of two label-value pairs a row (姓名 | … | 性别 | …; 学位 | … | 学科 | …); a bilingual certificate, the Chinese text on the
left and the English on the right. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredsixtyfirst`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def laws_specialising() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Harbourside School of Law", 40, "serif_bold")
    text_lines(s, 160, 270, ["This is to certify that", "", "Ms. JIANG Wanqing", "",
                             "has fulfilled the requirements for and has been granted the degree of Master of Laws (LL.M.),",
                             "specialising in International Trade Law, on 12 November 2020.", "", "",
                             "Dean", "", "Serial No. HSL-LLM-2020-0093"], 26, "serif", 46)
    return scanned_png(s, "specialising"), {"holder_name": "JIANG Wanqing", "institution": "Harbourside School of Law",
                                            "degree": ("Master of Laws", "Master of Laws (LL.M.)"), "major": "International Trade Law",
                                            "date_awarded": "2020-11-12", "certificate_number": "HSL-LLM-2020-0093"}


def two_pairs_a_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "博士学位证书", 44, "serif_cjk")
    y = _ruled(s, 160, 230, [["姓名", "孔令晨", "性别", "男"], ["出生日期", "1990年7月15日", "学位", "理学博士"],
                             ["学科", "物理化学", "授予日期", "2022年12月20日"], ["授予单位", "北洋化工大学", "证书编号", "1931022022000046"]],
               [220, 420, 220, 470], 80, 26)
    _chop(s, 1150, y + 200, "北洋化工大学")
    return scanned_png(s, "twopairs"), {"holder_name": "孔令晨", "institution": "北洋化工大学", "degree": ("理学博士", "理学博士学位"),
                                        "major": "物理化学", "date_awarded": "2022-12-20", "certificate_number": "1931022022000046"}


def bilingual_side_by_side() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "学士学位证书  Bachelor's Degree Certificate", 34, "serif_cjk")
    _paragraph(s, 120, 240, "　　梅思远，男，1998年1月6日生，在本校车辆工程专业完成了本科学习计划，经审核，授予工学学士学位。", 19, 26, 54)
    text_lines(s, 860, 240, ["MEI Siyuan, male, born on 6 January 1998,", "has completed the undergraduate programme",
                             "in Vehicle Engineering and is awarded the", "degree of Bachelor of Engineering."], 22, "serif", 54)
    text_lines(s, 860, 600, ["长岭汽车工程学院", "Changling Institute of Automotive Engineering", "2020年6月24日 / 24 June 2020",
                             "证书编号 No. 1931142020000382"], 22, "serif_cjk", 48)
    _chop(s, 1350, 470, "长岭汽车工程学院")
    return scanned_png(s, "bilingual"), {"holder_name": ("梅思远", "MEI Siyuan"), "institution": ("长岭汽车工程学院", "Changling Institute of Automotive Engineering"),
                                         "degree": ("工学学士", "工学学士学位", "Bachelor of Engineering"), "major": ("车辆工程", "Vehicle Engineering"),
                                         "date_awarded": "2020-06-24", "certificate_number": "1931142020000382"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-laws-specialising.png", laws_specialising, "degree_certificate", "laws-specialising"),
              ("degree-two-pairs-a-row.png", two_pairs_a_row, "degree_certificate", "two-pairs-a-row"),
              ("degree-bilingual-side-by-side.png", bilingual_side_by_side, "degree_certificate", "bilingual-side-by-side")]
    return write_drawn(folder, papers)
