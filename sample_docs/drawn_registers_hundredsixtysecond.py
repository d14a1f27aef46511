"""A hundred-and-sixty-second drawn set: qualification reports and identity cards in layouts no set drew. The online
verification report of a qualification in English as a two-column grid ('Name | LU Wanting | Gender | Female'); the
report in Chinese printed as a list with its labels in bold and its code at the head; a Hong Kong identity card of the
newer design photocopied grey on an A4 page beside its back; the card photographed at an angle on a wooden desk. Each is
a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredsixtysecond`). Every name and number is made up; 19879 is no real
institution's code."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from pipeline.hkid import hkid_check_char

from .drawn_forms import Sheet, png_bytes, scanned_png, write_drawn
from .drawn_photos_ninth import jpeg_as_taken, photographed
from .generator.render import pil_font

NUMBER = "198791201906001874"


def report_english_grid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(200, 110, "Online Verification Report of Higher Education Qualification Certificate", 30, "serif_bold")
    rows = [("Name", "LU Wanting", "Gender", "Female"), ("Date of Birth", "14 May 1997", "Date of Issue", "28 June 2019"),
            ("Institution", "Lingnan Coastal University", "Major", "Marine Biology"), ("Level", "Undergraduate", "Length of Schooling", "4 years"),
            ("Date of Graduation", "28 June 2019", "Certificate No.", NUMBER)]
    y = 220
    for l1, v1, l2, v2 in rows:
        for x0, x1, text, font in ((120, 400, l1, "serif_bold"), (400, 860, v1, "serif"), (860, 1130, l2, "serif_bold"), (1130, 1540, v2, "serif")):
            s.d.rectangle([x0, y, x1, y + 90], outline=(80, 80, 80), width=2)
            s.text(x0 + 14, y + 30, text, 22 if len(text) > 16 else 24, font)
        y += 90
    s.text(120, y + 60, "Online verification code: K3TQ8W2MZB7RX5PD (valid until 5 June 2027)", 22, "serif")
    return scanned_png(s, "engrid"), {"holder_name": "LU WANTING", "institution": "Lingnan Coastal University", "major": "Marine Biology",
                                "level": "Undergraduate", "certificate_number": NUMBER, "graduation_date": "2019-06-28"}


def report_chinese_list() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(120, 100, "在线验证码：K3TQ8W2MZB7RX5PD", 24, "sans_cjk")
    s.text(380, 170, "教育部学历证书电子注册备案表", 42, "sans_cjk")
    y = 290
    for label, value in [("姓名", "卢婉婷"), ("性别", "女"), ("出生日期", "1997年05月14日"), ("学校名称", "岭南滨海大学"), ("专业", "海洋生物学"),
                         ("学制", "4年"), ("层次", "本科"), ("毕（结）业日期", "2019年06月28日"), ("证书编号", NUMBER)]:
        end = s.text(200, y, label + "：", 28, "sans_cjk")
        s.text(max(end + 10, 520), y, value, 28, "serif_cjk")
        y += 64
    return scanned_png(s, "zhlist"), {"holder_name": "卢婉婷", "institution": "岭南滨海大学", "major": "海洋生物学", "level": "本科",
                                "certificate_number": NUMBER, "graduation_date": "2019-06-28"}


def _card(name_zh: str, name_en: str, born: str, number: str) -> Image.Image:
    card = Image.new("RGB", (860, 540), (228, 220, 236))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, 859, 539], radius=36, outline=(110, 100, 130), width=3)
    for x, y, text, size, font in [(40, 30, "香港永久性居民身份證", 30, "sans_cjk"), (40, 72, "HONG KONG PERMANENT IDENTITY CARD", 24, "sans_bold"),
                                   (40, 150, name_zh, 36, "sans_cjk"), (40, 200, name_en, 28, "sans"),
                                   (40, 270, born, 28, "sans"), (40, 330, "F", 28, "sans"), (40, 440, number, 40, "sans_bold")]:
        d.text((x, y), text, font=pil_font(font, size), fill=(30, 30, 40))
    d.rectangle([600, 140, 820, 420], fill=(175, 170, 185))
    return card


def hkid_photocopy_grey() -> tuple[bytes, dict]:
    body = "R583914"
    number = f"{body}({hkid_check_char(body)})"
    s = Sheet()
    s.img.paste(_card("卢婉婷", "LU, Wan Ting", "14-05-1997", number), (200, 300))
    back = Image.new("RGB", (860, 540), (228, 220, 236))
    ImageDraw.Draw(back).text((40, 40), "本證持有人享有香港居留權", font=pil_font("sans_cjk", 26), fill=(40, 40, 50))
    s.img.paste(back, (200, 1000))
    return png_bytes(s.scanned(zlib.crc32(b"hkidgrey")).convert("L")), {"hkid_number": number}


def hkid_on_wooden_desk() -> tuple[bytes, dict]:
    body = "Z702615"
    number = f"{body}({hkid_check_char(body)})"
    desk = Image.new("RGB", (1200, 900), (150, 105, 70))
    d = ImageDraw.Draw(desk)
    for y in range(0, 900, 24):
        d.line([0, y, 1200, y + 30], fill=(135, 92, 60), width=3)
    desk.paste(_card("顏子晴", "NGAN, Tsz Ching", "02-11-1995", number).rotate(8, expand=True, fillcolor=(150, 105, 70)), (150, 130))
    return jpeg_as_taken(photographed(desk, zlib.crc32(b"wooddesk")), 1), {"hkid_number": number}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-english-grid.png", report_english_grid, "qualification_report", "english-grid"),
              ("report-chinese-list.png", report_chinese_list, "qualification_report", "chinese-list"),
              ("hkid-photocopy-grey.png", hkid_photocopy_grey, "hkid_copy", "photocopy-grey"),
              ("hkid-wooden-desk.jpg", hkid_on_wooden_desk, "hkid_copy", "wooden-desk")]
    return write_drawn(folder, papers)
