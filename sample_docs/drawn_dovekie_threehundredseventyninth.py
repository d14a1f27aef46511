"""A three-hundred-and-seventy-ninth drawn set, of qualification reports, read cold before any reader change for it, in
wording and layouts no earlier set drew: an authentication report that tells its particulars in one sentence (…，女，
…生，于…至…在…专业学习，学制四年，层次为本科，已毕业), graduation to the month; an English report with two labels
and values on a line ('Name: …   Gender: …'); a shaded ruled grid of two pairs a row whose labels include 毕(结)业日期
and 学历类别. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredseventyninth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def one_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "中国高等教育学历认证报告", 42, "serif_cjk")
    text_lines(s, 160, 240, ["　　刘子涵，女，1998年5月6日生，于2016年9月至2020年6月在西江工商学院会计学专业学习，",
                             "学制四年，层次为本科，已毕业。毕业证书编号：193631202006002317。", "",
                             "　　经认证，上述学历信息属实。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["认证日期：2026年11月16日"], 24, "serif_cjk", 56)
    return scanned_png(s, "onesentence"), {"holder_name": "刘子涵", "sex": "F", "date_of_birth": "1998-05-06", "institution": "西江工商学院",
                                           "major": "会计学", "level": ("本科",), "graduation_date": "2020-06-30",
                                           "certificate_number": "193631202006002317"}


def two_pairs_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(260, 100, "Verification Report of Higher Education Qualification Certificate", 30, "serif_bold")
    y = 230
    for left, right in [("Name: TANG Shiyu", "Gender: Female"), ("Date of Birth: 12 Aug 1997", "Type of Study: Full-time"),
                        ("University: Hexi University of Science and Technology", ""),
                        ("Programme: Automation", "Education Level: Undergraduate"), ("Date of Graduation: 30 Jun 2019", ""),
                        ("Certificate Serial No.: 193621201906001205", ""), ("Verification Code: K8MZ2TQ7WN4XP9RD", "")]:
        s.text(180, y, left, 26, "serif")
        if right:
            s.text(940, y, right, 26, "serif")
        y += 62
    return scanned_png(s, "twopairs"), {"holder_name": "TANG SHIYU", "sex": "F", "date_of_birth": "1997-08-12",
                                        "institution": "Hexi University of Science and Technology", "major": "Automation",
                                        "level": ("undergraduate", "bachelor", "本科"), "graduation_date": "2019-06-30",
                                        "certificate_number": "193621201906001205", "verification_code": "K8MZ2TQ7WN4XP9RD"}


def shaded_grid_of_pairs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "学历电子注册备案表", 44, "serif_cjk")
    _ruled(s, 140, 220, [["姓名", "侯一凡", "性别", "男"], ["出生日期", "1996年11月3日", "学历类别", "普通高等教育"],
                         ["学校名称", "陇南师范学院", "专业", "数学与应用数学"], ["层次", "本科", "学制", "4年"],
                         ["毕(结)业日期", "2019年7月1日", "毕(结)业", "毕业"], ["证书编号", "193611201905004872", "", ""]],
           [240, 420, 220, 460], 80, size=26, shade_labels=True)
    text_lines(s, 140, 760, ["在线验证码：M4QW8ZT2KX7RNP3D"], 26, "sans_cjk", 56)
    return scanned_png(s, "shadedpairs"), {"holder_name": "侯一凡", "sex": "M", "date_of_birth": "1996-11-03", "institution": "陇南师范学院",
                                           "major": "数学与应用数学", "level": ("本科",), "graduation_date": "2019-07-01",
                                           "certificate_number": "193611201905004872", "verification_code": "M4QW8ZT2KX7RNP3D"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-one-sentence.png", one_sentence, "qualification_report", "one-sentence"),
              ("report-two-pairs-a-line.png", two_pairs_a_line, "qualification_report", "two-pairs-a-line"),
              ("report-shaded-grid-of-pairs.png", shaded_grid_of_pairs, "qualification_report", "shaded-grid-of-pairs")]
    return write_drawn(folder, papers)
