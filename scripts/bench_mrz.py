"""MRZ reading: images read with every check digit valid, and seconds per image, for this
project's reader and (when given --passporteye PYTHON, a venv with PassportEye installed)
PassportEye, side by side on the same images in one run.

    python scripts/bench_mrz.py [--passporteye /tmp/pe-venv/bin/python]

Image sets: ../shared/external/mrz_images/passporteye_testdata (34 specimens) and the travel
documents of sample_docs/inbox turned 0/90/180/270 degrees."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Cold cache: a warm one would time the cache, not the reader.
os.environ["INTAKE_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench-mrz-cache-")

PE_SNIPPET = r"""
import json, sys, time
from passporteye import read_mrz
out = []
for path in sys.argv[1:]:
    t = time.time()
    try:
        m = read_mrz(path)
        ok = bool(m is not None and m.valid)
    except Exception:
        ok = False
    out.append({"path": path, "valid": ok, "seconds": time.time() - t})
print(json.dumps(out))
"""


def our_reader(paths: list[Path]) -> list[dict]:
    from PIL import Image

    from extractors.mrz_image import read_mrz
    out = []
    for p in paths:
        t = time.time()
        img = Image.open(p).convert("RGB")
        m, _, _ = read_mrz(img)
        out.append({"path": str(p), "valid": bool(m and m.digits_valid), "seconds": time.time() - t})
    return out


def generated_images(work: Path) -> list[Path]:
    from PIL import Image

    from pipeline.ingest import describe_file
    from pipeline.pages import load_pages
    paths = []
    for tp in sorted((ROOT / "sample_docs" / "inbox").glob("*.truth.json")):
        truth = json.loads(tp.read_text())
        if "broken_mrz_check_digit" in truth["defects"]:
            continue
        for f in truth["files"]:
            if any(d["type"] == "travel_document" for d in f["documents"]):
                src = tp.parent / truth["case_id"] / f["file"]
                page = load_pages(describe_file(src.parent, src))[0]
                img = page.image
                if page.dpi > 150:  # the floor: every one must read at 150 dpi
                    scale = 150 / page.dpi
                    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.LANCZOS)
                for turn in (0, 90, 180, 270):
                    p = work / f"{truth['case_id']}-{turn}.png"
                    img.rotate(turn, expand=True).save(p)
                    paths.append(p)
    return paths


def summary(name: str, rows: list[dict]) -> str:
    ok = sum(r["valid"] for r in rows)
    med = statistics.median(r["seconds"] for r in rows)
    return f"| {name} | {ok} / {len(rows)} | {med:.2f} s |"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passporteye", help="python of a venv with passporteye installed")
    a = ap.parse_args()
    ext = ROOT.parent / "shared" / "external" / "mrz_images" / "passporteye_testdata"
    sets = {}
    if ext.is_dir():
        sets["passporteye_testdata (34 specimens)"] = sorted(ext.iterdir())
    work = Path(tempfile.mkdtemp(prefix="bench-mrz-"))
    sets["generated PRC passports / EEP cards at 150 dpi x 4 turns"] = generated_images(work)
    print("| image set / reader | all check digits valid | median time per image |")
    print("|---|---|---|")
    for name, paths in sets.items():
        print(summary(f"{name}: intake", our_reader(paths)))
        if a.passporteye:
            res = subprocess.run([a.passporteye, "-c", PE_SNIPPET, *map(str, paths)], capture_output=True, text=True)
            try:
                print(summary(f"{name}: PassportEye", json.loads(res.stdout.strip().splitlines()[-1])))
            except (ValueError, IndexError):
                print(f"| {name}: PassportEye | failed to run: {res.stderr.strip()[-200:]} | |")


if __name__ == "__main__":
    main()
