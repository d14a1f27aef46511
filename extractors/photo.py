"""The applicant's photograph: its own size as uploaded (or the portrait's, where it sits on a
scanned page), whether a face is found in it, and whether its background is plain."""
from __future__ import annotations

from functools import cache

import cv2
import numpy as np
from PIL import Image

from pipeline.model import Field
from pipeline.portrait import pasted_photo, photo_itself

from .base import DocView

# OpenCV's bundled cascades, the second tried only when the first finds no face: each
# misses faces the other finds (a flat-lit face with no shading round the eyes).
FACE_CASCADES = ("haarcascade_frontalface_default.xml", "haarcascade_frontalface_alt2.xml")


@cache
def _cascade(name: str) -> cv2.CascadeClassifier:
    return cv2.CascadeClassifier(cv2.data.haarcascades + name)


def detect_face(image: Image.Image) -> tuple[int, int, int, int] | None:
    gray = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2GRAY)
    least = max(24, image.width // 6)
    for name in FACE_CASCADES:
        faces = _cascade(name).detectMultiScale(gray, scaleFactor=1.1, minNeighbors=4, minSize=(least, least))
        if len(faces):
            x, y, w, h = max(faces, key=lambda f: f[2] * f[3])
            return (int(x), int(y), int(x + w), int(y + h))
    return None


def background_is_plain(image: Image.Image) -> bool:
    arr = np.asarray(image.convert("L"), dtype=np.float32)
    h, w = arr.shape
    border = np.concatenate([arr[: h // 10].ravel(), arr[:, : w // 12].ravel(), arr[:, -w // 12:].ravel()])
    return bool(border.mean() > 180 and border.std() < 30)


def extract_photo(doc: DocView) -> dict[str, Field]:
    image, page = doc.images[0], doc.pages[0]

    def f(value, box=None, conf=1.0):
        return Field(value=value, confidence=conf, file=page.file, page=page.number, bbox=box, source="derived")

    # The photo's own size as uploaded, not the page image the reading enlarged or turned.
    width, height = page.stored_size or image.size
    itself = photo_itself(page.width, page.height, len(page.words))
    pasted = None if itself else pasted_photo(image, page.words)
    if pasted is None:
        face = detect_face(image)
        return {"width_px": f(width), "height_px": f(height), "face_detected": f(face is not None, face, 0.8),
                "plain_background": f(background_is_plain(image), None, 0.7)}
    # A photograph on a scanned page: the portrait's size in the upload's pixels, its face in it.
    portrait = image.crop(pasted)
    face = detect_face(portrait)
    if face is not None:
        face = (face[0] + pasted[0], face[1] + pasted[1], face[2] + pasted[0], face[3] + pasted[1])
    scale = width / image.width
    return {"width_px": f(round((pasted[2] - pasted[0]) * scale), pasted, 0.8),
            "height_px": f(round((pasted[3] - pasted[1]) * scale), pasted, 0.8),
            "face_detected": f(face is not None, face, 0.8),
            "plain_background": f(background_is_plain(portrait), pasted, 0.7)}
