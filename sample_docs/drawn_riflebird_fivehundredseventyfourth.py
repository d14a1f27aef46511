"""A five-hundred-and-seventy-fourth drawn set, stop 85's first round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: an American diploma ('The Trustees of … upon the recommendation of the Faculty, have conferred on', 'Given
at …, on the twentieth day of May, two thousand nineteen'), no number and no subject; a graduation certificate of spaced labels in rows
with no rules ('学　　制', '层　　次', '毕业日期'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredseventyfourth`). Every name and number is made up; 19227 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def trustees() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 110, "Bayview Institute of Technology", 44, "serif_bold")
    text_lines(s, 260, 260, ["The Trustees of Bayview Institute of Technology,", "upon the recommendation of the Faculty, have conferred on", "",
                             "Deng Haoxuan", "", "the degree of", "Master of Business Administration", "",
                             "and have granted all the rights, honors and privileges thereunto appertaining.",
                             "Given at San Mateo, California, on the twentieth day of May, two thousand nineteen."], 26, "serif", 52)
    text_lines(s, 260, 900, ["President                                             Dean of the Faculty"], 22, "serif", 40)
    return scanned_png(s, "trustees"), {"holder_name": "Deng Haoxuan", "institution": "Bayview Institute of Technology",
                                        "degree": ("Master of Business Administration",), "date_awarded": "2019-05-20"}


def spaced_label_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 48, "serif_cjk")
    rows = ["姓　　名：邵雨辰", "性　　别：男", "出生日期：1999年5月8日", "学　　制：三年", "专　　业：汽车检测与维修技术", "层　　次：专科",
            "入学时间：2017年9月", "毕业日期：2020年6月30日", "学校名称：赣西职业技术学院", "证书编号：192271202006000623"]
    text_lines(s, 260, 250, rows, 28, "sans_cjk", 62)
    s.d.rectangle((1150, 250, 1420, 610), outline=(0, 0, 0), width=2)
    _chop(s, 1100, 800, "赣西职业技术学院")
    return scanned_png(s, "spacedrows"), {"holder_name": "邵雨辰", "institution": "赣西职业技术学院", "major": "汽车检测与维修技术",
                                          "level": ("专科", "三年制专科"), "graduation_date": "2020-06-30", "certificate_number": "192271202006000623"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-trustees.png", trustees, "degree_certificate", "trustees"),
              ("graduation-spaced-label-rows.png", spaced_label_rows, "graduation_certificate", "spaced-label-rows")]
    return write_drawn(folder, papers)
