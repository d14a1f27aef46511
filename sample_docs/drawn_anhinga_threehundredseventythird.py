"""A three-hundred-and-seventy-third drawn set, drawn after the stop's
second round of reader changes and read cold before any change for it, in wording and layouts no earlier set drew: a hospital's staff record extract in English whose post is a
'Rank' and whose stay is a 'Service' row; a Chinese letter whose stay is 自…起至…止 in Chinese numerals; a report
scanned on its side (the page turned a quarter). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredseventythird`). Every name and number is made up."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def staff_record_extract() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jiangbei Central Hospital", 32, "serif_bold")
    s.text(160, 150, "Staff Record Extract", 26, "serif")
    y = 260
    for label, value in [("Name", "Dr. LEI Zhen"), ("Rank", "Attending Physician"), ("Unit", "Department of Nephrology"),
                         ("Service", "1 Aug 2011 - 31 Jul 2019")]:
        s.text(200, y, label, 26, "serif")
        s.text(520, y, value, 26, "serif")
        y += 62
    text_lines(s, 200, y + 60, ["Extracted from the hospital's personnel records on 9 November 2026.", "", "Human Resources Office"],
               22, "serif", 42)
    return scanned_png(s, "staffextract"), {"employer": "Jiangbei Central Hospital", "position": "Attending Physician",
                                            "start_date": "2011-08-01", "end_date": "2019-07-31"}


def numerals_from_to() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明乔文轩同志自二〇一五年七月起至二〇二〇年十二月止在我公司财务部任会计主管。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 460, ["太原晋源能源科技有限公司", "二〇二六年十一月十六日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 530, "太原晋源能源科技有限公司")
    return scanned_png(s, "numeralsfromto"), {"employer": "太原晋源能源科技有限公司", "position": "会计主管", "start_date": "2015-07-01",
                                              "end_date": "2020-12-31"}


def report_on_its_side() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 120, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    y = 260
    for label, value in [("姓名", "房思远"), ("性别", "男"), ("出生日期", "1998年01月23日"), ("学校名称", "沧州交通学院"),
                         ("专业", "交通运输"), ("层次", "本科"), ("毕业日期", "2020年06月28日"),
                         ("证书编号", "193651202005001187"), ("在线验证码", "P6QT3ZK9WX2NMR8H")]:
        s.text(260, y, label, 30, "serif_cjk")
        s.text(620, y, value, 30, "serif_cjk" if not value.isascii() else "sans")
        y += 72
    img = Image.open(io.BytesIO(scanned_png(s, "onitsside"))).rotate(90, expand=True)
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(200, 200))
    return buf.getvalue(), {"holder_name": "房思远", "sex": "M", "date_of_birth": "1998-01-23", "institution": "沧州交通学院",
                            "major": "交通运输", "level": ("本科",), "graduation_date": "2020-06-28",
                            "certificate_number": "193651202005001187", "verification_code": "P6QT3ZK9WX2NMR8H"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-staff-record-extract.png", staff_record_extract, "work_experience_letter", "staff-record-extract"),
              ("work-numerals-from-to.png", numerals_from_to, "work_experience_letter", "numerals-from-to"),
              ("report-on-its-side.png", report_on_its_side, "qualification_report", "on-its-side")]
    return write_drawn(folder, papers)
