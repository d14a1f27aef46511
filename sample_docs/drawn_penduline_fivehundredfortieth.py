"""A five-hundred-and-fortieth drawn set, of degrees, drawn for stop 84's second round, to be read cold before any reader changes for
it, in wording and layouts no earlier set drew: a degree printed in Chinese with its English translation under it on the same page
(学士学位证书 / Bachelor's Degree Certificate, both sentences); a degree whose particulars are a table with shaded labels ('Name of
Graduate', 'Degree Conferred', 'Major Field', 'Date Conferred', 'Diploma Number'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfortieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def bilingual_stacked() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 90, "学士学位证书", 40, "serif_cjk")
    y = text_lines(s, 160, 200, ["　　邵嘉怡，女，1999年1月15日生。在本校广告学专业完成了本科学业，成绩合格，", "依照《中华人民共和国学位条例》的规定，授予文学学士学位。"],
                   28, "serif_cjk", 58)
    text_lines(s, 880, y + 30, ["鄂西民族学院", "2021年6月18日"], 26, "serif_cjk", 52)
    s.text(520, y + 200, "Bachelor's Degree Certificate", 30, "serif_bold")
    text_lines(s, 160, y + 270, ["SHAO Jiayi, female, born on January 15, 1999, has completed the undergraduate program in Advertising at",
                                 "our college. In accordance with the Regulations on Academic Degrees of the People's Republic of China, she",
                                 "is awarded the Bachelor of Arts degree.", "", "Western Hubei College for Nationalities", "June 18, 2021", "",
                                 "Certificate No.: 1925142021000377"], 22, "serif", 44)
    _chop(s, 1320, y + 70, "鄂西民族学院")
    return scanned_png(s, "bilingual"), {"holder_name": ("邵嘉怡", "SHAO Jiayi"), "institution": ("鄂西民族学院", "Western Hubei College for Nationalities"),
                                         "degree": ("文学学士", "文学学士学位", "Bachelor of Arts"), "major": ("广告学", "Advertising"),
                                         "date_awarded": "2021-06-18", "certificate_number": "1925142021000377"}


def shaded_label_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "Lingnan Coast University", 38, "serif_bold")
    s.text(600, 170, "Degree Record", 30, "serif")
    _ruled(s, 180, 250, [["Name of Graduate", "GU Zimo"], ["Degree Conferred", "Master of Public Administration"], ["Major Field", "Urban Governance"],
                         ["Date Conferred", "28 June 2023"], ["Diploma Number", "1925132023000920"]], [420, 760], 70, 24, shade_labels=True)
    return scanned_png(s, "shaded"), {"holder_name": "GU Zimo", "institution": "Lingnan Coast University",
                                      "degree": ("Master of Public Administration",), "major": "Urban Governance", "date_awarded": "2023-06-28",
                                      "certificate_number": "1925132023000920"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-bilingual-stacked.png", bilingual_stacked, "degree_certificate", "bilingual-stacked"),
              ("degree-shaded-label-table.png", shaded_label_table, "degree_certificate", "shaded-label-table")]
    return write_drawn(folder, papers)
