"""A four-hundred-and-sixty-ninth drawn set, of a degree, a Macau degree and a graduation certificate, drawn after stop
82's second reader change, to be read cold, in wording and layouts no earlier set drew: an English degree naming the
holder in both scripts ('WU Zihan (吴梓涵)') with a 'Conferred:' date; a traditional-script degree of a professional field
(茲授予…工商管理學士學位); a postgraduate's graduation certificate (研究生…学制三年，修完硕士研究生培养计划…，准予毕业). Each is a case
of its own (`scripts/bench_drawn_forms.py --set fourhundredsixtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def both_scripts_conferred() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "Songjiang Institute of Technology", 38, "serif_bold")
    text_lines(s, 160, 250, ["Name: WU Zihan (吴梓涵)", "Degree: Doctor of Engineering", "Field: Mechanical Engineering",
                             "Conferred: 15 December 2022", "No.: SIT-DENG-2022-0031"], 26, "serif_cjk", 60)
    text_lines(s, 900, 650, ["President"], 24, "serif", 40)
    return scanned_png(s, "bothscripts"), {"holder_name": ("WU Zihan", "吴梓涵"), "institution": "Songjiang Institute of Technology",
                                           "degree": ("Doctor of Engineering",), "major": "Mechanical Engineering", "date_awarded": "2022-12-15",
                                           "certificate_number": "SIT-DENG-2022-0031"}


def macau_professional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "學士學位證書", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　何家朗，男，一九九九年四月十二日出生，在本校修畢工商管理學士學位課程，成績合格，茲授予工商管理學士學位。", 30, 30, 62)
    text_lines(s, 860, y + 100, ["澳門濠江大學", "二〇二二年七月八日"], 28, "serif_cjk", 56)
    _chop(s, 1020, y + 150, "澳門濠江大學")
    s.text(160, y + 300, "證書編號：UHJ-BBA-2022-1186", 24, "serif_cjk")
    return scanned_png(s, "macau"), {"holder_name": "何家朗", "institution": "澳門濠江大學", "degree": ("工商管理學士", "工商管理學士學位"),
                                     "major": "工商管理", "date_awarded": "2022-07-08", "certificate_number": "UHJ-BBA-2022-1186"}


def postgraduate_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "研究生毕业证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　研究生林楚涵，女，1995年10月2日生，于2018年9月至2021年6月在本校材料学专业学习，学制三年，"
                                "修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["校名：闽南材料科技大学", "2021年6月28日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "闽南材料科技大学")
    s.text(160, y + 300, "证书编号：193041202106000518", 24, "serif_cjk")
    return scanned_png(s, "postgrad"), {"holder_name": "林楚涵", "institution": "闽南材料科技大学", "major": "材料学",
                                        "level": ("硕士研究生", "研究生", "硕士"), "graduation_date": "2021-06-28",
                                        "certificate_number": "193041202106000518"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-both-scripts-conferred.png", both_scripts_conferred, "degree_certificate", "both-scripts-conferred"),
              ("degree-macau-professional.png", macau_professional, "degree_certificate", "macau-professional"),
              ("graduation-postgraduate.png", postgraduate_graduation, "graduation_certificate", "postgraduate")]
    return write_drawn(folder, papers)
