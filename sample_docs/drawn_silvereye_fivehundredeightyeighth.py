"""A five-hundred-and-eighty-eighth drawn set, of degrees in simplified Chinese, stop 85's third round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a degree of bilingual label rows, each value in Chinese then English
('学位 Degree：理学学士 Bachelor of Science', '授予单位 Conferring Institution：…'); a degree certificate issued again for a lost one (学位证明书:
'被授予 工学学士 学位（专业：电气工程及其自动化）', '原学位证书（编号：…）遗失'), dated 2026, signed by the degree office. Each is a case of
its own (`scripts/bench_drawn_forms.py --set fivehundredeightyeighth`). Every name and number is made up; 19212 and 19211 are no real
institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def bilingual_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "学位证书 Degree Certificate", 40, "serif_cjk")
    rows = ["姓名 Name：陆子豪 LU Zihao", "学位 Degree：理学学士 Bachelor of Science", "专业 Major：应用化学 Applied Chemistry",
            "授予单位 Conferring Institution：黔东大学 Qiandong University", "授予日期 Date of Conferment：2020年7月1日",
            "证书编号 Certificate No.：1921242020000729"]
    text_lines(s, 200, 260, rows, 26, "sans_cjk", 66)
    _chop(s, 1250, 800, "黔东大学")
    return scanned_png(s, "bilingualrows"), {"holder_name": ("陆子豪", "LU Zihao"), "institution": ("黔东大学", "Qiandong University"),
                                             "degree": ("理学学士", "理学学士学位", "Bachelor of Science"), "major": ("应用化学", "Applied Chemistry"),
                                             "date_awarded": "2020-07-01", "certificate_number": "1921242020000729"}


def degree_issued_again() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学位证明书", 48, "serif_cjk")
    y = text_lines(s, 200, 270, ["　　兹证明骆嘉伟，男，1990年3月生，于2012年6月28日经我校学位评定委员会审核通过，被授予",
                                 "工学学士学位（专业：电气工程及其自动化）。原学位证书（编号：1921142012000456）遗失，",
                                 "特发此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 120, ["南港大学学位办公室", "2026年10月28日"], 28, "serif_cjk", 56)
    _chop(s, 1350, y + 180, "南港大学")
    return scanned_png(s, "degreeagain"), {"holder_name": "骆嘉伟", "institution": "南港大学", "degree": ("工学学士", "工学学士学位"),
                                           "major": "电气工程及其自动化", "date_awarded": "2012-06-28", "certificate_number": "1921142012000456"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-bilingual-rows.png", bilingual_rows, "degree_certificate", "bilingual-rows"),
              ("degree-issued-again.png", degree_issued_again, "degree_certificate", "issued-again")]
    return write_drawn(folder, papers)
