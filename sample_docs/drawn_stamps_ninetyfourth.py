"""A ninety-fourth drawn set: papers in five layouts no set drew. A degree certificate's copy stamped across its text
as checked against the original ('与原件核对无误'); a graduation certificate as a table of particulars in Chinese and
English, four cells a row; form ID 990A of two scanned pages, its employment on the second with no title over it; a
consent in Chinese that names its employee in pinyin ('同意我单位员工 ZHOU Min 赴港工作'); statements in traditional
Chinese stated in thousands of Hong Kong dollars ('以千港元列示'). Each is a case of its own. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set ninetyfourth`). Every name, number and
institution is made up; 19824 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .generator.render import pil_font

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def degree_stamped_copy() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 200, "学士学位证书", 56, "serif_cjk")
    _paragraph(s, 140, 420, "周敏，女，1996年9月5日生。在北江交通大学交通运输专业完成了本科学习计划，业已毕业，"
               "经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", 30, 36, 70)
    s.text(900, 860, "北江交通大学", 34, "serif_cjk")
    s.text(900, 920, "学位评定委员会主席", 30, "serif_cjk")
    s.text(900, 980, "2018年6月29日", 30, "serif_cjk")
    s.text(140, 1100, "证书编号：1982442018003051", 26, "serif_cjk")
    stamp = Image.new("L", (520, 150), 0)
    d = ImageDraw.Draw(stamp)
    d.rectangle([4, 4, 516, 146], outline=255, width=6)
    d.text((40, 40), "与原件核对无误", font=pil_font("sans_cjk", 60), fill=255)
    s.img.paste((40, 70, 190), (600, 470), stamp.rotate(-8, expand=True))
    return _scan(s, "degree"), {"holder_name": "周敏", "date_of_birth": "1996-09-05", "institution": "北江交通大学", "major": "交通运输",
                                "degree": ("工学学士学位", "工学学士"), "date_awarded": "2018-06-29", "certificate_number": "1982442018003051"}


def graduation_bilingual_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 150, "毕业证书 GRADUATION CERTIFICATE", 40, "serif_cjk")
    _ruled(s, 120, 300, [["姓名", "周敏", "Name", "ZHOU Min"], ["专业", "交通运输", "Major", "Transportation"],
                         ["层次", "本科", "Level", "Undergraduate"], ["学制", "四年", "Duration", "4 years"],
                         ["毕业日期", "2018年6月30日", "Graduation", "June 30, 2018"], ["证书编号", "198241201805003051", "Certificate No.", "198241201805003051"]],
           [220, 420, 300, 480], 76, 26)
    s.text(900, 860, "北江交通大学 Beijiang Jiaotong University", 28, "serif_cjk")
    return _scan(s, "graduation"), {"holder_name": ("周敏", "ZHOU MIN"), "institution": ("北江交通大学", "Beijiang Jiaotong University"),
                                    "major": ("交通运输", "Transportation"), "level": ("本科", "Undergraduate"), "graduation_date": "2018-06-30",
                                    "certificate_number": "198241201805003051"}


def applicant_two_pages() -> tuple[bytes, dict]:
    first = Sheet()
    first.text(1280, 70, "ID 990A", 30, "sans_bold")
    first.text(140, 140, "PART A  PARTICULARS OF APPLICANT", 30, "sans_bold")
    y = 240
    for label, value in [("Surname", "ZHOU"), ("Given names", "MIN"), ("Name in Chinese", "周敏"), ("Sex", "F"), ("Date of birth", "05-09-1996"),
                         ("Travel document no.", "EA6630218")]:
        first.text(140, y, label, 26, "sans")
        first.text(640, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 80
    first.text(140, y + 40, "Continued overleaf", 22, "sans")
    second = Sheet()
    second.text(140, 140, "PART B  PROPOSED EMPLOYMENT", 30, "sans_bold")
    y = 240
    for label, value in [("Name of employer", "Beigang Rail Consultants Limited"), ("Post", "Transport Planner"), ("Monthly salary (HK$)", "37,200")]:
        second.text(140, y, label, 26, "sans")
        second.text(640, y - 4, value, 30, "mono")
        y += 80
    second.text(140, y + 20, "PART C  EDUCATION IN HONG KONG", 30, "sans_bold")
    second.text(140, y + 100, "Have you obtained a degree in a full-time and locally-accredited programme in Hong Kong?", 22, "sans")
    second.tick(160, y + 150, False)
    second.text(210, y + 150, "Yes", 26, "sans")
    second.tick(360, y + 150, True)
    second.text(410, y + 150, "No", 26, "sans")
    pages = [first.scanned(zlib.crc32(b"a-1")), second.scanned(zlib.crc32(b"a-2"))]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue(), {"surname": "ZHOU", "given_names": "MIN", "name_zh": "周敏", "sex": "F", "date_of_birth": "1996-09-05",
                            "travel_document_number": "EA6630218", "employer_name": "Beigang Rail Consultants Limited", "position": "Transport Planner",
                            "monthly_salary_hkd": 37200.0, "hk_local_degree": False}


def consent_pinyin_in_chinese() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 150, "同 意 函", 52, "serif_cjk")
    s.text(140, 290, "北港铁路顾问有限公司：", 30, "serif_cjk")
    _paragraph(s, 140, 370, "　　经研究，同意我单位员工 ZHOU Min（护照号码：EA6630218）赴香港贵公司工作。", 30, 32, 64)
    s.text(900, 640, "广州北江轨道设计研究院", 30, "serif_cjk")
    s.text(960, 700, "2026年11月13日", 30, "serif_cjk")
    _chop(s, 1100, 670, "广州北江轨道设计研究院")
    return _scan(s, "consent"), {"organisation": "广州北江轨道设计研究院", "applicant_name": "ZHOU MIN", "date": "2026-11-13", "seal_present": True}


def statements_thousands_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "北港鐵路顧問有限公司", 40, "serif_cjk")
    s.text(580, 180, "損益表", 36, "serif_cjk")
    s.text(420, 240, "截至二零二五年十二月三十一日止年度（以千港元列示）", 26, "serif_cjk")
    s.text(1080, 310, "二零二五年", 26, "serif_cjk")
    s.text(1320, 310, "二零二四年", 26, "serif_cjk")
    rows = [("收入", "26,418", "23,906"), ("除稅前溢利", "3,512", "3,004"), ("所得稅", "(579)", "(496)"), ("年度溢利", "2,933", "2,508")]
    y = 380
    for label, this, last in rows:
        s.text(160, y, label, 28, "serif_cjk")
        s.text(1220 - 15 * len(this), y, this, 28, "serif")
        s.text(1460 - 15 * len(last), y, last, 28, "serif")
        y += 60
    s.text(580, y + 60, "財務狀況表", 36, "serif_cjk")
    y += 150
    for label, this, last in [("資產總值", "19,806", "17,221"), ("負債總值", "(6,114)", "(6,462)"), ("權益總額", "13,692", "10,759")]:
        s.text(160, y, label, 28, "serif_cjk")
        s.text(1220 - 15 * len(this), y, this, 28, "serif")
        s.text(1460 - 15 * len(last), y, last, 28, "serif")
        y += 60
    return _scan(s, "statements"), {"company_name": "北港鐵路顧問有限公司", "period_end": "2025-12-31", "currency": "HKD", "revenue": 26418000.0,
                                    "profit": 2933000.0, "total_equity": 13692000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-stamped.png", degree_stamped_copy, "degree_certificate", "stamped-copy"),
              ("graduation-bilingual-table.png", graduation_bilingual_table, "graduation_certificate", "bilingual-table"),
              ("id990a-two-pages.pdf", applicant_two_pages, "applicant_form", "two-pages"),
              ("consent-pinyin.png", consent_pinyin_in_chinese, "consent_letter", "pinyin-in-chinese"),
              ("statements-thousands-hant.png", statements_thousands_hant, "financial_statement", "thousands-hant")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
