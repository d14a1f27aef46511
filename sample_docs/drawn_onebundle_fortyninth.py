"""A forty-ninth drawn set, drawn after the forty-eighth: the forty-first set's whole clean application uploaded as
one PDF, as an employer's agent scans it: a covering letter listing the enclosures, then every paper in the
checklist's order, one page each (the photograph pasted on a page of its own). Each paper is scored on the pages
it is on; the case's checks on its papers that do not pass are false alarms. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set fortyninth`). Every name and number is made up."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from . import drawn_wholecase_fortyfirst as base
from .drawn_forms import H, Sheet, W

ORDER = ["passport.png", "photo.jpg", "graduation.png", "degree.png", "consent.png", "hkid.png", "id990a.png",
         "id990b.png", "offer.png", "br.png", "accounts.png", "profile.png", "job-ad.png"]


def covering_letter() -> Sheet:
    s = Sheet()
    s.text(160, 140, "Harbourlight Analytics Limited", 32, "sans_bold")
    s.text(160, 240, "Immigration Department, Hong Kong", 26)
    s.text(160, 320, "Application for entry for employment: YAN Zhiyuan (Quantitative Analyst)", 26, "sans_bold")
    s.text(160, 400, "We enclose the following documents:", 26)
    for k, item in enumerate(["Passport", "Photograph", "Graduation certificate", "Degree certificate", "Consent letter",
                              "Hong Kong identity card", "Form ID 990A", "Form ID 990B", "Employment contract",
                              "Business registration certificate", "Audited financial statements", "Company profile",
                              "Job advertisement"]):
        s.text(200, 460 + 48 * k, f"{k + 1}. {item}", 26)
    s.text(160, 1200, "Human Resources Department", 26)
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    parts = base.write_all(folder / "parts")
    by_file = {e["file"]: e for e in parts}
    pages = [covering_letter().scanned(1)]
    out = []
    for file in ORDER:
        with Image.open(folder / "parts" / file) as img:
            img = img.convert("RGB")
            if file == "photo.jpg":  # pasted on a page of its own
                page = Image.new("RGB", (W, H), "white")
                page.paste(img, ((W - img.width) // 2, 300))
                img = page
            pages.append(img.resize((W, H)) if img.size != (W, H) else img)
        entry = by_file[file]
        out.append({"file": "application.pdf", "pages": [len(pages)], "type": entry["type"], "layout": "one-bundle",
                    "case": "bundle", "settings": base.SETTINGS,
                    "fields": {k: v for k, v in entry["fields"].items() if not (file == "photo.jpg" and k.endswith("_px"))}})
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    (folder / "application.pdf").write_bytes(buf.getvalue())
    for file in ORDER:
        (folder / "parts" / file).unlink()
    (folder / "parts").rmdir()
    out.append({"file": "application.pdf", "pages": [1], "type": "unknown", "layout": "covering-letter", "case": "bundle",
                "settings": base.SETTINGS, "fields": {"type": "unknown"}})
    return out

