"""Turn one input file into page images and, for PDFs, text-layer words.
PDF text layers are used only when they are real; scanned pages and garbage layers are OCRed."""
from __future__ import annotations

import io
import re
import threading
import warnings
from dataclasses import dataclass, field

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text
from PIL import Image, ImageOps

from .errors import CorruptFile, DecompressionBomb, EmptyImage, EncryptedPdf, InputError
from .ingest import IMAGE_FORMATS, InputFile
from .model import FormField, Word
from .text import in_han_range

RENDER_DPI = 200
MAX_PIXELS = 60_000_000  # a 300-dpi A3 page is ~17 Mpx; beyond this is a bomb, not a scan
MAX_PAGES = 200

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# PDFium is not thread-safe, not even across documents: two files rendered at once crash the
# process. Every use of pypdfium2 holds this lock; rendering is a small share of a page's time.
PDFIUM_LOCK = threading.Lock()


@dataclass
class RawPage:
    number: int
    image: Image.Image  # upright as stored (EXIF applied), RGB
    dpi: int
    text_words: list[Word] | None  # text-layer words in rendered-pixel boxes, or None
    text_layer_note: str = ""
    form_fields: list[FormField] = field(default_factory=list)


def load_pages(item: InputFile) -> list[RawPage]:
    if item.format == "pdf":
        return _load_pdf(item)
    if item.format in IMAGE_FORMATS:
        return _load_image(item)
    raise CorruptFile(f"cannot read format {item.format!r}")


def _open_image(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            w, h = img.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DecompressionBomb(f"image declares too many pixels to open safely ({exc})") from exc
    except Exception as exc:  # Pillow raises many types for broken files
        raise CorruptFile(f"image cannot be decoded: {exc}") from exc
    if w == 0 or h == 0:
        raise EmptyImage(f"image has no pixels ({w}x{h})")
    if w * h > MAX_PIXELS:
        raise DecompressionBomb(f"image is {w}x{h} pixels, over the {MAX_PIXELS:,} limit")
    return img


def _load_image(item: InputFile) -> list[RawPage]:
    img = _open_image(item.path.read_bytes())
    pages = []
    frames = getattr(img, "n_frames", 1)
    for i in range(min(frames, MAX_PAGES)):
        try:
            img.seek(i)
            frame = ImageOps.exif_transpose(img.copy())
            frame.load()
        except InputError:
            raise
        except Exception as exc:
            if i == 0:
                raise CorruptFile(f"image cannot be decoded: {exc}") from exc
            break  # a truncated multi-page TIFF: keep the pages that were read
        dpi = int(round((img.info.get("dpi") or (0, 0))[0] or 0)) or _guess_dpi(frame)
        pages.append(RawPage(number=i + 1, image=frame.convert("RGB"), dpi=dpi, text_words=None))
    return pages


def _guess_dpi(img: Image.Image) -> int:
    # A full A4 page at N dpi is about 8.3*N pixels wide; phone photos say nothing useful.
    return max(72, min(600, int(max(img.size) / 11.7)))


def _load_pdf(item: InputFile) -> list[RawPage]:
    data = item.path.read_bytes()
    images = _render_pdf(data)
    try:
        plumber = pdfplumber.open(io.BytesIO(data))
    except Exception:
        plumber = None  # render-only: pdfium is more forgiving than pdfminer
    pages = []
    try:
        for i, image in enumerate(images):
            words, note, form = None, "no text layer", []
            if plumber is not None:
                words, note = _text_layer_words(plumber.pages[i], RENDER_DPI / 72)
                form = _form_fields(plumber.pages[i], RENDER_DPI / 72)
            pages.append(RawPage(number=i + 1, image=image, dpi=RENDER_DPI, text_words=words,
                                 text_layer_note=note, form_fields=form))
    finally:
        if plumber is not None:
            plumber.close()
    return pages


def _render_pdf(data: bytes) -> list[Image.Image]:
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            msg = str(exc)
            if "password" in msg.lower():
                raise EncryptedPdf("PDF is password-protected; ask the applicant for an unprotected copy") from exc
            raise CorruptFile(f"PDF cannot be opened (truncated or damaged): {msg}") from exc
        try:
            if len(pdf) == 0:
                raise CorruptFile("PDF has no pages")
            images = []
            for i in range(min(len(pdf), MAX_PAGES)):
                page = pdf[i]
                w_pt, h_pt = page.get_size()
                if w_pt * h_pt * (RENDER_DPI / 72) ** 2 > MAX_PIXELS:
                    raise DecompressionBomb(f"page {i + 1} is {w_pt:.0f}x{h_pt:.0f} pt, too large to render")
                bitmap = page.render(scale=RENDER_DPI / 72)
                images.append(bitmap.to_pil().convert("RGB"))
                bitmap.close()
                page.close()
            return images
        finally:
            pdf.close()


_CID = re.compile(r"\(cid:\d+\)")


def _text_layer_words(page, scale: float) -> tuple[list[Word] | None, str]:
    """Words of the PDF's text layer in rendered pixels, or None when the layer is absent,
    hidden behind a scan, or garbage (unmapped glyphs, replacement characters)."""
    try:
        raw = page.extract_words(keep_blank_chars=False, use_text_flow=False,
                                 extra_attrs=["size"])
    except Exception as exc:
        return None, f"text layer unreadable: {exc}"
    if not raw:
        return None, "no text layer"
    text = "".join(w["text"] for w in raw)
    bad = len(_CID.findall(text)) * 6 + sum(1 for c in text if c == "\ufffd" or (ord(c) < 32))
    good = sum(1 for c in text if c.isalnum() and c != "\ufffd")
    if good < 8:
        return None, "text layer too thin to trust"
    if bad / max(1, len(text)) > 0.1:
        return None, "text layer is garbage (unmapped glyphs)"
    if _looks_like_ocr_junk(text):
        return None, "text layer looks like bad OCR"
    rot = int(page.page_obj.attrs.get("Rotate", 0) or 0) % 360 if hasattr(page, "page_obj") else 0
    words = []
    for w in raw:
        box = (int(w["x0"] * scale), int(w["top"] * scale), int(w["x1"] * scale), int(w["bottom"] * scale))
        words.append(Word(text=w["text"], bbox=box, conf=1.0))
    if rot:
        return None, f"page is rotated {rot} degrees; read by OCR"
    return words, "text layer"


def _form_fields(page, scale: float) -> list[FormField]:
    """Filled-in AcroForm fields on the page (a fillable ID 990A): their values live in the
    form, not in the page's text, so the text layer alone shows only the labels."""
    out: list[FormField] = []
    try:
        annots = page.annots
    except Exception:
        return out  # a damaged annotation list loses the form, not the page
    for a in annots:
        data = a.get("data") or {}
        parent = resolve1(data.get("Parent")) or {}
        name = _pdf_text(data.get("T") or parent.get("T"))
        value = data.get("V", parent.get("V"))
        if not name or value is None:
            continue
        value = resolve1(value)
        text = _pdf_text(value.name if isinstance(value, PSLiteral) else value)
        if text in ("", "Off"):
            continue
        box = (int(a["x0"] * scale), int(a["top"] * scale), int(a["x1"] * scale), int(a["bottom"] * scale))
        out.append(FormField(name=name, value=text.strip(), bbox=box))
    return out


def _pdf_text(value) -> str:
    value = resolve1(value)
    if isinstance(value, bytes):
        return decode_text(value)
    return value if isinstance(value, str) else ""


def _looks_like_ocr_junk(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        return False
    weird = sum(1 for c in letters if not (c.isascii() or in_han_range(c) or "\u3400" <= c <= "\u4dbf"))
    return weird / len(letters) > 0.4
