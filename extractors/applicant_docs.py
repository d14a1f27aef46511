"""Applicant's documents: degree and graduation certificates, consent letter, HKID copy, photo."""
from __future__ import annotations

import re

import cv2
import numpy as np
from PIL import Image

from pipeline.model import Field

from .base import DATE_RX, DocView, Line, after_label, find_line, parse_date

NAME_LABELS = [r"姓\s*名", r"holder", r"name of (?:the )?(?:holder|graduate|student)", r"^name\b"]
DEGREE_WORDS = {"博士": "doctor", "硕士": "master", "碩士": "master", "学士": "bachelor", "學士": "bachelor",
                "doctor": "doctor", "master": "master", "bachelor": "bachelor"}


def _name_near(doc: DocView, lines: list[Line]):
    value, line = after_label(lines, NAME_LABELS, r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z .'-]{0,40}")
    if value:
        return _clean_name(value), line
    # 学生张三，性别男 / 兹证明 张三 同学 / This is to certify that ZHANG San
    m, line = find_line(lines, r"(?:学生|學生|兹证明|茲證明)\s*([\u4e00-\u9fff]{2,4})\s*[，,]?\s*(?:性别|男|女|同学|，)")
    if m:
        return m.group(1), line
    m, line = find_line(lines, r"certify that\s+(?:Mr\.?|Ms\.?|Mrs\.?)?\s*([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})")
    if m:
        return m.group(1).upper(), line
    return None, None


def _clean_name(v: str) -> str:
    v = re.split(r"\s{2,}|性别|性別|sex|gender|出生|date", v, flags=re.IGNORECASE)[0].strip(" ,，")
    return v.upper() if v.isascii() else v.replace(" ", "")


def _common(doc: DocView, out: dict[str, Field], lines: list[Line]) -> None:
    name, line = _name_near(doc, lines)
    if name:
        out["holder_name"] = doc.field(name, line)
    m, line = find_line(lines, r"(?:生于|出生于|出生日期|born on|date of birth)[:：\s]*(" + DATE_RX + ")")
    if m:
        iso = parse_date(m.group(1))
        if iso:
            out["date_of_birth"] = doc.field(iso, line)
    m, line = find_line(lines, r"([\u4e00-\u9fff]{2,15}(?:大学|大學|学院|學院))|((?:[A-Z][a-z]+\s)*(?:University|College|Institute)(?:\sof(?:\s[A-Z][a-z]+)+)?)")
    if m:
        out["institution"] = doc.field((m.group(1) or m.group(2)).strip(), line)
    m, line = find_line(lines, r"(?:在|於)?\s*([\u4e00-\u9fff]{2,12})\s*专业|(?:major(?:ing)? in|in the (?:field|discipline) of|专业[:：])\s*([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff &]+)")
    if m:
        out["major"] = doc.field((m.group(1) or m.group(2)).strip(), line)
    m, line = find_line(lines, r"(?:证书编号|證書編號|编号|編號|certificate no\.?|serial no\.?)[:：\s]*([CZTczt]?[0-9OIlS ]{15,20})")
    if m:
        num = re.sub(r"\s", "", m.group(1)).upper().replace("O", "0").replace("I", "1").replace("L", "1")
        out["certificate_number"] = doc.field(num, line)


def _last_date(lines: list[Line], skip: set[str]):
    found = None
    for line in lines:
        for m in re.finditer(DATE_RX, line.text):
            iso = parse_date(m.group(0))
            if iso and iso not in skip:
                found = (iso, line)
    return found


def extract_degree(doc: DocView) -> dict[str, Field]:
    lines = doc.lines()
    out: dict[str, Field] = {}
    _common(doc, out, lines)
    m, line = find_line(lines, r"((?:bachelor|master|doctor)(?:'s)?(?: degree)?(?: of [A-Z][A-Za-z ]+)?|[\u4e00-\u9fff]{0,6}(?:学士|硕士|博士|學士|碩士)学位)")
    if m:
        text = m.group(1).strip()
        out["degree"] = doc.field(text, line)
        level = next((v for k, v in DEGREE_WORDS.items() if k in text.lower() or k in text), None)
        if level:
            out["degree_level"] = doc.field(level, line, source="derived")
    skip = {f.value for k, f in out.items() if k == "date_of_birth"}
    last = _last_date(lines, skip)
    if last:
        out["date_awarded"] = doc.field(last[0], last[1])
    return out


def extract_graduation(doc: DocView) -> dict[str, Field]:
    lines = doc.lines()
    out: dict[str, Field] = {}
    _common(doc, out, lines)
    out.pop("date_of_birth", None) if False else None
    m, line = find_line(lines, r"(本科|专科|專科|研究生|bachelor|master|doctor)", re.IGNORECASE)
    if m:
        out["level"] = doc.field(m.group(1), line)
    skip = {out["date_of_birth"].value} if "date_of_birth" in out else set()
    last = _last_date(lines, skip)
    if last:
        out["graduation_date"] = doc.field(last[0], last[1])
    return out


def find_red_seal(image: Image.Image) -> tuple[int, int, int, int] | None:
    """Box of a red round stamp: a large blob of saturated red whose box is roughly square."""
    hsv = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2HSV)
    red = cv2.inRange(hsv, (0, 70, 60), (12, 255, 255)) | cv2.inRange(hsv, (165, 70, 60), (180, 255, 255))
    red = cv2.morphologyEx(red, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (15, 15)))
    contours, _ = cv2.findContours(red, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    min_side = 0.06 * min(image.size)
    best = None
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if w >= min_side and h >= min_side and 0.6 <= w / h <= 1.6:
            if best is None or w * h > best[2] * best[3]:
                best = (x, y, w, h)
    if best is None:
        return None
    x, y, w, h = best
    return (x, y, x + w, y + h)


def extract_consent(doc: DocView) -> dict[str, Field]:
    lines = doc.lines()
    out: dict[str, Field] = {}
    m, line = find_line(lines, r"([\u4e00-\u9fff()（）]{4,30}(?:有限公司|公司|研究院|研究所|大学|医院|局|委员会|中心))")
    if m:
        out["organisation"] = doc.field(m.group(1), line)
    else:
        m, line = find_line(lines, r"((?:[A-Z][A-Za-z&]+\s){1,6}(?:Co\.,? Ltd\.?|Limited|Company|Institute|University))")
        if m:
            out["organisation"] = doc.field(m.group(1).strip(), line)
    m, line = find_line(lines, r"(?:同意|兹有|茲有|我单位|本单位)[^，,。]{0,8}?(?:职工|员工|同志)?\s*([\u4e00-\u9fff]{2,4})\s*(?:同志|先生|女士)?\s*[（(，,]?\s*(?:身份证|护照|前往|赴|到|,|，)")
    if m:
        out["applicant_name"] = doc.field(m.group(1), line)
    else:
        m, line = find_line(lines, r"(?:Mr\.?|Ms\.?|Mrs\.?|employee)\s+([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})")
        if m:
            out["applicant_name"] = doc.field(m.group(1).upper(), line)
    last = _last_date(lines, set())
    if last:
        out["date"] = doc.field(last[0], last[1])
    seal = None
    for page, image in zip(doc.pages, doc.images):
        seal = find_red_seal(image)
        if seal:
            out["seal_present"] = Field(value=True, confidence=0.9, file=doc.file, page=page.number,
                                        bbox=seal, source="derived")
            break
    if not seal:
        out["seal_present"] = Field(value=False, confidence=0.7, file=doc.file, page=doc.pages[0].number,
                                    bbox=None, source="derived")
    return out


HKID_RX = r"\b([A-Z]{1,2})\s?(\d{6})\s?[(（]?\s?([0-9A])\s?[)）]?"


def extract_hkid(doc: DocView) -> dict[str, Field]:
    m, line = find_line(doc.lines(), HKID_RX, flags=0)
    if not m:
        return {}
    return {"hkid_number": doc.field(f"{m.group(1)}{m.group(2)}({m.group(3)})", line)}


_FACES = None


def detect_face(image: Image.Image) -> tuple[int, int, int, int] | None:
    global _FACES
    if _FACES is None:
        _FACES = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    gray = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2GRAY)
    faces = _FACES.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=4,
                                    minSize=(max(24, image.width // 6), max(24, image.width // 6)))
    if len(faces) == 0:
        return None
    x, y, w, h = max(faces, key=lambda f: f[2] * f[3])
    return (int(x), int(y), int(x + w), int(y + h))


def background_is_plain(image: Image.Image) -> bool:
    arr = np.asarray(image.convert("L"), dtype=np.float32)
    h, w = arr.shape
    border = np.concatenate([arr[: h // 10].ravel(), arr[:, : w // 12].ravel(), arr[:, -w // 12:].ravel()])
    return bool(border.mean() > 180 and border.std() < 30)


def extract_photo(doc: DocView) -> dict[str, Field]:
    image, page = doc.images[0], doc.pages[0]
    face = detect_face(image)

    def f(value, box=None, conf=1.0):
        return Field(value=value, confidence=conf, file=doc.file, page=page.number, bbox=box, source="derived")

    return {"width_px": f(image.width), "height_px": f(image.height),
            "face_detected": f(face is not None, face, 0.8),
            "plain_background": f(background_is_plain(image), None, 0.7)}
