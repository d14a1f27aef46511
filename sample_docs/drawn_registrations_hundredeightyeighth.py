"""A hundred-and-eighty-eighth drawn set: four business registration certificates in layouts no set drew. An electronic
certificate printed from the department's site, each row a Chinese label beside its English one in a ruled table, with a
box for its QR code; a certificate whose validity is one row ('Period of Validity  12/09/2026 - 11/09/2027'); a grey
photocopy with 'CERTIFIED TRUE COPY' stamped across it; a certificate whose rows are numbered and whose dates are written
'12 SEP 2026'. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredeightyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled
from .generator.render import pil_font


def electronic_bilingual_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "BUSINESS REGISTRATION CERTIFICATE", 36, "sans_bold")
    s.text(680, 170, "商業登記證", 36, "sans_cjk")
    s.text(140, 240, "(Electronic Certificate)", 22, "sans", (90, 90, 90))
    _ruled(s, 140, 300, [["業務名稱 Name of Business", "FERNCLIFF ACOUSTIC PANELS LIMITED"],
                         ["業務地址 Address", "FLAT 9, 11/F, KWAI SHING INDUSTRIAL BUILDING, 42 TAI LIN PAI ROAD, KWAI CHUNG"],
                         ["業務性質 Nature of Business", "MANUFACTURE OF ACOUSTIC PANELS"], ["法律地位 Status", "CORP"],
                         ["開業日期 Date of Commencement", "03/04/2023"], ["屆滿日期 Date of Expiry", "02/04/2027"],
                         ["登記證號碼 Certificate No.", "74031862-000-04-26-3"]], [470, 920], 80, 20)
    s.d.rectangle([1300, 960, 1500, 1160], outline="black", width=3)
    s.text(1340, 1050, "QR", 30, "sans_bold")
    return scanned_png(s, "electronic"), {"business_name": "FERNCLIFF ACOUSTIC PANELS LIMITED", "br_number": "74031862",
                                    "address": "FLAT 9, 11/F, KWAI SHING INDUSTRIAL BUILDING, 42 TAI LIN PAI ROAD, KWAI CHUNG",
                                    "nature_of_business": "MANUFACTURE OF ACOUSTIC PANELS", "commencement_date": "2023-04-03",
                                    "expiry_date": "2027-04-02"}


def validity_one_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    y = 340
    for label, value in [("Name of Business", "ORCHARD HILL TUTORIAL CENTRE LIMITED"), ("Business Address", "SHOP 12, G/F, 8 PO WAN ROAD, SHEUNG SHUI"),
                         ("Nature of Business", "PRIVATE TUITION"), ("Status", "CORP"), ("Date of Commencement", "12/09/2022"),
                         ("Period of Validity", "12/09/2026 - 11/09/2027"), ("Business Registration No.", "69150274")]:
        s.text(140, y, label, 26, "serif")
        s.text(620, y, value, 26, "mono")
        y += 70
    return scanned_png(s, "validity"), {"business_name": "ORCHARD HILL TUTORIAL CENTRE LIMITED", "br_number": "69150274",
                                  "address": "SHOP 12, G/F, 8 PO WAN ROAD, SHEUNG SHUI", "nature_of_business": "PRIVATE TUITION",
                                  "commencement_date": "2022-09-12", "expiry_date": "2027-09-11"}


def grey_copy_certified() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    y = 360
    for label, value in [("Name of Business", "TIDEMARK CUSTOMS BROKERAGE LIMITED"), ("Address", "ROOM 1507, 15/F, PROSPER COMMERCIAL BUILDING,"),
                         ("", "9 YIN CHONG STREET, MONG KOK"), ("Nature of Business", "CUSTOMS BROKERAGE"), ("Status", "CORP"),
                         ("Date of Commencement", "25/11/2020"), ("Date of Expiry", "24/11/2027"), ("Certificate No.", "57294038-000-11-26-8")]:
        s.text(140, y, label, 26, "serif")
        s.text(560, y, value, 26, "mono")
        y += 50 if not label else 80
    img = s.img.convert("L").point(lambda v: 95 + int(v * 0.55)).convert("RGB")  # a copier's grey
    stamp = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(stamp)
    d.text((420, 700), "CERTIFIED TRUE COPY", font=pil_font("sans_bold", 64), fill=(40, 60, 160, 150))
    img = Image.alpha_composite(img.convert("RGBA"), stamp.rotate(18, center=(800, 740))).convert("RGB")
    return png_bytes(img), {"business_name": "TIDEMARK CUSTOMS BROKERAGE LIMITED", "br_number": "57294038",
                            "address": "ROOM 1507, 15/F, PROSPER COMMERCIAL BUILDING, 9 YIN CHONG STREET, MONG KOK",
                            "nature_of_business": "CUSTOMS BROKERAGE", "commencement_date": "2020-11-25", "expiry_date": "2027-11-24"}


def numbered_rows_month_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    y = 340
    for k, (label, value) in enumerate([("Name of Business", "GLASSWING OPTOMETRY LIMITED"), ("Address", "UNIT 3, 6/F, 33 TUNG CHAU STREET, TAI KOK TSUI"),
                                        ("Nature of Business", "OPTOMETRY SERVICES"), ("Date of Commencement", "06 MAR 2021"),
                                        ("Date of Expiry", "05 MAR 2027"), ("BR No.", "80627315")], start=1):
        s.text(140, y, f"{k}.", 26, "serif")
        s.text(190, y, label, 26, "serif")
        s.text(620, y, value, 26, "mono")
        y += 70
    return scanned_png(s, "numbered"), {"business_name": "GLASSWING OPTOMETRY LIMITED", "br_number": "80627315",
                                  "address": "UNIT 3, 6/F, 33 TUNG CHAU STREET, TAI KOK TSUI", "nature_of_business": "OPTOMETRY SERVICES",
                                  "commencement_date": "2021-03-06", "expiry_date": "2027-03-05"}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-electronic.png", electronic_bilingual_table, "br_certificate", "electronic-bilingual-table"),
              ("br-validity.png", validity_one_row, "br_certificate", "validity-one-row"),
              ("br-grey-copy.png", grey_copy_certified, "br_certificate", "grey-copy-certified"),
              ("br-numbered.png", numbered_rows_month_words, "br_certificate", "numbered-rows-month-words")]
    return write_drawn(folder, papers)
