"""A tiny page description (text, boxes, seals, pictures in millimetres) and two renderers:
Pillow for scans and photos, reportlab for born-digital PDFs, so one document layout gives both."""
from __future__ import annotations

import functools
import io
import math
import time
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw, ImageFont

FONT_FILES = {
    "sans_cjk": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "serif_cjk": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 0),
    "serif_bold": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf", 0),
    "sans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", 0),
    "sans_bold": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", 0),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    # Hand-filled forms: a hand-lettered Latin face and the kaishu (brush) Han face.
    "hand": ("/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf", 0),
    "hand_cjk": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
# reportlab cannot embed CFF (OTF) fonts: the MRZ font falls back to a monospace face in PDFs.
PDF_FALLBACK = {"ocrb": "mono"}
MM_PER_PT = 25.4 / 72


@dataclass
class Text:
    x: float
    y: float  # baseline, mm from the top
    s: str
    font: str = "sans"
    size: float = 11  # pt
    color: tuple = (0, 0, 0)
    align: str = "left"  # left | center | right


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    stroke: tuple | None = (0, 0, 0)
    fill: tuple | None = None
    width: float = 0.3  # mm


@dataclass
class FormText(Text):
    """A fillable form's text field: an AcroForm field in a PDF (its value is not page text),
    typed-in text on an image."""
    name: str = ""
    w: float = 80.0  # mm


@dataclass
class Seal:
    cx: float
    cy: float
    r: float
    text: str
    color: tuple = (215, 25, 32)


@dataclass
class Picture:
    x: float
    y: float
    w: float
    h: float
    image: Image.Image


@dataclass
class PageSpec:
    width: float = 210.0
    height: float = 297.0
    ops: list = field(default_factory=list)
    background: tuple = (255, 255, 255)

    def text(self, x, y, s, font="sans", size=11, color=(0, 0, 0), align="left"):
        self.ops.append(Text(x, y, s, font, size, color, align))

    def para(self, x, y, s, width, font="sans", size=11, leading=1.5, color=(0, 0, 0)) -> float:
        """Wrapped text; returns the y after the last line."""
        for line in wrap(s, font, size, width):
            self.text(x, y, line, font, size, color)
            y += size * MM_PER_PT * leading
        return y


@functools.lru_cache(maxsize=256)
def pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    path, index = FONT_FILES[name]
    return ImageFont.truetype(path, max(1, px), index=index)


def text_width_mm(s: str, font: str, size: float) -> float:
    f = pil_font(font, 100)
    return f.getlength(s) / 100 * size * MM_PER_PT


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap: by words for Latin text, by characters for Han text."""
    lines, cur = [], ""
    tokens = s.split(" ") if s.isascii() else list(s)
    sep = " " if s.isascii() else ""
    for t in tokens:
        trial = (cur + sep + t) if cur else t
        if text_width_mm(trial, font, size) > width and cur:
            lines.append(cur)
            cur = t
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


# ---- Pillow ---------------------------------------------------------------------------------

def to_image(page: PageSpec, dpi: int = 300) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.width * k), round(page.height * k)), page.background)
    draw = ImageDraw.Draw(img)
    for op in page.ops:
        if isinstance(op, Text):
            f = pil_font(op.font, round(op.size / 72 * dpi))
            x = op.x * k
            if op.align != "left":
                w = f.getlength(op.s)
                x -= w / 2 if op.align == "center" else w
            draw.text((x, op.y * k), op.s, font=f, fill=op.color, anchor="ls")
        elif isinstance(op, Rect):
            draw.rectangle([op.x * k, op.y * k, (op.x + op.w) * k, (op.y + op.h) * k],
                           outline=op.stroke, fill=op.fill, width=max(1, round(op.width * k)) if op.stroke else 0)
        elif isinstance(op, Picture):
            pic = op.image.convert("RGB").resize((round(op.w * k), round(op.h * k)))
            img.paste(pic, (round(op.x * k), round(op.y * k)))
        elif isinstance(op, Seal):
            _pil_seal(img, op, k)
    return img


def _pil_seal(img: Image.Image, s: Seal, k: float) -> None:
    size = round(2 * s.r * k) + 4
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = size / 2
    ring = max(2, round(0.9 * k))
    col = s.color + (235,)
    d.ellipse([2, 2, size - 3, size - 3], outline=col, width=ring)
    star = [(c + 0.3 * s.r * k * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
             c + 0.3 * s.r * k * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=col)
    chars = list(s.text)
    span = min(250.0, 22.0 * len(chars))
    fpx = round(s.r * k * 0.28)
    font = pil_font("sans_cjk", fpx)
    for i, ch in enumerate(chars):
        ang = -90 - span / 2 + span * (i + 0.5) / len(chars)
        gx = c + (s.r * k * 0.72) * math.cos(math.radians(ang))
        gy = c + (s.r * k * 0.72) * math.sin(math.radians(ang))
        g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fpx, fpx), ch, font=font, fill=col, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        layer.alpha_composite(g, (round(gx - fpx), round(gy - fpx)))
    # Stamp ink darkens the paper and the print under it (multiply); it does not paint over
    # black print as an opaque layer would.
    x0, y0 = round(s.cx * k - size / 2), round(s.cy * k - size / 2)
    ink = Image.new("RGB", layer.size, "white")
    ink.paste(layer, (0, 0), layer)
    box = (x0, y0, x0 + size, y0 + size)
    img.paste(ImageChops.multiply(img.crop(box), ink), box)


# ---- reportlab --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _pdf_font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name = PDF_FALLBACK.get(name, name)
    path, index = FONT_FILES[name]
    pdfmetrics.registerFont(TTFont(f"gen-{name}", path, subfontIndex=index))
    return f"gen-{name}"


def to_pdf(pages: list[PageSpec], meta: dict | None = None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pages[0].width * mm, pages[0].height * mm), invariant=1)
    for key, value in (meta or {}).items():
        getattr(c, f"set{key}")(value)
    for page in pages:
        c.setPageSize((page.width * mm, page.height * mm))
        H = page.height
        for op in page.ops:
            if isinstance(op, FormText):
                c.acroForm.textfield(name=op.name, value=op.s, x=(op.x - 1) * mm, y=(H - op.y - 2) * mm, width=op.w * mm,
                                     height=7 * mm, fontName="Helvetica", fontSize=op.size, borderWidth=0,
                                     fillColor=None, forceBorder=False)
            elif isinstance(op, Text):
                c.setFillColorRGB(*[v / 255 for v in op.color])
                c.setFont(_pdf_font(op.font), op.size)
                fn = {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[op.align]
                fn(op.x * mm, (H - op.y) * mm, op.s)
            elif isinstance(op, Rect):
                if op.stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in op.stroke])
                    c.setLineWidth(op.width * mm)
                if op.fill:
                    c.setFillColorRGB(*[v / 255 for v in op.fill])
                c.rect(op.x * mm, (H - op.y - op.h) * mm, op.w * mm, op.h * mm,
                       stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)
            elif isinstance(op, Picture):
                c.drawImage(ImageReader(op.image.convert("RGB")), op.x * mm, (H - op.y - op.h) * mm, op.w * mm, op.h * mm)
            elif isinstance(op, Seal):
                # Seals are stamped on paper: draw them as an image so they are not text.
                k = 300 / 25.4
                size = round(2 * op.r * k) + 4
                tmp = PageSpec(width=size / k, height=size / k, ops=[Seal(size / k / 2, size / k / 2, op.r, op.text, op.color)],
                               background=(255, 255, 255))
                img = to_image(tmp, 300)
                c.drawImage(ImageReader(img), (op.cx - op.r) * mm, (H - op.cy - op.r) * mm, 2 * op.r * mm, 2 * op.r * mm,
                            mask=[250, 255, 250, 255, 250, 255])
        c.showPage()
    c.save()
    return buf.getvalue()


def images_to_pdf(images: list[Image.Image], dpi: int) -> bytes:
    """A scanned PDF: one image per page, no text layer."""
    buf = io.BytesIO()
    rgb = [im.convert("RGB") for im in images]
    # Fixed dates: the same seed must give the same bytes.
    stamp = time.gmtime(1704067200)  # 2024-01-01
    rgb[0].save(buf, "PDF", save_all=True, append_images=rgb[1:], resolution=float(dpi), creationDate=stamp, modDate=stamp)
    return buf.getvalue()
