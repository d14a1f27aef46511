"""A nineteenth drawn set, drawn after the eighteenth: not new layouts but a new way in. Papers as
applicants often send them on: screenshots. A phone's screenshot of a file previewed in a chat app
(the status bar's time and battery above, the app's title bar and buttons round the page, the page
shrunk to the screen's width), and a computer's screenshot of a PDF viewer at a zoom that shows the
page's top part only, with the viewer's menus and page count. The pages are the seventh, eighth and
eleventh sets' layouts; what is new is the screen round them and the lower resolution. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
nineteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_papers_seventh as seventh
from .drawn_forms import png_bytes
from .generator.render import pil_font

PHONE = (1170, 2532)
DESKTOP = (1920, 1080)
SCREEN_GREY = (237, 237, 237)
UI_INK = (30, 30, 30)


def _ui(d: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int, ink=UI_INK) -> None:
    d.text(xy, text, font=pil_font("sans" if text.isascii() else "sans_cjk", size), fill=ink)


def phone_preview(page: Image.Image, title: str) -> Image.Image:
    """A chat app's file preview as a phone screenshots it."""
    w, h = PHONE
    screen = Image.new("RGB", PHONE, SCREEN_GREY)
    d = ImageDraw.Draw(screen)
    d.rectangle([0, 0, w, 140], fill="white")
    _ui(d, (60, 50), "9:41", 44)
    d.rectangle([1010, 62, 1090, 96], outline=UI_INK, width=3)
    d.rectangle([1014, 66, 1070, 92], fill=UI_INK)
    d.rectangle([0, 140, w, 290], fill=(247, 247, 247))
    _ui(d, (40, 180), "<", 64)
    _ui(d, (w // 2 - 22 * len(title) // 2, 190), title, 44)
    _ui(d, (1060, 180), "···", 48)
    shown = page.resize((1110, round(page.height * 1110 / page.width)), Image.Resampling.LANCZOS)
    screen.paste(shown, (30, 330))
    d.rectangle([0, h - 220, w, h], fill=(247, 247, 247))
    for k, label in enumerate(["转发", "收藏", "用其他应用打开"]):
        _ui(d, (90 + 360 * k, h - 150), label, 40)
    return screen


def viewer_window(page: Image.Image, name: str) -> Image.Image:
    """A PDF viewer on a computer at 75 % zoom: its title and tool bars, the page's top part."""
    w, h = DESKTOP
    screen = Image.new("RGB", DESKTOP, (82, 86, 89))
    d = ImageDraw.Draw(screen)
    d.rectangle([0, 0, w, 40], fill=(222, 222, 222))
    _ui(d, (760, 8), f"{name} - Document Viewer", 20)
    d.rectangle([0, 40, w, 96], fill=(246, 246, 246))
    for k, label in enumerate(["File", "Edit", "View", "Window", "Help"]):
        _ui(d, (20 + 80 * k, 56), label, 20)
    _ui(d, (900, 56), "1 / 1", 20)
    _ui(d, (1040, 56), "75%", 20)
    shown = page.resize((round(page.width * 0.75), round(page.height * 0.75)), Image.Resampling.LANCZOS)
    left = (w - shown.width) // 2
    screen.paste(shown.crop((0, 0, shown.width, h - 120)), (left, 120))
    return screen


# (the set, which party, type, layout, how it was screenshot, the app's title or the file's name)
SHOTS = [(eighth, 0, "degree_certificate", "bilingual-table", "phone", "学位证书.pdf"),
         (eighth, 1, "graduation_certificate", "table", "phone", "毕业证.jpg"),
         (eleventh, 0, "qualification_report", "grid", "phone", "学历认证报告.pdf"),
         (seventh, 1, "br_certificate", "bilingual", "phone", "BR.pdf"),
         (seventh, 0, "employment_contract", "offer-table", "desktop", "Offer_letter_signed.pdf"),
         (seventh, 1, "br_certificate", "renewal", "desktop", "BR renewal 2025.pdf")]


def write_all(folder: Path) -> list[dict]:
    """Every screenshot a PNG in `folder`; the truth, one entry a file."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k, (made, who, kind, layout, screen, title) in enumerate(SHOTS, 1):
        party = {seventh: seventh.COMPANIES, eighth: eighth.GRADUATES, eleventh: eleventh.APPLICANTS}[made][who]
        page = made.LAYOUTS[kind][layout](party).img
        shot = phone_preview(page, title) if screen == "phone" else viewer_window(page, title)
        file = f"Screenshot_2026-03-{10 + k:02d}.png"
        (folder / file).write_bytes(png_bytes(shot, dpi=None))
        out.append({"file": file, "type": kind, "layout": f"{layout}-{screen}",
                    "fields": {"type": kind} | made.truth(party, kind, layout)})
    return out
