"""A four-hundred-and-eighty-seventh drawn set, of school papers, drawn after stop 82's last reader change, to be read
cold, in wording and layouts no earlier set drew: a graduation certificate of a three-year college course with the text
to the left of a photo's frame (三年制专科); a translated online verification report as rows of English labels ('Enrolment
Date', 'Length of Schooling', 'Online Verification Code'); an English degree naming the holder with a Chinese name in
brackets after the pinyin. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredeightyseventh`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def text_left_of_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "毕业证书", 44, "serif_cjk")
    s.d.rectangle([1200, 230, 1460, 570], outline=(0, 0, 0), width=2)
    s.text(1290, 390, "照片", 26, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　学生邱佳怡，女，1999年1月27日生，于2017年9月至2020年6月在本校会展策划与管理专业三年制专科学习，"
                                "修完教学计划规定的全部课程，成绩合格，准予毕业。", 23, 30, 62)
    text_lines(s, 860, max(y, 600) + 80, ["校名：黔东南职业技术学院", "2020年6月28日"], 28, "serif_cjk", 56)
    _chop(s, 1080, max(y, 600) + 130, "黔东南职业技术学院")
    s.text(160, max(y, 600) + 300, "证书编号：192891202006001377", 24, "serif_cjk")
    return scanned_png(s, "photoleft"), {"holder_name": "邱佳怡", "institution": "黔东南职业技术学院", "major": "会展策划与管理", "level": ("专科",),
                                         "graduation_date": "2020-06-28", "certificate_number": "192891202006001377"}


def verification_report_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(280, 100, "Online Verification Report of Higher Education Qualification Certificate", 28, "serif_bold")
    s.text(700, 150, "(Translation)", 22, "serif")
    rows = [("Name", "PAN Yiran"), ("Gender", "Male"), ("Date of Birth", "19 September 1997"), ("Enrolment Date", "1 September 2015"),
            ("Graduation Date", "30 June 2019"), ("Institution", "Jiangcheng University of Science and Technology"), ("Major", "Internet of Things Engineering"),
            ("Length of Schooling", "4 years"), ("Level", "Undergraduate"), ("Certificate No.", "192881201906003106"),
            ("Online Verification Code", "T2WQ9MBX7KD4RN6P")]
    y = 240
    for label, value in rows:
        s.text(200, y, label, 24, "serif")
        s.text(700, y, value, 24, "serif")
        y += 58
    return scanned_png(s, "verifyen"), {"holder_name": "PAN Yiran", "sex": "M", "date_of_birth": "1997-09-19",
                                        "institution": "Jiangcheng University of Science and Technology", "major": "Internet of Things Engineering",
                                        "level": ("Undergraduate", "本科", "undergraduate"), "graduation_date": "2019-06-30",
                                        "certificate_number": "192881201906003106", "verification_code": "T2WQ9MBX7KD4RN6P"}


def pinyin_then_han() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Xijiang University of Finance", 38, "serif_bold")
    text_lines(s, 160, 260, ["This certifies that LEI Mingyu (雷明宇) has been admitted to the degree of Master of Finance",
                             "on 30 June 2022.", "", "", "Vice-President (Academic)", "", "Certificate No.: XUF/MF/2022/0314"], 26, "serif_cjk", 48)
    return scanned_png(s, "pinyinhan"), {"holder_name": ("LEI Mingyu", "雷明宇"), "institution": "Xijiang University of Finance",
                                         "degree": ("Master of Finance",), "major": "Finance", "date_awarded": "2022-06-30",
                                         "certificate_number": "XUF/MF/2022/0314"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-text-left-of-photo.png", text_left_of_photo, "graduation_certificate", "text-left-of-photo"),
              ("report-verification-english.png", verification_report_english, "qualification_report", "verification-english"),
              ("degree-pinyin-then-han.png", pinyin_then_han, "degree_certificate", "pinyin-then-han")]
    return write_drawn(folder, papers)
