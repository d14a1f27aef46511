"""A four-hundred-and-forty-ninth drawn set, of a work letter, a degree and a consent, in wording and layouts no earlier
set drew: a letter whose posts stand in a table (起止时间 | 部门 | 职务, periods 2012.07-2015.06), the later post on the last
row; a bachelor's degree with a box for the photo at its left and its text at the right; a short English consent of
labelled rows, dated year first with slashes (2026/11/28). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredfortyninth`). Every name and number is made up; 19318 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def posts_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "南昌赣江新能源汽车有限公司", 36, "serif_cjk")
    s.text(680, 190, "工作经历证明", 36, "serif_cjk")
    s.text(160, 270, "兹证明蒋一帆同志在我公司工作经历如下：", 28, "serif_cjk")
    y = _ruled(s, 160, 340, [["起止时间", "部门", "职务"], ["2012.07-2015.06", "技术部", "助理工程师"], ["2015.07-2021.03", "技术部", "电控工程师"]],
               [420, 360, 420], 80, 26)
    text_lines(s, 160, y + 60, ["特此证明。", "", "南昌赣江新能源汽车有限公司", "2026年11月19日"], 26, "serif_cjk", 50)
    _chop(s, 1150, y + 190, "南昌赣江新能源汽车有限公司")
    return scanned_png(s, "poststable"), {"employer": "南昌赣江新能源汽车有限公司", "position": "电控工程师", "start_date": "2012-07-01",
                                          "end_date": "2021-03-31"}


def photo_box_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "学士学位证书", 48, "serif_cjk")
    s.d.rectangle([180, 260, 420, 580], outline=(90, 90, 90), width=2)
    s.text(260, 400, "照片", 30, "sans_cjk", (120, 120, 120))
    text_lines(s, 500, 270, ["贝晓琳，女，1996年9月14日生。在本校", "生物工程专业完成了大学本科学习计划，", "业已毕业。经审核符合《中华人民共和国",
                             "学位条例》的规定，授予工学学士学位。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 620, ["赣南理工学院", "学位评定委员会主席", "2018年6月25日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 660, "赣南理工学院")
    s.text(180, 860, "证书编号：1931842018000652", 24, "serif_cjk")
    return scanned_png(s, "photobox"), {"holder_name": "贝晓琳", "institution": "赣南理工学院", "degree": ("工学学士", "工学学士学位"),
                                        "major": "生物工程", "date_awarded": "2018-06-25", "certificate_number": "1931842018000652"}


def short_english_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "CONSENT", 34, "serif_bold")
    text_lines(s, 200, 220, ["Name:       Mr. WU Di", "Employer:   Kunming Plateau Biotech Co., Ltd.", "",
                             "We consent to the above employee working in Hong Kong.", "", "Date: 2026/11/28"], 26, "sans", 52)
    _chop(s, 1150, 560, "昆明高原生物科技有限公司")
    return scanned_png(s, "shorten"), {"organisation": "Kunming Plateau Biotech Co., Ltd.", "applicant_name": "WU Di", "date": "2026-11-28",
                                       "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-posts-table.png", posts_table, "work_experience_letter", "posts-table"),
              ("degree-photo-box.png", photo_box_degree, "degree_certificate", "photo-box"),
              ("consent-short-english.png", short_english_consent, "consent_letter", "short-english")]
    return write_drawn(folder, papers)
