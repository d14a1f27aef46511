"""Make a clean rendering look scanned or photographed: resolution, rotation, skew, blur,
noise, JPEG artefacts, perspective and uneven light."""
from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageFilter


def scanned(img: Image.Image, rng: random.Random, dpi: int, rotate: int = 0, skew: float = 0.0,
            blur: float = 0.0, noise: float = 0.0, src_dpi: int = 300) -> Image.Image:
    if dpi != src_dpi:
        img = img.resize((round(img.width * dpi / src_dpi), round(img.height * dpi / src_dpi)), Image.LANCZOS)
    paper = rng.choice([(255, 255, 255), (250, 249, 245), (246, 246, 244)])
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=paper)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        arr = np.asarray(img, dtype=np.float32)
        nrng = np.random.default_rng(rng.randint(0, 2**31))
        arr = arr + nrng.normal(0, noise, arr.shape)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rotate:
        img = img.rotate(rotate, expand=True)
    return img


def phone_photo(img: Image.Image, rng: random.Random, dpi: int = 200, src_dpi: int = 300) -> Image.Image:
    """The page lying on a desk, shot at a slant, brighter on one side."""
    img = img.resize((round(img.width * dpi / src_dpi), round(img.height * dpi / src_dpi)), Image.LANCZOS)
    w, h = img.size
    margin = int(0.08 * max(w, h))
    desk = Image.new("RGB", (w + 2 * margin, h + 2 * margin), rng.choice([(92, 74, 60), (120, 110, 100), (70, 70, 76)]))
    desk.paste(img, (margin, margin))
    W, H = desk.size
    j = lambda: rng.uniform(0, 0.045) * W  # noqa: E731
    quad = (j(), j(), j(), H - j(), W - j(), H - j(), W - j(), j())
    desk = desk.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
    arr = np.asarray(desk, dtype=np.float32)
    grad = np.linspace(rng.uniform(0.78, 0.9), 1.04, W)[None, :, None]
    if rng.random() < 0.5:
        grad = grad[:, ::-1]
    arr = np.clip(arr * grad, 0, 255)
    return Image.fromarray(arr.astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))


def jpeg_bytes(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def png_bytes(img: Image.Image, dpi: int) -> bytes:
    """Grayscale, as most flatbed scanners save documents; colour PNG scans are 5x larger."""
    buf = io.BytesIO()
    img.convert("L").save(buf, "PNG", dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()


def tiff_bytes(images: list[Image.Image], dpi: int) -> bytes:
    """Bilevel CCITT G4, the usual multi-page office-scanner TIFF."""
    buf = io.BytesIO()
    bw = [im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for im in images]
    bw[0].save(buf, "TIFF", save_all=True, append_images=bw[1:], compression="group4", dpi=(dpi, dpi))
    return buf.getvalue()
