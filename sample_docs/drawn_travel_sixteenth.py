"""A sixteenth drawn set, drawn after the fifteenth: the applicant's own identity papers, which no
drawn set had yet. A passport's data page in a design of our own (surname and given names on rows
of their own, each in Han and in pinyin; dates with the month in both scripts), photocopied on A4,
photographed open on a desk, and scanned into a PDF behind the booklet's cover; an Exit-Entry
Permit card, front and back copied on one page and the front scanned alone on its side; a
passport photograph uploaded as it was taken and pasted on a page. The zones carry real check
digits. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set sixteenth`). Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from pipeline.mrz import check_digit

from .drawn_forms import Sheet, png_bytes
from .drawn_photos_ninth import jpeg_as_taken, photographed
from .generator.render import pil_font

INK = (35, 35, 45)
PAGE_TINT = (232, 238, 228)
CARD_TINT = (224, 232, 244)
MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


@dataclass(frozen=True)
class Holder:
    surname_zh: str
    given_zh: str
    surname: str
    given: str
    sex: str  # F or M
    born: date
    birthplace: str
    passport_no: str
    passport_issued: date
    passport_expires: date
    permit_no: str
    permit_issued: date
    permit_expires: date
    photo_size: tuple[int, int]  # the photograph's pixels as uploaded

    @property
    def name_zh(self) -> str:
        return self.surname_zh + self.given_zh


HOLDERS = [
    Holder("欧阳", "若岚", "OUYANG", "RUOLAN", "F", date(1993, 4, 27), "湖南/HUNAN", "EH4829163",
           date(2022, 9, 14), date(2032, 9, 13), "C73105824", date(2021, 3, 2), date(2031, 3, 1), (413, 531)),
    Holder("温", "致远", "WEN", "ZHIYUAN", "M", date(1986, 11, 3), "福建/FUJIAN", "E62071958",
           date(2017, 1, 20), date(2027, 1, 19), "CK2604417", date(2024, 6, 18), date(2034, 6, 17), (358, 441)),
]


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def passport_zone(h: Holder) -> list[str]:
    """ICAO 9303's TD3 zone: two lines of 44."""
    names = f"{h.surname}<<{h.given}"
    line1 = f"POCHN{names}".ljust(44, "<")
    number = h.passport_no + check_digit(h.passport_no)
    born = _yymmdd(h.born) + check_digit(_yymmdd(h.born))
    expires = _yymmdd(h.passport_expires) + check_digit(_yymmdd(h.passport_expires))
    personal = "<" * 14 + "<"
    composite = check_digit(number + born + expires + personal)
    return [line1, f"{number}CHN{born}{h.sex}{expires}{personal}{composite}"]


def permit_zone(h: Holder) -> list[str]:
    """The permit card's one line of 30: number, expiry, birth, each checked, and a composite."""
    number = h.permit_no + check_digit(h.permit_no)
    expires = _yymmdd(h.permit_expires) + check_digit(_yymmdd(h.permit_expires))
    born = _yymmdd(h.born) + check_digit(_yymmdd(h.born))
    return [f"CS{number}<{expires}<{born}<{check_digit(number + expires + born)}"]


def _month_date(d: date) -> str:
    return f"{d.day:02d} {d.month}月/{MONTHS[d.month - 1]} {d.year}"


def _portrait(size: tuple[int, int], tint=(236, 240, 246)) -> Image.Image:
    """A drawn head and shoulders on a plain ground (no real face)."""
    w, h = size
    img = Image.new("RGB", size, tint)
    d = ImageDraw.Draw(img)
    d.ellipse([w * 0.12, h * 0.72, w * 0.88, h * 1.3], fill=(52, 60, 82))
    d.rectangle([w * 0.42, h * 0.58, w * 0.58, h * 0.78], fill=(226, 190, 160))
    d.ellipse([w * 0.28, h * 0.16, w * 0.72, h * 0.66], fill=(232, 196, 166))
    d.chord([w * 0.26, h * 0.1, w * 0.74, h * 0.5], 180, 360, fill=(40, 32, 28))
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.42], fill=(40, 32, 28))
    d.arc([w * 0.42, h * 0.48, w * 0.58, h * 0.56], 20, 160, fill=(150, 70, 70), width=3)
    return img


def data_page(h: Holder) -> Image.Image:
    """The passport's data page at about 200 dpi: labels small in both scripts, values under them,
    the portrait on the left and the zone at the foot."""
    w, ht = 1000, 700
    page = Image.new("RGB", (w, ht), PAGE_TINT)
    d = ImageDraw.Draw(page)

    def t(x: int, y: int, s: str, size: int, font: str = "sans") -> None:
        d.text((x, y), s, font=pil_font(font if s.isascii() else "sans_cjk", size), fill=INK)
    t(40, 24, "中华人民共和国  PEOPLE'S REPUBLIC OF CHINA", 26)
    t(40, 64, "护照 PASSPORT", 24)
    page.paste(_portrait((230, 300)), (40, 120))
    rows = [("类型/Type", "P", 300), ("国家码/Country code", "CHN", 470), ("护照号/Passport No.", h.passport_no, 700)]
    for label, value, x in rows:
        t(x, 110, label, 16)
        t(x, 132, value, 24, "sans_bold")
    t(300, 176, "姓/Surname", 16)
    t(300, 198, f"{h.surname_zh}  {h.surname}", 26)
    t(300, 240, "名/Given names", 16)
    t(300, 262, f"{h.given_zh}  {h.given}", 26)
    t(300, 304, "性别/Sex", 16)
    t(300, 326, "女/F" if h.sex == "F" else "男/M", 24)
    t(470, 304, "国籍/Nationality", 16)
    t(470, 326, "中国/CHINESE", 24)
    t(300, 368, "出生日期/Date of birth", 16)
    t(300, 390, _month_date(h.born), 24)
    t(640, 368, "出生地点/Place of birth", 16)
    t(640, 390, h.birthplace, 24)
    t(300, 432, "签发日期/Date of issue", 16)
    t(300, 454, _month_date(h.passport_issued), 24)
    t(640, 432, "有效期至/Date of expiry", 16)
    t(640, 454, _month_date(h.passport_expires), 24)
    t(300, 496, "签发机关/Authority  国家移民管理局 National Immigration Administration", 16)
    for k, line in enumerate(passport_zone(h)):
        t(40, 590 + k * 48, line, 28, "ocrb")  # 44 characters across 920 pixels
    return page


def _on_a4(*parts: tuple[Image.Image, tuple[int, int]]) -> Sheet:
    s = Sheet()
    for img, at in parts:
        s.img.paste(img, at)
    return s


def passport_photocopy(h: Holder) -> Image.Image:
    """The data page copied in grey on an A4 sheet, near the top, as a copier leaves it."""
    s = _on_a4((data_page(h), (300, 260)))
    return s.scanned(zlib.crc32(h.passport_no.encode())).convert("L")


def passport_open_on_desk(h: Holder) -> bytes:
    """The booklet open at the data page, photographed from above with a phone."""
    spread = Image.new("RGB", (1000, 1400), PAGE_TINT)
    d = ImageDraw.Draw(spread)
    d.text((80, 120), "备注/Observations", font=pil_font("sans_cjk", 22), fill=INK)
    d.line([0, 699, 1000, 699], fill=(150, 150, 150), width=3)
    spread.paste(data_page(h), (0, 700))
    return jpeg_as_taken(photographed(spread, zlib.crc32(h.given.encode())), 1)


def passport_pdf(h: Holder) -> bytes:
    """The booklet's cover and its data page scanned into one PDF, a page each."""
    cover = Sheet()
    cover.img.paste((150, 40, 45), (420, 400, 1234, 1500))
    for y, s, size in ((560, "中华人民共和国", 56), (660, "PEOPLE'S REPUBLIC OF CHINA", 34), (1200, "护  照", 64), (1300, "PASSPORT", 40)):
        f = pil_font("sans_cjk" if not s.isascii() else "sans_bold", size)
        cover.d.text((827 - f.getlength(s) / 2, y), s, font=f, fill=(222, 190, 110))
    cover.d.ellipse([697, 800, 957, 1060], outline=(222, 190, 110), width=6)
    pages = [cover.scanned(1), _on_a4((data_page(h), (300, 300))).scanned(2)]
    buf = io.BytesIO()
    # a fixed creation time: the same bytes every run, so the OCR cache holds (Pillow writes the time of saving otherwise)
    when = datetime(2026, 11, 20, 9, 0, 0).timetuple()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:], creationDate=when, modDate=when)
    return buf.getvalue()


def _permit_front(h: Holder, scale: float = 1.0) -> Image.Image:
    w, ht = int(860 * scale), int(540 * scale)
    card = Image.new("RGB", (w, ht), CARD_TINT)
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, w - 1, ht - 1], radius=int(32 * scale), outline=(90, 100, 130), width=3)

    def t(x: float, y: float, s: str, size: int, font: str = "sans") -> None:
        d.text((int(x * scale), int(y * scale)), s, font=pil_font(font if s.isascii() else "sans_cjk", int(size * scale)),
               fill=INK)
    t(30, 22, "往来港澳通行证", 34)
    t(30, 66, "EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO", 15)
    t(560, 22, h.permit_no, 30, "sans_bold")
    card.paste(_portrait((int(200 * scale), int(250 * scale))), (int(30 * scale), int(110 * scale)))
    t(260, 110, "姓名", 18)
    t(330, 104, h.name_zh, 32)
    t(330, 146, f"{h.surname}, {h.given}", 24)
    t(260, 196, "出生日期", 18)
    t(360, 194, h.born.strftime("%Y.%m.%d"), 24)
    t(560, 196, "性别", 18)
    t(620, 194, "女" if h.sex == "F" else "男", 24)
    t(260, 246, "有效期限", 18)
    t(360, 244, f"{h.permit_issued:%Y.%m.%d}-{h.permit_expires:%Y.%m.%d}", 24)
    t(260, 296, "签发机关", 18)
    t(360, 294, "公安部出入境管理局", 22)
    t(260, 342, "签发地点", 18)
    t(360, 340, h.birthplace.split("/")[0], 22)
    t(40, 450, permit_zone(h)[0], 34, "ocrb")
    return card


def _permit_back(h: Holder) -> Image.Image:
    card = Image.new("RGB", (860, 540), CARD_TINT)
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, 859, 539], radius=32, outline=(90, 100, 130), width=3)
    f = pil_font("sans_cjk", 22)
    for y, s in ((30, "签注  ENDORSEMENTS"), (100, "香港  逗留D  HK  STAY"), (150, f"有效期至 {h.permit_expires:%Y.%m.%d}"),
                 (200, "逗留期限以香港入境处批注为准"), (290, "澳门  --"), (340, "持证人须遵守前往地区法律")):
        d.text((40, y), s, font=f, fill=INK)
    return card


def permit_front_back(h: Holder) -> Image.Image:
    """Front above back on one A4 page, as an applicant copies the card."""
    return _on_a4((_permit_front(h), (390, 240)), (_permit_back(h), (390, 880))).scanned(zlib.crc32(h.permit_no.encode()))


def permit_alone_on_side(h: Holder) -> Image.Image:
    """The front scanned alone at 300 dpi, laid on the glass on its side."""
    card = _permit_front(h, 1.2)
    img = Image.new("RGB", (card.width + 60, card.height + 60), "white")
    img.paste(card, (30, 30))
    return img.rotate(90, expand=True)


def photo_as_taken(h: Holder) -> bytes:
    buf = io.BytesIO()
    _portrait(h.photo_size, (248, 248, 250)).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def photo_on_page(h: Holder) -> Image.Image:
    """The photograph pasted on a page with a line about whose it is."""
    s = _on_a4((_portrait(h.photo_size, (248, 248, 250)), (620, 300)))
    s.text(420, 300 + h.photo_size[1] + 60, f"Photograph of applicant: {h.surname} {h.given}", 26, "serif")
    return s.scanned(zlib.crc32(h.surname.encode()))


def identity_papers(h: Holder, document: str, photo: str) -> list[tuple[str, bytes, str, dict]]:
    """A whole application's travel document and photograph in the given layouts, as `write_case` takes its papers (files
    named 'passport…' or 'permit…' and 'photo…')."""
    return [(document.split("-")[0] + LAYOUTS[document][0], LAYOUTS[document][1](h), "travel_document", truth(h, document)),
            ("photo" + LAYOUTS[photo][0], LAYOUTS[photo][1](h), "photo", truth(h, photo))]


def truth(h: Holder, layout: str) -> dict:
    if layout.startswith("photo"):
        fields: dict = {"type": "photo"}
        if layout == "photo-as-taken":
            fields |= {"width_px": h.photo_size[0], "height_px": h.photo_size[1]}
        return fields
    person = {"type": "travel_document", "surname": h.surname, "given_names": h.given, "name_zh": h.name_zh,
              "sex": h.sex, "date_of_birth": h.born.isoformat()}
    if layout.startswith("permit"):
        return person | {"kind": "eep", "document_number": h.permit_no, "date_of_expiry": h.permit_expires.isoformat(),
                         "mrz": permit_zone(h)}
    return person | {"kind": "passport", "document_number": h.passport_no, "nationality": "CHN",
                     "date_of_expiry": h.passport_expires.isoformat(), "mrz": passport_zone(h)}


def _jpeg(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=85, dpi=(dpi, dpi))
    return buf.getvalue()


LAYOUTS = {  # layout: (file's suffix, how its bytes are made)
    "passport-photocopy": (".png", lambda h: png_bytes(passport_photocopy(h))),
    "passport-open-on-desk": (".jpg", passport_open_on_desk),
    "passport-pdf": (".pdf", passport_pdf),
    "permit-front-back": (".png", lambda h: png_bytes(permit_front_back(h))),
    "permit-alone-on-side": (".jpg", lambda h: _jpeg(permit_alone_on_side(h), 300)),
    "photo-as-taken": (".jpg", photo_as_taken),
    "photo-on-page": (".png", lambda h: png_bytes(photo_on_page(h))),
}


def write_all(folder: Path) -> list[dict]:
    """Every layout for both holders in `folder`; the truth, one entry a file."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, h in enumerate(HOLDERS, 1):
        for layout, (suffix, make) in LAYOUTS.items():
            file = f"scan-{layout}-{i}{suffix}"
            (folder / file).write_bytes(make(h))
            entry = {"file": file, "type": truth(h, layout)["type"], "layout": layout, "fields": truth(h, layout)}
            if layout == "passport-pdf":
                entry["pages"] = [1, 2]  # the cover belongs to the passport
            out.append(entry)
    return out
