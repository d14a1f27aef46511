"""A sheet of paper photographed on a desk, cut out and seen square on: the paper's four corners
found as the largest bright quadrilateral that a darker surround frames, the picture warped so
they become a rectangle (OpenCV's perspective transform), and the light evened out. A scan, whose
paper fills the frame, and a photo with no sheet in it are left as they are."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

WORK_SIDE = 800  # the corners are found on a copy this size
MIN_AREA = 0.25  # of the frame: smaller is a card or a detail, not the page photographed
MAX_AREA = 0.92  # of the frame: larger is a scan's paper, or a photo cropped to it
MIN_CONTRAST = 40  # grey levels between the paper and what surrounds it
MIN_SIDE_PX = 600  # photos smaller than this are read as they are


def flattened(image: Image.Image) -> Image.Image | None:
    """The sheet square on, at the photo's resolution; None where no sheet stands out."""
    if min(image.size) < MIN_SIDE_PX:
        return None
    scale = WORK_SIDE / max(image.size)
    small = np.asarray(image.convert("L").resize((max(1, round(image.width * scale)), max(1, round(image.height * scale)))))
    corners = _sheet_corners(small)
    if corners is None:
        return None
    corners = corners / scale
    top_left, top_right, bottom_right, bottom_left = corners
    width = int(max(np.linalg.norm(top_right - top_left), np.linalg.norm(bottom_right - bottom_left)))
    height = int(max(np.linalg.norm(bottom_left - top_left), np.linalg.norm(bottom_right - top_right)))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    flat = cv2.warpPerspective(np.asarray(image.convert("RGB")), matrix, (width, height), flags=cv2.INTER_CUBIC)
    return Image.fromarray(_evenly_lit(flat))


def _evenly_lit(rgb: np.ndarray) -> np.ndarray:
    """The sheet as if lit evenly: each pixel divided by the paper's own brightness around it (the
    print closed away, then blurred), so a side in shadow is white paper again, not a grey that a
    global threshold turns black with its print."""
    small = cv2.resize(rgb, (max(1, rgb.shape[1] // 8), max(1, rgb.shape[0] // 8)), interpolation=cv2.INTER_AREA)
    paper = cv2.GaussianBlur(cv2.dilate(small, np.ones((9, 9), np.uint8)), (0, 0), 6)
    paper = cv2.resize(paper, (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    return np.clip(rgb.astype(np.float32) * 245.0 / np.maximum(paper, 1.0), 0, 255).astype(np.uint8)


def _sheet_corners(gray: np.ndarray) -> np.ndarray | None:
    """The paper's corners (top-left, top-right, bottom-right, bottom-left) on the small copy."""
    blurred = cv2.GaussianBlur(gray, (7, 7), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))  # print inside the sheet
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    sheet = max(contours, key=cv2.contourArea)
    frame = gray.shape[0] * gray.shape[1]
    if not MIN_AREA * frame <= cv2.contourArea(sheet) <= MAX_AREA * frame:
        return None
    quad = cv2.approxPolyDP(sheet, 0.02 * cv2.arcLength(sheet, True), True)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    inside = np.zeros_like(gray)
    cv2.drawContours(inside, [quad], -1, 255, -1)
    if float(np.median(gray[inside > 0])) - float(np.median(gray[inside == 0])) < MIN_CONTRAST:
        return None
    return _ordered(quad.reshape(4, 2).astype(np.float32))


def _ordered(points: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left: by the sums and differences of x and y."""
    s, d = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array([points[np.argmin(s)], points[np.argmin(d)], points[np.argmax(s)], points[np.argmax(d)]], np.float32)
