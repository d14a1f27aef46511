"""A thirty-fourth drawn set, drawn after the thirty-third: degree certificates from universities outside the
Mainland, as many applicants hold them: an American diploma on a landscape page in italic type ('The Trustees
of … have conferred upon …', the date in words, no number), an Australian testamur scanned into a PDF (the
major on a line of its own, a testamur number), a British degree with its honours class between the degree
and the subject, and a Hong Kong university's certificate in traditional Chinese and English. The holder's
name is printed as each university prints it (given name first in America). Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set thirtyfourth`). Every name, university
and number is made up."""
from __future__ import annotations

import io
import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .drawn_forms import H, Sheet, W, png_bytes
from .drawn_papers_eighth import _chop

ITALIC = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"
BOLD_ITALIC = "/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf"
SERIF = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"
MING = "/usr/share/fonts/truetype/arphic/uming.ttc"
INK = (25, 25, 40)
ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _day_in_words(n: int) -> str:
    """15 -> 'fifteenth', 23 -> 'twenty-third', 30 -> 'thirtieth'."""
    if n <= 20:
        return ORDINALS[n]
    if n % 10 == 0:
        return "thirtieth"
    return ("twenty-" if n < 30 else "thirty-") + ORDINALS[n % 10]


def _year_in_words(y: int) -> str:
    """2020 -> 'two thousand and twenty'; 2019 -> 'two thousand and nineteen'."""
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
    rest = y - 2000
    words = UNITS[rest] if rest < 10 else teens[rest - 10] if rest < 20 else (
        "twenty" + ("-" + UNITS[rest % 10] if rest % 10 else ""))
    return "two thousand and " + words


def _centre(s: Sheet, y: int, text: str, size: int, path: str = SERIF, width: int = W) -> int:
    font = ImageFont.truetype(path, size)
    s.d.text(((width - font.getlength(text)) / 2, y), text, font=font, fill=INK)
    return y + int(size * 1.5)


def _landscape() -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (H, W), "white")
    s.d = ImageDraw.Draw(s.img)
    return s


def trustees_us(holder: str, school: str, degree: str, major: str, awarded: date) -> Sheet:
    """A landscape diploma in italic type; the date in words, no number."""
    s = _landscape()
    s.d.rectangle([60, 60, H - 60, W - 60], outline=(120, 100, 60), width=6)
    y = _centre(s, 170, "The Trustees of", 44, ITALIC, H)
    y = _centre(s, y, school, 92, BOLD_ITALIC, H)
    y = _centre(s, y + 10, "on the recommendation of the Faculty of the Graduate School", 36, ITALIC, H)
    y = _centre(s, y, "have conferred upon", 36, ITALIC, H)
    y = _centre(s, y + 10, holder, 76, BOLD_ITALIC, H)
    y = _centre(s, y, "the degree of", 36, ITALIC, H)
    y = _centre(s, y + 6, degree, 64, BOLD_ITALIC, H)
    y = _centre(s, y, major, 48, ITALIC, H)
    y = _centre(s, y + 10, "with all the rights, privileges and honors thereunto appertaining.", 32, ITALIC, H)
    y = _centre(s, y, "In witness whereof this diploma is signed by the duly authorized officers and the seal of", 30,
                ITALIC, H)
    y = _centre(s, y, "the University is hereunto affixed. Given at Riverton, Ohio, on the "
                      f"{_day_in_words(awarded.day)} day of {awarded:%B},", 30, ITALIC, H)
    _centre(s, y, f"in the year {_year_in_words(awarded.year)}.", 30, ITALIC, H)
    for x, who in ((300, "Chair of the Board of Trustees"), (1500, "President of the University")):
        s.d.line([x, W - 260, x + 560, W - 260], fill=INK, width=2)
        s.d.text((x + 60, W - 245), who, font=ImageFont.truetype(ITALIC, 28), fill=INK)
    s.d.ellipse([H / 2 - 110, W - 330, H / 2 + 110, W - 110], outline=(150, 120, 40), width=8)
    return s


def testamur_au(holder: str, school: str, degree: str, major: str, awarded: date, number: str) -> Sheet:
    """The major on a line of its own; the testamur number and the student's at the foot."""
    s = Sheet()
    y = _centre(s, 260, school.upper(), 58, SERIF_BOLD)
    y = _centre(s, y + 120, "This is to certify that", 36, ITALIC)
    y = _centre(s, y + 20, holder, 70, SERIF_BOLD)
    y = _centre(s, y + 20, "has fulfilled the requirements for and was admitted to the degree of", 34, ITALIC)
    y = _centre(s, y + 20, degree, 64, SERIF_BOLD)
    y = _centre(s, y + 10, f"Major: {major}", 40, SERIF)
    _centre(s, y + 60, f"on {awarded.day} {awarded:%B %Y}", 36, SERIF)
    s.d.line([180, 1820, 700, 1820], fill=INK, width=2)
    s.d.line([950, 1820, 1470, 1820], fill=INK, width=2)
    s.d.text((260, 1835), "Vice-Chancellor", font=ImageFont.truetype(SERIF, 28), fill=INK)
    s.d.text((1080, 1835), "Academic Registrar", font=ImageFont.truetype(SERIF, 28), fill=INK)
    s.d.text((180, 2080), f"Testamur number  {number}", font=ImageFont.truetype(SERIF, 24), fill=INK)
    s.d.text((1080, 2080), "Student ID  4412093", font=ImageFont.truetype(SERIF, 24), fill=INK)
    return s


def honours_uk(holder: str, school: str, degree: str, major: str, awarded: date, number: str) -> Sheet:
    """The honours class between the degree and the subject; date and number in the foot's corners."""
    s = Sheet()
    s.d.ellipse([727, 150, 927, 350], outline=(60, 60, 120), width=6)
    y = _centre(s, 400, school, 60, SERIF_BOLD)
    y = _centre(s, y + 110, holder, 68, BOLD_ITALIC)
    for line in ("having pursued an approved course of study and passed the appropriate",
                 "examinations has this day been admitted to the degree of"):
        y = _centre(s, y, line, 32, ITALIC)
    y = _centre(s, y + 40, degree.upper(), 56, SERIF_BOLD)
    y = _centre(s, y, "WITH FIRST CLASS HONOURS", 40, SERIF)
    _centre(s, y, f"IN {major.upper()}", 48, SERIF_BOLD)
    s.d.text((150, 1980), f"Date of award  {awarded.day} {awarded:%B %Y}", font=ImageFont.truetype(SERIF, 26), fill=INK)
    s.d.text((1000, 1980), f"Certificate number  {number}", font=ImageFont.truetype(SERIF, 26), fill=INK)
    return s


def hk_bilingual(name_zh: str, pinyin: str, school_zh: str, school_en: str, degree_zh: str, degree_en: str,
                 major_zh: str, major_en: str, awarded: date, number: str) -> Sheet:
    """Traditional Chinese above, English below, one paragraph each; the number at the foot."""
    s = Sheet()
    y = _centre(s, 180, school_zh, 64, MING)
    y = _centre(s, y, school_en.upper(), 44, SERIF_BOLD)
    y = _centre(s, y + 80, "茲證明", 40, MING)
    y = _centre(s, y + 10, f"{name_zh}  {pinyin}", 56, MING)
    cn = "〇一二三四五六七八九"
    year = "".join(cn[int(c)] for c in str(awarded.year))
    months = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    day = {1: "一", 15: "十五", 28: "二十八"}[awarded.day]
    y = _centre(s, y + 10, f"修畢{degree_zh}（{major_zh}）課程，成績合格，", 38, MING)
    y = _centre(s, y, f"於{year}年{months[awarded.month]}月{day}日獲頒授", 38, MING)
    y = _centre(s, y + 10, f"{degree_zh}學位", 56, MING)
    y = _centre(s, y + 80, "This is to certify that", 32, ITALIC)
    y = _centre(s, y, pinyin, 48, SERIF_BOLD)
    y = _centre(s, y, "having completed the approved programme of study", 32, ITALIC)
    y = _centre(s, y, f"was awarded the degree of {degree_en} in {major_en}", 34, ITALIC)
    _centre(s, y, f"on {awarded.day} {awarded:%B %Y}", 32, ITALIC)
    s.d.text((150, 2050), f"證書編號 Certificate No.  {number}", font=ImageFont.truetype(MING, 26), fill=INK)
    s.d.text((1100, 1900), "校長 President", font=ImageFont.truetype(MING, 28), fill=INK)
    _chop(s, 1250, 1780, school_zh)
    return s


def _pdf(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "PDF", resolution=200)
    return buf.getvalue()


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    us = ("Yuhan Zhang", "Eastgate University", "Master of Science", "Electrical Engineering", date(2020, 5, 15))
    au = ("LI Mingyue", "Kingsford Institute of Technology", "Bachelor of Commerce", "Accounting",
          date(2018, 12, 18), "KIT-18-0093271")
    uk = ("Mingzhe HUANG", "The University of Westmere", "Bachelor of Engineering", "Civil Engineering",
          date(2021, 7, 2), "2021/UG/085514")
    hk = ("陳思遠", "CHEN Siyuan", "香港東灣大學", "Eastbay University of Hong Kong", "理學碩士", "Master of Science",
          "數據科學", "Data Science", date(2022, 11, 15), "EB22-M-30418")
    out = []

    def add(file: str, data: bytes, layout: str, fields: dict) -> None:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": "degree_certificate", "layout": layout, "fields": fields})

    add("diploma-us.png", png_bytes(trustees_us(*us).scanned(zlib.crc32(b"us"))), "trustees-us",
        {"holder_name": us[0], "institution": us[1], "degree": us[2], "major": us[3], "date_awarded": us[4].isoformat()})
    add("testamur-au.pdf", _pdf(testamur_au(*au).scanned(zlib.crc32(b"au"))), "testamur-au",
        {"holder_name": au[0], "institution": au[1], "degree": au[2], "major": au[3], "date_awarded": au[4].isoformat(),
         "certificate_number": au[5]})
    add("degree-uk.png", png_bytes(honours_uk(*uk).scanned(zlib.crc32(b"uk"))), "honours-uk",
        {"holder_name": (uk[0], "HUANG Mingzhe"), "institution": uk[1], "degree": uk[2], "major": uk[3], "date_awarded": uk[4].isoformat(),
         "certificate_number": uk[5]})
    # printed in both languages: either language's reading is the document's (and a name marked by
    # its capitals either as printed or surname first, as SPEC writes it)
    add("degree-hk.png", png_bytes(hk_bilingual(*hk).scanned(zlib.crc32(b"hk"))), "hk-bilingual",
        {"holder_name": (hk[0], hk[1]), "institution": (hk[2], hk[3]), "degree": (hk[4], f"{hk[4]}學位", hk[5]),
         "major": (hk[6], hk[7]), "date_awarded": hk[8].isoformat(), "certificate_number": hk[9]})
    return out
