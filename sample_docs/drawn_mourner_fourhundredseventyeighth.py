"""A four-hundred-and-seventy-eighth drawn set, of degrees, drawn after stop 82's fourth reader change, to be read cold,
in wording and layouts no earlier set drew: a Hong Kong degree in traditional script, each part on a line of its own
(茲證明 / name / 已完成 / 理學士（榮譽）學位 / 主修 / subject); a conferment told date first ('On 25 June 2022, on the recommendation
of the Senate, the University conferred upon … the degree of …'); particulars under spaced labels (姓　名：, 专　业：, 学　位：).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredseventyeighth`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def hong_kong_lines() -> tuple[bytes, dict]:
    s = Sheet()
    for y, text, size in [(110, "香港東涌大學", 44), (250, "茲證明", 28), (330, "陳樂怡", 40), (420, "已完成", 28), (500, "理學士（榮譽）學位", 36),
                          (590, "主修", 28), (670, "生物化學", 36), (790, "二〇二一年十一月十二日", 28)]:
        s.text(827 - len(text) * size // 2, y, text, size, "serif_cjk")
    s.text(160, 960, "證書編號：HKTU-BSC-21-07718", 22, "serif_cjk")
    _chop(s, 1250, 820, "香港東涌大學")
    return scanned_png(s, "hklines"), {"holder_name": "陳樂怡", "institution": "香港東涌大學", "degree": ("理學士（榮譽）", "理學士", "理學士（榮譽）學位"),
                                       "major": "生物化學", "date_awarded": "2021-11-12", "certificate_number": "HKTU-BSC-21-07718"}


def date_first_conferment() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "Beihu University of Technology", 40, "serif_bold")
    text_lines(s, 160, 260, ["On 25 June 2022, on the recommendation of the Senate, the University conferred upon HAN Yue the",
                             "degree of Master of Engineering in Structural Engineering.", "", "",
                             "President", "", "Serial No. BUT-MENG-2022-0418"], 26, "serif", 46)
    return scanned_png(s, "datefirst"), {"holder_name": "HAN Yue", "institution": "Beihu University of Technology",
                                         "degree": ("Master of Engineering",), "major": "Structural Engineering", "date_awarded": "2022-06-25",
                                         "certificate_number": "BUT-MENG-2022-0418"}


def spaced_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学士学位证书", 44, "serif_cjk")
    text_lines(s, 200, 250, ["姓　　名：庞书瑶", "专　　业：数字媒体艺术", "学　　位：艺术学学士", "授予单位：滇西艺术学院",
                             "授予日期：2022年6月24日", "证书编号：1929642022000395"], 30, "serif_cjk", 66)
    _chop(s, 1100, 620, "滇西艺术学院")
    return scanned_png(s, "spacedlabels"), {"holder_name": "庞书瑶", "institution": "滇西艺术学院", "degree": ("艺术学学士", "艺术学学士学位"),
                                            "major": "数字媒体艺术", "date_awarded": "2022-06-24", "certificate_number": "1929642022000395"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-hong-kong-lines.png", hong_kong_lines, "degree_certificate", "hong-kong-lines"),
              ("degree-date-first-conferment.png", date_first_conferment, "degree_certificate", "date-first-conferment"),
              ("degree-spaced-labels.png", spaced_labels, "degree_certificate", "spaced-labels")]
    return write_drawn(folder, papers)
