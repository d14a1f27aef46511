"""A ninth drawn set, drawn after the eighth was mended: not new layouts but a new way in. Papers
of the seventh and eighth sets photographed with a phone on a desk, as applicants often upload
them: the sheet smaller than the frame on a wooden desk, seen at a slant (a perspective, not a
turn), lit from one side, a little soft, saved as JPEG; one taken with the phone held sideways,
its EXIF saying so. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set ninth`). Every name and number is made up."""
from __future__ import annotations

import io
import random
import zlib
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageFilter

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh

FRAME = (3024, 4032)  # a phone's 12-megapixel portrait frame
DESK = (150, 112, 78)

# (set, which of its people, type, layout, EXIF orientation: 1 as held, 6 held sideways)
SHOTS = [(seventh, 0, "br_certificate", "renewal", 1), (seventh, 1, "employment_contract", "offer-table", 1),
         (seventh, 0, "financial_statement", "highlights", 6), (seventh, 1, "br_certificate", "bilingual", 1),
         (eighth, 0, "graduation_certificate", "table", 1), (eighth, 1, "degree_certificate", "bilingual-table", 1),
         (eighth, 1, "consent_letter", "chopped", 1), (eighth, 0, "degree_certificate", "conferment", 6)]


def photographed(sheet: Image.Image, seed: int) -> Image.Image:
    """The sheet on a desk in a phone's frame, at a slant, lit from one side, a little soft."""
    rng = random.Random(seed)
    w, h = FRAME
    paper = np.asarray(sheet.convert("RGB"))
    ph, pw = paper.shape[:2]
    scale = 0.78 * min(w / pw, h / ph)
    cx, cy = w / 2 + rng.uniform(-80, 80), h / 2 + rng.uniform(-80, 80)
    corners = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    placed = []
    for x, y in corners:
        px, py = cx + (x - pw / 2) * scale, cy + (y - ph / 2) * scale
        placed.append([px + rng.uniform(-0.05, 0.05) * w, py + rng.uniform(-0.03, 0.03) * h])
    matrix = cv2.getPerspectiveTransform(corners, np.float32(placed))
    desk = np.full((h, w, 3), DESK, np.uint8)
    desk = (desk.astype(np.float32) * (0.9 + 0.1 * np.sin(np.arange(w) / 37.0))[None, :, None]).clip(0, 255).astype(np.uint8)
    photo = cv2.warpPerspective(paper, matrix, (w, h), dst=desk, borderMode=cv2.BORDER_TRANSPARENT)
    light = np.linspace(1.0, 0.72, w, dtype=np.float32)[None, :, None] * np.linspace(1.0, 0.9, h, dtype=np.float32)[:, None, None]
    photo = (photo.astype(np.float32) * light).clip(0, 255).astype(np.uint8)
    return Image.fromarray(photo).filter(ImageFilter.GaussianBlur(1.2))


def jpeg_as_taken(photo: Image.Image, orientation: int) -> bytes:
    """The JPEG a phone saves: held sideways, the pixels stay as the sensor saw them (the page
    on its side) and EXIF says to turn them."""
    stored = photo.rotate(90, expand=True) if orientation == 6 else photo
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=82, exif=exif.tobytes())
    return buf.getvalue()


def write_all(folder: Path) -> list[dict]:
    """Every shot a JPEG in `folder`; the truth, one entry a file."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k, (made, who, kind, layout, orientation) in enumerate(SHOTS, 1):
        people = made.COMPANIES if made is seventh else made.GRADUATES
        sheet = made.LAYOUTS[kind][layout](people[who]).img
        file = f"IMG_{4100 + k}.jpg"
        (folder / file).write_bytes(jpeg_as_taken(photographed(sheet, zlib.crc32(file.encode())), orientation))
        out.append({"file": file, "type": kind, "layout": f"{layout}-photo", "fields": made.truth(people[who], kind, layout)})
    return out
