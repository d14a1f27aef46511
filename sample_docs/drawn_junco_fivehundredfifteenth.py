"""A five-hundred-and-fifteenth drawn set, of a graduation certificate, a report and a consent, drawn after stop 83's last reader
change, to be read cold and left unmended, in wording and layouts no earlier set drew: an English 'Diploma of Graduation' whose
number heads it and whose student 'studied in the Department of …' before the programme; a registration record as unruled columns
of label and value beside a photo's box; a consent whose employee is a row of a ruled table under 'CONSENT'. Each is a case of its
own (`scripts/bench_drawn_forms.py --set fivehundredfifteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def diploma_of_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1050, 70, "No. 192761201906000233", 20, "serif")
    s.text(520, 130, "DIPLOMA OF GRADUATION", 34, "serif_bold")
    text_lines(s, 160, 250, ["Ms. XIE Mengyao, born on 9 September 1997, studied in the Department of Chemistry of Hanjiang Normal",
                             "University from September 2015 to July 2019 in the four-year undergraduate programme of Applied Chemistry,",
                             "completed all required courses and is hereby permitted to graduate.", "", "",
                             "Hanjiang Normal University", "5 July 2019"], 23, "serif", 44)
    return scanned_png(s, "diplomagrad"), {"holder_name": "XIE Mengyao", "institution": "Hanjiang Normal University", "major": "Applied Chemistry",
                                           "level": ("Undergraduate", "undergraduate", "本科", "four-year undergraduate"),
                                           "graduation_date": "2019-07-05", "certificate_number": "192761201906000233"}


def record_columns_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    s.d.rectangle((1180, 220, 1420, 520), outline=(0, 0, 0), width=2)
    for i, (label, value) in enumerate([("姓名", "金雨涵"), ("性别", "女"), ("出生日期", "1998年12月1日"), ("入学日期", "2016年09月01日"),
                                        ("毕（结）业日期", "2020年06月30日"), ("学校名称", "闽江理工大学"), ("专业", "软件工程"), ("学历类别", "普通"),
                                        ("层次", "本科"), ("证书编号", "192661202006000874"), ("在线验证码", "B8RT2KXQ7MZ4PW9N")]):
        s.text(200, 230 + 58 * i, label, 26, "sans_cjk")
        s.text(520, 230 + 58 * i, value, 26, "sans_cjk")
    return scanned_png(s, "recordcols"), {"holder_name": "金雨涵", "sex": "F", "date_of_birth": "1998-12-01", "institution": "闽江理工大学",
                                          "major": "软件工程", "level": ("本科",), "graduation_date": "2020-06-30",
                                          "certificate_number": "192661202006000874", "verification_code": "B8RT2KXQ7MZ4PW9N"}


def consent_employee_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Dongguan Songshan Lake Robotics Co., Ltd.", 28, "serif_bold")
    s.text(700, 180, "CONSENT", 34, "serif_bold")
    y = _ruled(s, 160, 260, [["Employee", "Mr. LONG Fei"], ["Employee No.", "00871"], ["Department", "Motion Control"]], [360, 700], 64, 24)
    text_lines(s, 160, y + 50, ["We consent to the above employee taking up employment in Hong Kong.", "", "Date: 2 December 2026", "",
                                "Company chop:"], 24, "serif", 46)
    _chop(s, 900, y + 190, "东莞松山湖机器人有限公司")
    return scanned_png(s, "consentrow"), {"organisation": "Dongguan Songshan Lake Robotics Co., Ltd.", "applicant_name": "LONG Fei",
                                          "date": "2026-12-02", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-diploma-of-graduation.png", diploma_of_graduation, "graduation_certificate", "diploma-of-graduation"),
              ("report-record-columns-photo.png", record_columns_photo, "qualification_report", "record-columns-photo"),
              ("consent-employee-row.png", consent_employee_row, "consent_letter", "consent-employee-row")]
    return write_drawn(folder, papers)
