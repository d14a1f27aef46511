"""A three-hundred-and-twenty-ninth drawn set, of qualification reports, drawn in stop 76 after its first mends and read
cold, in wording and layouts no earlier set drew: an English report whose particulars are numbered ('1. Full name', '7.
Date of completion', '8. Certificate serial number', '9. Online check code'); a Chinese check result that names its
graduate only in its title (关于…学历情况的核查结果) over a ruled table; a Chinese page of particulars set three to a line
(姓名：…　性别：…　出生日期：…). Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredtwentyninth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def numbered_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "Higher Education Verification Report", 32, "serif_bold")
    y = 210
    for label, value in [("1. Full name", "MO Jiaqi"), ("2. Sex", "Female"), ("3. Date of birth", "19 August 1995"),
                         ("4. Name of institution", "Nanling University of Finance and Economics"), ("5. Programme", "Financial Management"),
                         ("6. Level", "Bachelor"), ("7. Date of completion", "25 June 2017"),
                         ("8. Certificate serial number", "194051201705000437"), ("9. Online check code", "Q7WN3RT8KX2MZ5HD")]:
        s.text(180, y, label, 24, "serif")
        s.text(700, y, value, 24, "serif")
        y += 58
    return scanned_png(s, "numbered"), {"holder_name": "MO JIAQI", "sex": "F", "date_of_birth": "1995-08-19",
                                        "institution": "Nanling University of Finance and Economics", "major": "Financial Management",
                                        "level": ("bachelor", "本科", "Bachelor"), "graduation_date": "2017-06-25",
                                        "certificate_number": "194051201705000437", "verification_code": "Q7WN3RT8KX2MZ5HD"}


def name_in_title() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 100, "关于黎思远学历情况的核查结果", 40, "sans_cjk")
    _ruled(s, 160, 220, [["性别", "男", "出生日期", "1996年12月2日"], ["毕业院校", "黔东学院", "专业", "旅游管理"],
                         ["层次", "专科", "毕业日期", "2018年6月30日"], ["证书编号", "194041201806000529", "验证码", "C8RT2NW6XK9QM3ZP"]],
           [220, 460, 220, 460], 70, 24)
    return scanned_png(s, "nameintitle"), {"holder_name": "黎思远", "sex": "M", "date_of_birth": "1996-12-02", "institution": "黔东学院",
                                           "major": "旅游管理", "level": "专科", "graduation_date": "2018-06-30",
                                           "certificate_number": "194041201806000529", "verification_code": "C8RT2NW6XK9QM3ZP"}


def three_to_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "学历证书查询信息", 42, "serif_cjk")
    text_lines(s, 160, 230, ["姓名：尹家乐　　性别：男　　出生日期：1998年4月9日", "院校：皖西理工学院　　专业：自动化　　层次：本科",
                             "毕业日期：2020年7月1日　　证书编号：194031202005000688", "在线验证码：T5KM8XQ2WR9ZN4HC"], 26, "serif_cjk", 64)
    return scanned_png(s, "threealine"), {"holder_name": "尹家乐", "sex": "M", "date_of_birth": "1998-04-09", "institution": "皖西理工学院",
                                          "major": "自动化", "level": "本科", "graduation_date": "2020-07-01",
                                          "certificate_number": "194031202005000688", "verification_code": "T5KM8XQ2WR9ZN4HC"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-numbered-english.png", numbered_english, "qualification_report", "numbered-english"),
              ("report-name-in-title.png", name_in_title, "qualification_report", "name-in-title"),
              ("report-three-to-a-line.png", three_to_a_line, "qualification_report", "three-to-a-line")]
    return write_drawn(folder, papers)
