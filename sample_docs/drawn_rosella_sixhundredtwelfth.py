"""A six-hundred-and-twelfth drawn set, of school papers, drawn in stop 86's third round to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a Mainland 学士学位证书 whose particulars are rows of a ruled table beside a photo's
frame (姓名 | 性别 | 出生日期 | 学位 | 专业 | 授予日期); an LLM by its initials with its subject after 'in' ('Master of Laws (LLM) in
International Economic Law'), the Senate conferring it on 'Ms Jiang Yutong'; a Hong Kong associate degree's 畢業證書 in traditional
Chinese (商業管理副學士課程). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredtwelfth`). Every name and number
is made up; 19192 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def table_beside_photo() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("学士学位证书", 48)], 110, 60)
    s.d.rectangle([160, 260, 460, 660], outline="black", width=2)
    s.text(270, 440, "照片", 30, "sans_cjk")
    _ruled(s, 520, 260, [["姓名", "苗书瑶"], ["性别", "女"], ["出生日期", "1999年10月2日"], ["学位", "管理学学士"], ["专业", "人力资源管理"],
                         ["授予日期", "2021年6月20日"]], [260, 700], 68, 28)
    text_lines(s, 160, 760, ["学位授予单位：江城财经学院", "证书编号：1919242021000388"], 28, "serif_cjk", 60)
    _chop(s, 1200, 860, "江城财经学院")
    return scanned_png(s, "besidephoto"), {"holder_name": "苗书瑶", "institution": "江城财经学院", "degree": ("管理学学士", "管理学学士学位"),
                                           "major": "人力资源管理", "date_awarded": "2021-06-20", "certificate_number": "1919242021000388"}


def llm_initials_then_subject() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("UNIVERSITY OF EASTGATE", 40), ("", 0), ("The Senate of the University confers on", 24), ("", 0), ("Ms Jiang Yutong", 36),
                    ("", 0), ("the degree of", 24), ("Master of Laws (LLM) in International Economic Law", 32), ("", 0),
                    ("Dated 30 November 2022", 24)], 140, 58)
    text_lines(s, 240, 960, ["Chairman of Senate", "", "Registrar"], 22, "serif", 40)
    return scanned_png(s, "llm"), {"holder_name": ("Jiang Yutong", "JIANG YUTONG"), "institution": "UNIVERSITY OF EASTGATE",
                                   "degree": ("Master of Laws", "Master of Laws (LLM)"), "major": "International Economic Law",
                                   "date_awarded": "2022-11-30"}


def associate_degree_hant() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("維港專上學院", 44), ("畢 業 證 書", 46)], 110, 80)
    y = text_lines(s, 220, 380, ["　　茲證明張曉晴已修畢本學院商業管理副學士課程，", "成績及格，准予畢業，特頒此證。"], 30, "serif_cjk", 66)
    text_lines(s, 940, y + 140, ["院長　梁國華", "二〇二三年七月十五日"], 30, "serif_cjk", 62)
    s.text(220, y + 420, "證書編號：VHC-AD-2023-0419", 24, "sans_cjk")
    _chop(s, 560, y + 220, "維港專上學院")
    return scanned_png(s, "associatehant"), {"holder_name": "張曉晴", "institution": "維港專上學院", "major": "商業管理",
                                             "level": ("副學士", "副学士", "專科", "专科", "Associate Degree"), "graduation_date": "2023-07-15",
                                             "certificate_number": "VHC-AD-2023-0419"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-beside-photo.png", table_beside_photo, "degree_certificate", "beside-photo"),
              ("degree-llm-initials.png", llm_initials_then_subject, "degree_certificate", "llm-initials"),
              ("graduation-associate-hant.png", associate_degree_hant, "graduation_certificate", "associate-hant")]
    return write_drawn(folder, papers)
