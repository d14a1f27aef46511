"""Turn one input file into page images and, for PDFs, text-layer words.
PDF text layers are used only when they are real; scanned pages and garbage layers are OCRed."""
from __future__ import annotations

import re
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text
from PIL import Image, ImageOps

from .errors import CorruptFile, DecompressionBomb, EmptyImage, EncryptedPdf, TooLarge, TooManyPages, TooMuchText, plain_message
from .ingest import IMAGE_FORMATS, InputFile
from .model import FormField, Word
from .ocr import without_halftone
from .text import in_han_range

RENDER_DPI = 200
MAX_PIXELS = 60_000_000  # one image: a 300-dpi A3 page is ~17 Mpx; beyond this is a bomb, not a scan
# A file's budget, checked before any page is read, so that one upload cannot take the
# machine (and every other case of the batch) down: pages, rendered pixels, text-layer characters.
MAX_PAGES = 200
MAX_FILE_PIXELS = 800_000_000  # 200 A4 pages at 200 dpi
MAX_TEXT_CHARS = 1_500_000  # a dense annual report has 3-5 thousand characters a page
# Pages larger than A3 are rendered smaller: a poster-sized page at 200 dpi is hundreds of
# megabytes and its print is large anyway.
MAX_SIDE = 3400

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


def load_pages(item: InputFile, path: Path | None = None) -> list[RawPage]:
    return list(iter_pages(item, path))


def iter_pages(item: InputFile, path: Path | None = None) -> Iterator[RawPage]:
    """The file's pages one at a time (a long PDF is never held whole in memory), from `path`
    (the bytes that were hashed) or the file itself. The file's budget is checked first."""
    source = path or item.path
    if item.format == "pdf":
        return _pdf_pages(source)
    if item.format in IMAGE_FORMATS:
        return _image_pages(source)
    raise CorruptFile(f"cannot read format {item.format!r}")


def _open_image(path: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
            w, h = img.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DecompressionBomb(f"image declares too many pixels to open safely ({plain_message(exc)})") from exc
    except Exception as exc:  # Pillow raises many types for broken files
        raise CorruptFile(f"image cannot be decoded: {plain_message(exc) or type(exc).__name__}") from exc
    if w == 0 or h == 0:
        raise EmptyImage(f"image has no pixels ({w}x{h})")
    if w * h > MAX_PIXELS:
        raise DecompressionBomb(f"image is {w}x{h} pixels, over the {MAX_PIXELS:,} limit")
    return img


def _image_pages(path: Path) -> Iterator[RawPage]:
    img = _open_image(path)
    try:
        frames = getattr(img, "n_frames", 1)
    except Exception as exc:
        raise CorruptFile(f"image frames cannot be counted: {plain_message(exc) or type(exc).__name__}") from exc
    if frames < 1:
        raise EmptyImage("image has no frames")
    _check_budget(frames, frames * img.width * img.height, 0)
    return _image_frames(img, frames)


def _image_frames(img: Image.Image, frames: int) -> Iterator[RawPage]:
    with img:
        for i in range(frames):
            try:
                img.seek(i)
                frame = ImageOps.exif_transpose(img.copy())
                frame.load()
            except Exception as exc:
                if i == 0:
                    raise CorruptFile(f"image cannot be decoded: {plain_message(exc) or type(exc).__name__}") from exc
                break  # a truncated multi-page TIFF: keep the pages that were read
            if frame.width * frame.height > MAX_PIXELS:
                raise DecompressionBomb(f"frame {i + 1} is {frame.width}x{frame.height} pixels, over the {MAX_PIXELS:,} limit")
            dpi = int(round((img.info.get("dpi") or (0, 0))[0] or 0)) or _guess_dpi(frame)
            if frame.mode == "1":
                frame = without_halftone(frame)
            yield RawPage(number=i + 1, image=_on_white(frame), dpi=dpi, text_words=None)


def _on_white(frame: Image.Image) -> Image.Image:
    """The image as a viewer shows it: what is transparent (a photo cut out of its background) is
    the paper's white, not black."""
    if frame.mode in ("RGBA", "LA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        return Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("RGB")
    return frame.convert("RGB")


def _guess_dpi(img: Image.Image) -> int:
    # A full A4 page at N dpi is about 8.3*N pixels wide; phone photos say nothing useful.
    return max(72, min(600, int(max(img.size) / 11.7)))


def _check_budget(pages: int, pixels: int, chars: int) -> None:
    if pages > MAX_PAGES:
        raise TooManyPages(f"{pages:,} pages, over the limit of {MAX_PAGES} for one file; nothing of it was read. "
                           "Upload the documents the application needs as separate files.")
    if pixels > MAX_FILE_PIXELS:
        raise TooLarge(f"its pages come to {pixels / 1e6:,.0f} million pixels, over the limit of "
                       f"{MAX_FILE_PIXELS / 1e6:,.0f} million for one file; nothing of it was read. "
                       "Upload smaller scans (A4 at 200-300 dpi) or fewer pages.")
    if chars > MAX_TEXT_CHARS:
        raise TooMuchText(f"its text layer holds {chars:,} characters, over the limit of {MAX_TEXT_CHARS:,} "
                          "for one file; nothing of it was read. Upload the pages the application needs.")


def _render_scale(w_pt: float, h_pt: float) -> float:
    return min(RENDER_DPI / 72, MAX_SIDE / max(w_pt, h_pt, 1.0))


def _pdf_plan(pdf) -> list[float]:
    """Each page's render scale; raises when the file is over its budget."""
    count = len(pdf)
    if count == 0:
        raise CorruptFile("PDF has no pages")
    _check_budget(count, 0, 0)
    scales, pixels, chars = [], 0, 0
    for i in range(count):
        page = pdf[i]
        w_pt, h_pt = page.get_size()
        scale = _render_scale(w_pt, h_pt)
        scales.append(scale)
        pixels += int(w_pt * scale) * int(h_pt * scale)
        text = page.get_textpage()
        chars += text.count_chars()
        text.close()
        page.close()
    _check_budget(count, pixels, chars)
    return scales


def _open_pdfium(path: Path):
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        msg = plain_message(exc)
        if "password" in msg.lower():
            raise EncryptedPdf("PDF is password-protected; ask the applicant for an unprotected copy") from exc
        raise CorruptFile(f"PDF cannot be opened (truncated or damaged): {msg}") from exc


def _pdf_pages(path: Path) -> Iterator[RawPage]:
    with PDFIUM_LOCK:
        pdf = _open_pdfium(path)
        try:
            scales = _pdf_plan(pdf)
        except BaseException:
            pdf.close()
            raise
    return _pdf_page_stream(path, pdf, scales)


def _pdf_page_stream(path: Path, pdf, scales: list[float]) -> Iterator[RawPage]:
    try:
        plumber = pdfplumber.open(path)
    except Exception:
        plumber = None  # render-only: pdfium is more forgiving than pdfminer
    try:
        for i, scale in enumerate(scales):
            with PDFIUM_LOCK:
                page = pdf[i]
                bitmap = page.render(scale=scale)
                image = bitmap.to_pil().convert("RGB")
                bitmap.close()
                decoded = _pdfium_words(page, scale)
                page.close()
            words, note, form = None, "no text layer", []
            if plumber is not None:
                layer = plumber.pages[i]
                words, note = _text_layer_words(layer, scale)
                if words is not None and decoded and _decoded_apart(words, decoded):
                    words, note = decoded, "text layer as pdfium decodes its fonts"
                form = _form_fields(layer, scale)
                if words is not None and form:
                    words = words + typed_words(form)
                layer.close()  # pdfplumber keeps every page's parsed objects until closed
            yield RawPage(number=i + 1, image=image, dpi=round(scale * 72), text_words=words,
                          text_layer_note=note, form_fields=form)
    finally:
        if plumber is not None:
            plumber.close()
        with PDFIUM_LOCK:
            pdf.close()


_CID = re.compile(r"\(cid:\d+\)")
WORD_GAP = 3.0  # points between two characters that end a word (pdfplumber's x_tolerance)


def _pdfium_words(page, scale: float) -> list[Word]:
    """The words of a page with Han text as pdfium decodes its fonts, in rendered pixels; none
    for a page without Han text (pdfminer's words serve there)."""
    text = page.get_textpage()
    try:
        if not any(in_han_range(c) for c in text.get_text_range()):
            return []  # one call: most pages have no Han text, or no text at all (a scan)
        chars = [(text.get_text_range(k, 1), text.get_charbox(k)) for k in range(text.count_chars())]
    finally:
        text.close()
    top = page.get_height()
    words: list[Word] = []
    run: list[tuple[str, tuple]] = []
    for c, box in chars + [(" ", (0, 0, 0, 0))]:
        apart = run and (box[0] - run[-1][1][2] > WORD_GAP or abs(box[1] - run[-1][1][1]) > (box[3] - box[1]) / 2)
        if run and (not c.strip() or apart):
            left, bottom = min(b[0] for _, b in run), min(b[1] for _, b in run)
            right, upper = max(b[2] for _, b in run), max(b[3] for _, b in run)
            words.append(Word(text="".join(ch for ch, _ in run), conf=1.0,
                              bbox=(int(left * scale), int((top - upper) * scale), int(right * scale), int((top - bottom) * scale))))
            run = []
        if c.strip():
            run.append((c, box))
    return words


def _decoded_apart(words: list[Word], decoded: list[Word]) -> bool:
    """pdfminer and pdfium read other Han characters from the same fonts: pdfminer decoded a
    CJK font's codes wrongly (a font not embedded, a UCS-2 CMap, no ToUnicode map), printing
    characters that are not on the page."""
    mine = [c for w in words for c in w.text if in_han_range(c)]
    theirs = {c for w in decoded for c in w.text}
    return len(mine) >= 8 and sum(c in theirs for c in mine) < len(mine) / 2


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
        typed = _typed_over(a, data, scale)
        if typed is not None:
            out.append(typed)
            continue
        parent = resolve1(data.get("Parent")) or {}
        name = _pdf_text(data.get("T") or parent.get("T"))
        value = resolve1(data.get("V", parent.get("V")))
        # a check box's or radio button's own state ('Off' or its 'on' name), not its group's value
        state = resolve1(data.get("AS"))
        if not name or (value is None and not isinstance(state, PSLiteral)):
            continue
        choice = isinstance(value, PSLiteral) or isinstance(state, PSLiteral)
        text = _pdf_text(state.name if isinstance(state, PSLiteral) else value.name if isinstance(value, PSLiteral) else value)
        if text == "" or (text == "Off" and not choice):
            continue
        box = (int(a["x0"] * scale), int(a["top"] * scale), int(a["x1"] * scale), int(a["bottom"] * scale))
        out.append(FormField(name=name, value=text.strip(), bbox=box, choice=choice))
    return out


def _typed_over(annot: dict, data: dict, scale: float) -> FormField | None:
    """Text a PDF editor's 'add text' tool typed over the page (a free-text annotation): a
    value like a form field's, though no field holds it and the page's text does not."""
    subtype = resolve1(data.get("Subtype"))
    text = _pdf_text(data.get("Contents")).strip() if isinstance(subtype, PSLiteral) and subtype.name == "FreeText" else ""
    if not text:
        return None
    box = (int(annot["x0"] * scale), int(annot["top"] * scale), int(annot["x1"] * scale), int(annot["bottom"] * scale))
    return FormField(name="", value=text, bbox=box)


def typed_words(fields: list[FormField]) -> list[Word]:
    """What was typed into a fillable PDF's text fields, as words where the page shows them:
    form software names fields 'Text1', 'Text2', so the printed label beside a field, found by
    layout like any other, is what says what its value is."""
    words = []
    for ff in fields:
        tokens = ff.value.split() if not ff.choice else []
        x0, y0, x1, y1 = ff.bbox
        step = min((x1 - x0 - 4) / max(1, len(ff.value)), (y1 - y0) * 0.5)  # about a typed letter's width
        at = 0
        for token in tokens:
            start = ff.value.index(token, at)
            at = start + len(token)
            words.append(Word(text=token, bbox=(int(x0 + 2 + start * step), y0, int(x0 + 2 + at * step), y1), conf=1.0))
    return words


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
