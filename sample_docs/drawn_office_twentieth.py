"""A twentieth drawn set, drawn after the nineteenth: papers as offices make them, each a way in no set
had. An audited report exported with its owner's protection (encrypted, opens without a password,
copying forbidden); one PDF whose first page is typed (a text layer: an offer of employment) and
whose second is a scanned certificate put behind it; a photocopy gone faint (the toner low, the print
pale grey) and one gone dark (the copier's glass lid open, a grey ground with specks). The scanned
pages are the seventh and eighth sets' layouts. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set twentieth`). Every name and number is made up."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh
from . import drawn_pdfs_tenth as tenth
from .drawn_forms import png_bytes


def protected_report(e: tenth.Employer) -> bytes:
    return tenth.audited_report(e, StandardEncryption("", ownerPassword="office-only", canPrint=1, canModify=0,
                                                      canCopy=0, canAnnotate=0, strength=128))


def offer_then_certificate(c: seventh.Company, g: eighth.Graduate) -> bytes:
    """A typed offer on the first page, then a scan of a degree certificate as an image page."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    lines = [(c.name, "Helvetica-Bold", 14), ("", "Helvetica", 10), (f"Offer of employment to {c.employee}", "Helvetica-Bold", 12),
             ("", "Helvetica", 10),
             (f"We offer you the position of {c.position} at {c.name}, starting on {c.start:%d %B %Y},", "Helvetica", 10),
             (f"for a fixed term of {c.term_months} months. Your monthly salary will be HK${c.salary:,}"
              + (f" and your monthly housing allowance HK${c.housing:,}." if c.housing else "."), "Helvetica", 10),
             (f"A guaranteed bonus of HK${c.bonus:,} is paid once a year.", "Helvetica", 10)]
    for k, (text, font, size) in enumerate(lines):
        pdf.setFont(font, size)
        pdf.drawString(70, 842 - 90 - 18 * k, text)
    pdf.showPage()
    scan = eighth.degree_conferment(g).scanned(7)
    pdf.drawImage(ImageReader(scan), 0, 0, width=595.27, height=841.89)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def faint_copy(sheet: Image.Image) -> Image.Image:
    """Toner running low: every ink pale, the paper a little grey."""
    grey = np.asarray(sheet.convert("L"), dtype=np.float32)
    pale = 245 - (245 - grey) * 0.32
    return Image.fromarray(pale.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def dark_copy(sheet: Image.Image, seed: int) -> Image.Image:
    """The lid left open: a grey ground, darker at the edges, specks of toner."""
    grey = np.asarray(sheet.convert("L"), dtype=np.float32)
    h, w = grey.shape
    yy, xx = np.mgrid[0:h, 0:w]
    edge = np.minimum.reduce([xx, yy, w - xx, h - yy]).astype(np.float32)
    ground = 150 + 40 * np.clip(edge / 400, 0, 1)  # 150 at the edge, 190 inside
    dark = grey / 255 * ground
    rng = np.random.default_rng(seed)
    dark[rng.random((h, w)) < 0.002] = 30
    return Image.fromarray(dark.clip(0, 255).astype(np.uint8))


def write_all(folder: Path) -> list[dict]:
    """Each way in for two parties; the truth, one entry a document ({file, pages, type, layout, fields})."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        e, c, g = tenth.EMPLOYERS[i], seventh.COMPANIES[i], eighth.GRADUATES[i]
        files = {f"accounts-protected-{i + 1}.pdf": protected_report(e),
                 f"offer-and-degree-{i + 1}.pdf": offer_then_certificate(c, g),
                 f"br-faint-copy-{i + 1}.png": png_bytes(faint_copy(seventh.br_certificate_bilingual(c).scanned(i))),
                 f"graduation-dark-copy-{i + 1}.png": png_bytes(dark_copy(eighth.graduation_table(g).img, i))}
        for name, data in files.items():
            (folder / name).write_bytes(data)
        offer = seventh.truth(c, "employment_contract", "clauses")
        if not c.housing:  # the offer states no housing at all: nothing to read, not a nil allowance
            del offer["housing_allowance_hkd"]
        out += [{"file": f"accounts-protected-{i + 1}.pdf", "pages": [1, 2, 3, 4], "type": "financial_statement",
                 "layout": "protected", "fields": {"type": "financial_statement"} | tenth.truth(e, "financial_statement")},
                {"file": f"offer-and-degree-{i + 1}.pdf", "pages": [1], "type": "employment_contract", "layout": "typed-offer",
                 "fields": {"type": "employment_contract"} | offer},
                {"file": f"offer-and-degree-{i + 1}.pdf", "pages": [2], "type": "degree_certificate", "layout": "scan-behind",
                 "fields": {"type": "degree_certificate"} | eighth.truth(g, "degree_certificate", "conferment")},
                {"file": f"br-faint-copy-{i + 1}.png", "pages": [1], "type": "br_certificate", "layout": "faint-copy",
                 "fields": {"type": "br_certificate"} | seventh.truth(c, "br_certificate", "bilingual")},
                {"file": f"graduation-dark-copy-{i + 1}.png", "pages": [1], "type": "graduation_certificate",
                 "layout": "dark-copy", "fields": {"type": "graduation_certificate"} | eighth.truth(g, "graduation_certificate", "table")}]
    return out
