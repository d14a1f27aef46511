"""A photograph pasted or laid on a scanned page: the one solid block of the page that is neither
paper nor print, in a portrait's proportions. Its box lets the classifier call the page a photo and
the photo's reader give the portrait's own size, not the page's."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from .model import BBox, Word

WORK_SIDE = 800  # the block is looked for on a copy this size
PAPER_MARGIN = 4  # grey levels under the paper's own that are no longer paper (a photo's light ground)
SHARE = (0.005, 0.4)  # of the page's area: smaller is a mark, larger is the page itself
ASPECT = (0.6, 0.95)  # width over height: an ID photo is 35 x 45 to 40 x 50 mm
PRINT_INSIDE = 4  # letters of print inside the block that make it no photograph
SOLID = 0.85  # of the block's box that the block fills: a photo is solid, print is not


def photo_itself(width: int, height: int, words: int) -> bool:
    """A small portrait image with almost no text: the ID photo uploaded as it is."""
    return words <= 3 and 0.65 <= width / height <= 0.9 and max(width, height) <= 1600


def pasted_photo(image: Image.Image, words: list[Word]) -> BBox | None:
    """The box, in the image's pixels, of a photograph on the page; None where there is none."""
    scale = WORK_SIDE / max(image.size)
    gray = np.asarray(image.convert("L").resize((max(1, round(image.width * scale)), max(1, round(image.height * scale)))))
    paper = float(np.percentile(gray, 90))
    mask = (gray < paper - PAPER_MARGIN).astype(np.uint8)
    for word in words:  # print is no photo, even where a caption touches it
        x0, y0, x1, y1 = (round(v * scale) for v in word.bbox)
        mask[y0:y1 + 1, x0:x1 + 1] = 0
    opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
    if count < 2:
        return None
    biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    x, y, w, h, area = (int(v) for v in stats[biggest])
    page_area = gray.shape[0] * gray.shape[1]
    if not SHARE[0] <= w * h / page_area <= SHARE[1] or not ASPECT[0] <= w / h <= ASPECT[1] or area < SOLID * w * h:
        return None
    box = (round(x / scale), round(y / scale), round((x + w) / scale), round((y + h) / scale))
    return None if _printed_inside(box, words) else box


def _printed_inside(box: BBox, words: list[Word]) -> bool:
    """Words printed on the block (a booklet's cover, a coloured panel) make it no photograph;
    a letter or two of noise read off a face or its hair does not."""
    inside = [w.text for w in words if box[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= box[2]
              and box[1] <= (w.bbox[1] + w.bbox[3]) / 2 <= box[3]]
    return sum(c.isalnum() for text in inside for c in text) >= PRINT_INSIDE
