"""A fifty-seventh drawn set, drawn after the fifty-sixth was mended: graduation certificates in three layouts no set
drew. An online-education certificate whose level is printed as a route ('专科起点本科': a bachelor's course after
a diploma); a certificate that names its holder between '兹证明' and '同学'; a certificate of particulars in rows
of label-value pairs without rules, three pairs to a row. Each is a case of its own. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set fiftyseventh`). Every name, number and
institution is made up; the institutions' codes (198xx) are no real institution's."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets


def _paragraph(s: Sheet, x: int, y: int, text: str, per_line: int, size: int = 44, leading: int = 90) -> int:
    for k in range(0, len(text), per_line):
        s.text(x, y, text[k:k + per_line], size, "serif_cjk")
        y += leading
    return y


def online_route() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(520, 200, "毕 业 证 书", 72, "serif_cjk")
    s.text(600, 300, "（网络教育）", 40, "serif_cjk")
    y = _paragraph(s, 200, 480, "学生孟佳琪，性别女，1990年5月14日生，于2014年3月至2016年7月在本校网络教育学院会计学专业"
                                "（专科起点本科）学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 24)
    s.text(880, y + 160, "江淮财经大学", 40, "serif_cjk")
    s.text(900, y + 230, "2016年7月10日", 40, "serif_cjk")
    s.text(200, 2060, "证书编号：198937201605002216", 32, "serif_cjk")
    return s, {"holder_name": "孟佳琪", "institution": "江淮财经大学", "major": "会计学", "level": ("专科起点本科", "本科"),
               "graduation_date": "2016-07-10", "certificate_number": "198937201605002216"}


def certify_classmate() -> tuple[Sheet, dict]:
    s = Sheet()
    s.d.rectangle([80, 80, 1574, 2259], outline=(30, 90, 60), width=10)
    s.text(560, 240, "毕业证书", 80, "serif_cjk")
    y = _paragraph(s, 200, 520, "兹证明罗嘉怡同学于2013年9月至2017年6月在我校食品科学与工程专业全日制本科学习期满，"
                                "成绩合格，准予毕业。", 22, 46, 94)
    s.text(820, y + 200, "岭南农工大学（盖章）", 40, "serif_cjk")
    s.text(880, y + 270, "二〇一七年六月三十日", 40, "serif_cjk")
    s.text(200, 2080, "No. 198952201705003049", 32, "serif")
    return s, {"holder_name": "罗嘉怡", "institution": "岭南农工大学", "major": "食品科学与工程", "level": "本科",
               "graduation_date": "2017-06-30", "certificate_number": "198952201705003049"}


def particulars_in_rows() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 200, "毕 业 证 书", 72, "serif_cjk")
    rows = [[("姓名", "邱子默"), ("性别", "男"), ("出生日期", "1993年2月5日")],
            [("专业", "软件工程"), ("层次", "本科"), ("学制", "四年")],
            [("入学日期", "2012年9月1日"), ("毕业日期", "2016年6月30日"), ("", "")],
            [("学校名称", "北岸信息工程学院"), ("", ""), ("证书编号", "198971201605004427")]]
    y = 480
    for row in rows:
        for x, (label, value) in zip((160, 700, 1120), row):
            if label:
                end = s.text(x, y, label, 34, "serif_cjk")
                s.text(end + 30, y, value, 34, "serif_cjk")
        y += 120
    s.text(880, y + 200, "2016年6月30日", 38, "serif_cjk")
    return s, {"holder_name": "邱子默", "institution": "北岸信息工程学院", "major": "软件工程", "level": "本科",
               "graduation_date": "2016-06-30", "certificate_number": "198971201605004427"}


LAYOUTS = {("graduation_certificate", "online-route"): online_route, ("graduation_certificate", "certify-classmate"): certify_classmate,
           ("graduation_certificate", "particulars-in-rows"): particulars_in_rows}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS, lambda kind, layout: f"graduation-{layout}.png")
