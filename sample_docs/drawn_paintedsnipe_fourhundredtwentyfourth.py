"""A four-hundred-and-twenty-fourth drawn set, of a report, a degree and a consent, drawn after the stop's last reader
change, to be read cold and left unmended, in wording and layouts no earlier set drew: a report of boxes two a row, each
box's label small at its top and its value under it; a master's degree set in centred lines, the holder's name alone on
its line between 兹授予 and the degree (兹授予 / 王梓涵 / 管理学硕士学位); a ruled form of a unit's consent (姓名, 所在单位, 单位意见,
单位盖章 with the date). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredtwentyfourth`). Every
name and number is made up; 19329 and 19328 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def report_label_boxes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    cells = [("姓名", "白雨辰"), ("性别", "男"), ("出生日期", "1996年7月19日"), ("层次", "本科"), ("学校名称", "陇南农林学院"),
             ("专业", "园林"), ("毕业日期", "2018年6月28日"), ("证书编号", "193291201806000339"), ("在线验证码", "M3XR7KQ2WT8ZN4PD"), ("", "")]
    for k, (label, value) in enumerate(cells):
        x, y = 140 + (k % 2) * 700, 200 + (k // 2) * 120
        s.d.rectangle([x, y, x + 660, y + 104], outline=(80, 80, 80), width=2)
        if label:
            s.text(x + 14, y + 8, label, 18, "sans_cjk", (90, 90, 90))
            s.text(x + 14, y + 44, value, 30, "sans_cjk" if not value.isascii() else "sans")
    return scanned_png(s, "boxes"), {"holder_name": "白雨辰", "sex": "M", "date_of_birth": "1996-07-19", "institution": "陇南农林学院",
                                     "major": "园林", "level": ("本科",), "graduation_date": "2018-06-28",
                                     "certificate_number": "193291201806000339", "verification_code": "M3XR7KQ2WT8ZN4PD"}


def degree_centred_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "硕士学位证书", 56, "serif_cjk")
    y = 300
    for line, size in [("兹授予", 30), ("王梓涵", 40), ("（女，一九九五年一月八日生）", 26), ("工商管理专业", 30), ("管理学硕士学位", 34)]:
        w = int(size * len(line))
        s.text(827 - w // 2, y, line, size, "serif_cjk")
        y += size + 40
    for line in ["豫北经贸大学", "学位评定委员会", "二〇二〇年六月二十三日"]:
        s.text(1000, y + 30, line, 28, "serif_cjk")
        y += 56
    _chop(s, 1400, 720, "豫北经贸大学")
    s.text(160, 980, "证书编号：1932832020000611", 22, "serif_cjk")
    return scanned_png(s, "centred"), {"holder_name": "王梓涵", "institution": "豫北经贸大学", "degree": ("管理学硕士", "管理学硕士学位"),
                                       "major": "工商管理", "date_awarded": "2020-06-23", "certificate_number": "1932832020000611"}


def consent_form_ruled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "单位同意证明", 40, "serif_cjk")
    _ruled(s, 160, 200, [["姓名", "贺思远"], ["所在单位", "石家庄冀中化工设计院"], ["单位意见", "同意该同志赴香港工作。"],
                         ["单位盖章", "2026年11月14日"]], [280, 940], 90, 26)
    _chop(s, 1100, 520, "石家庄冀中化工设计院")
    return scanned_png(s, "ruled"), {"organisation": "石家庄冀中化工设计院", "applicant_name": "贺思远", "date": "2026-11-14", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-label-boxes.png", report_label_boxes, "qualification_report", "label-boxes"),
              ("degree-centred-lines.png", degree_centred_lines, "degree_certificate", "centred-lines"),
              ("consent-form-ruled.png", consent_form_ruled, "consent_letter", "form-ruled")]
    return write_drawn(folder, papers)
