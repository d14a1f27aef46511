"""Scores on the real documents in ../shared/external that carry expected values: MRZ test
vectors from three open-source MRZ libraries (validity, and fields where given) and the
PassportEye specimen images (MRZ read with every check digit valid)."""
from __future__ import annotations

import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

EXTERNAL = Path(__file__).resolve().parents[2].parent / "shared" / "external"


def _vectors() -> tuple[int, int, int, int, int]:
    """(validity right, validity total, fields right, fields total, disagreements over UTO).
    cheminfo calls ICAO's own specimen state UTO invalid; this product accepts it (the
    specimens in ICAO 9303 use it), so those cases are counted apart. Formats outside ICAO
    9303 (French national ID, Swiss driving licence) are left out."""
    from pipeline import mrz
    ok = total = fok = ftotal = uto = 0
    cm = json.loads((EXTERNAL / "mrz_vectors" / "cheminfo_mrz_tests.json").read_text())
    for case in cm["cases"]:
        want = case.get("expected_result", {})
        if "valid" not in want or not case.get("mrz_lines") or want.get("format") not in ("TD1", "TD2", "TD3"):
            continue
        m = mrz.parse(case["mrz_lines"])
        right = bool(m is not None and m.valid) == want["valid"]
        if not right and "UTO" in case["mrz_lines"][0][2:5]:
            uto += 1
            continue
        total += 1
        ok += right
        exp = case.get("expected_fields", {})
        if m is not None and want["valid"] and exp.get("documentNumber"):
            ftotal += 1
            fok += (m.document_number, m.date_of_birth, m.date_of_expiry) == \
                (exp["documentNumber"], exp.get("birthDate"), exp.get("expirationDate"))
    jm = json.loads((EXTERNAL / "mrz_vectors" / "jmrtd_MRZInfoTest_samples.json").read_text())
    for case in jm["cases"]:
        exp = case.get("expected_fields_jmrtd")
        if not exp or not case.get("in_MRZ_SAMPLES_roundtrip_set"):
            continue
        m = mrz.parse(case["mrz_lines"])
        ftotal += 1
        fok += m is not None and (m.document_number, m.date_of_birth, m.date_of_expiry) == \
            (exp["documentNumber"], exp["dateOfBirth"], exp["dateOfExpiry"])
    return ok, total, fok, ftotal, uto


def _images() -> tuple[int, int, float]:
    from PIL import Image

    from extractors.mrz_image import read_mrz
    paths = sorted(p for p in (EXTERNAL / "mrz_images" / "passporteye_testdata").iterdir()
                   if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"))
    valid, times = 0, []
    for p in paths:
        t = time.time()
        m, _, _ = read_mrz(Image.open(p).convert("RGB"))
        times.append(time.time() - t)
        valid += bool(m and m.digits_valid)
    return valid, len(paths), sorted(times)[len(times) // 2] if times else float("nan")


def score_external(console: Console) -> None:
    if not EXTERNAL.is_dir():
        console.print(f"({EXTERNAL} not present: real-document scores skipped)")
        return
    ok, total, fok, ftotal, uto = _vectors()
    valid, n, med = _images()
    t = Table(title="Real documents with expected values (../shared/external)")
    for c in ("set", "measure", "result"):
        t.add_column(c)
    t.add_row("MRZ vectors (cheminfo, ICAO formats)", "valid / invalid as expected", f"{ok}/{total} (+{uto} UTO specimens accepted by design)")
    t.add_row("MRZ vectors (cheminfo, jmrtd)", "number, birth and expiry dates", f"{fok}/{ftotal}")
    t.add_row("PassportEye specimen images", "MRZ read, every check digit valid", f"{valid}/{n} (median {med:.2f} s)")
    console.print(t)
