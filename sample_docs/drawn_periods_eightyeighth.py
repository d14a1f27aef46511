"""An eighty-eighth drawn set: papers in five layouts no set drew. A graduation certificate scanned upside down; a
consent signed electronically, a text PDF with its seal as an image; a new company's first accounts, for a period of
eighteen months ('for the period from 1 July 2024 to 31 December 2025'); a business plan whose figures stand in a
sidebar box beside its prose ('At a glance'); a degree certificate of two pages in one PDF, the Chinese on the
front and its English on the back. Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set eightyeighth`). Every name, number and institution is made up;
19847 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _font


def _scan(sheet: Sheet, name: str) -> Image.Image:
    return sheet.scanned(zlib.crc32(name.encode()))


def graduation_upside_down() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 180, "毕 业 证 书", 64, "serif_cjk")
    _paragraph(s, 160, 400, "学生杜若溪，性别女，1996年1月22日生，于2014年9月至2018年6月在本校食品科学与工程专业四年制本科学习，"
               "修完教学计划规定的全部课程，成绩合格，准予毕业。", 28, 40, 76)
    s.text(960, 860, "南湖农业大学", 36, "serif_cjk")
    s.text(960, 920, "校长：", 30, "serif_cjk")
    s.text(960, 980, "2018年6月30日", 30, "serif_cjk")
    s.text(160, 1100, "证书编号：198471201805004833", 28, "serif_cjk")
    return png_bytes(_scan(s, "graduation").rotate(180)), {
        "holder_name": "杜若溪", "institution": "南湖农业大学", "major": "食品科学与工程", "level": "本科",
        "graduation_date": "2018-06-30", "certificate_number": "198471201805004833"}


def consent_e_signed() -> tuple[bytes, dict]:
    seal = Sheet()
    _chop(seal, 300, 300, "宁波海晏食品检测有限公司")
    stamp = seal.img.crop((140, 140, 460, 460))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    font = _font()
    for x, y, text, size in [(220, 110, "同意员工赴港工作证明", 20), (72, 170, "香港海晏食品安全顾问有限公司：", 12),
                             (96, 200, "我公司员工杜若溪（女，1996年1月22日生），自2018年7月起在我公司从事食品检测工作，", 11),
                             (72, 218, "现任检测主管。我公司同意其赴香港贵公司工作。", 11), (96, 248, "特此证明。", 11),
                             (360, 330, "宁波海晏食品检测有限公司", 12), (380, 350, "2026年11月10日", 12),
                             (72, 760, "本文件经电子签章，验证码：7F3A-22C1-90BE", 8)]:
        c.setFont(font, size)
        c.drawString(x, 842 - y, text)
    c.drawImage(ImageReader(stamp), 380, 842 - 400, 110, 110, mask=[250, 255, 250, 255, 250, 255])
    c.showPage()
    c.save()
    return buf.getvalue(), {"organisation": "宁波海晏食品检测有限公司", "applicant_name": "杜若溪", "date": "2026-11-10", "seal_present": True}


def accounts_first_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "HAIYAN FOOD SAFETY CONSULTANTS LIMITED", 32, "serif_bold")
    s.text(400, 170, "STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE INCOME", 26, "serif_bold")
    s.text(380, 210, "FOR THE PERIOD FROM 1 JULY 2024 (DATE OF INCORPORATION) TO 31 DECEMBER 2025", 24, "serif")
    s.text(1200, 280, "HK$", 24, "serif_bold")
    rows = [("Revenue", "5,204,180"), ("Cost of services", "(3,660,420)"), ("Administrative expenses", "(1,121,300)"),
            ("Profit before tax", "422,460"), ("Income tax", "(69,710)"), ("Profit for the period", "352,750")]
    y = 340
    for label, value in rows:
        s.text(160, y, label, 26, "serif")
        s.text(1290 - 14 * len(value), y, value, 26, "serif")
        y += 56
    s.text(440, y + 60, "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 26, "serif_bold")
    y += 140
    for label, value in [("Total assets", "2,906,300"), ("Total liabilities", "(1,553,550)"), ("Net assets", "1,352,750"),
                         ("Share capital", "1,000,000"), ("Retained profits", "352,750"), ("Total equity", "1,352,750")]:
        s.text(160, y, label, 26, "serif")
        s.text(1290 - 14 * len(value), y, value, 26, "serif")
        y += 56
    return png_bytes(_scan(s, "accounts")), {"company_name": "Haiyan Food Safety Consultants Limited", "period_end": "2025-12-31",
                                             "currency": "HKD", "revenue": 5204180.0, "profit": 352750.0, "total_equity": 1352750.0}


def plan_sidebar() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "HAIYAN FOOD SAFETY CONSULTANTS LIMITED", 34, "serif_bold")
    s.text(140, 170, "Business plan for our Hong Kong laboratory", 28, "serif")
    s.wrapped(140, 260, "Hong Kong imports most of its food, and importers must show that each shipment meets local standards. "
              "We will open an accredited laboratory in Tsuen Wan to test imported seafood and vegetables for residues, "
              "metals and microbes, serving importers, wholesalers and restaurant groups. Our parent in Ningbo has run "
              "such a laboratory for eight years and will lend its methods and quality system.", 52, 26, "serif", leading=44)
    s.d.rectangle([1040, 250, 1520, 760], fill=(236, 242, 236), outline=(90, 120, 90), width=3)
    s.text(1070, 280, "At a glance", 30, "serif_bold")
    for k, (label, value) in enumerate([("Paid-up capital", "HK$1,500,000"), ("Year-1 sales", "HK$2,700,000"),
                                         ("Local staff", "4"), ("Non-local staff", "1")]):
        s.text(1070, 350 + 100 * k, label, 24, "serif")
        s.text(1070, 386 + 100 * k, value, 28, "serif_bold")
    return png_bytes(_scan(s, "plan")), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 2700000.0, "local_jobs": 4}


def degree_front_and_back() -> tuple[bytes, dict]:
    front = Sheet()
    front.text(560, 200, "学士学位证书", 56, "serif_cjk")
    _paragraph(front, 140, 420, "杜若溪，女，1996年1月22日生。在南湖农业大学食品科学与工程专业完成了本科学习计划，业已毕业，"
               "经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", 30, 36, 70)
    front.text(900, 820, "南湖农业大学", 34, "serif_cjk")
    front.text(900, 880, "学位评定委员会主席", 30, "serif_cjk")
    front.text(900, 940, "2018年6月30日", 30, "serif_cjk")
    front.text(140, 1060, "证书编号：1984742018004833", 26, "serif_cjk")
    back = Sheet()
    back.text(460, 200, "BACHELOR'S DEGREE CERTIFICATE", 40, "serif_bold")
    back.wrapped(140, 380, "DU Ruoxi, female, born on January 22, 1996, has completed the undergraduate programme in Food "
                 "Science and Engineering at Nanhu Agricultural University and graduated. In accordance with the "
                 "Regulations on Academic Degrees of the People's Republic of China, she is awarded the degree of "
                 "Bachelor of Engineering.", 70, 30, "serif", leading=56)
    back.text(900, 820, "Nanhu Agricultural University", 30, "serif")
    back.text(900, 880, "June 30, 2018", 30, "serif")
    back.text(140, 1000, "Certificate No.: 1984742018004833", 26, "serif")
    pages = [_scan(front, "front"), _scan(back, "back")]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue(), {"holder_name": ("杜若溪", "DU RUOXI"), "date_of_birth": "1996-01-22", "institution": ("南湖农业大学", "Nanhu Agricultural University"),
                            "major": ("食品科学与工程", "Food Science and Engineering"), "degree": ("工学学士学位", "工学学士", "Bachelor of Engineering"),
                            "date_awarded": "2018-06-30", "certificate_number": "1984742018004833"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-upside-down.png", graduation_upside_down, "graduation_certificate", "upside-down"),
              ("consent-e-signed.pdf", consent_e_signed, "consent_letter", "e-signed-pdf"),
              ("accounts-first-period.png", accounts_first_period, "financial_statement", "first-period"),
              ("plan-sidebar.png", plan_sidebar, "business_plan", "sidebar"),
              ("degree-front-back.pdf", degree_front_and_back, "degree_certificate", "front-and-back")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
