"""Travel documents through the product, beside PassportEye in the same run (#28). Each image
is uploaded as a case of its own and `intake process` runs over them all, as a user would; what
counts is what each case's report says, so the bench and the product cannot disagree.

    python scripts/bench_mrz.py [--passporteye /tmp/pe-venv/bin/python] [--heldout DIR [--collect CLONE...]] [--prefect]

Image sets:
- PassportEye's 34 specimens (../shared/external/mrz_images/passporteye_testdata): the rules
  were chosen on them; scored by "every check digit valid", as PassportEye scores itself.
- held-out specimens (--heldout DIR, filled by --collect from clones of their repositories;
  scripts/data/mrz_heldout.json says which and holds the truth): 30 images of a dozen states,
  one specimen in all eight EXIF orientations, rotated photos.
  Scored by document number, birth date and expiry all right (and sex beside). They are split
  in two halves by document: `tune` may be looked at when changing the reader, `held` may not,
  and its figure is the headline. A third, `fresh` set (13 images from two more repositories,
  stop 48) was read once before any change for it; four of its images are other renderings of
  ICAO examples already in the set. A fourth, `fresh2` (stop 52), two specimens from one more
  repository, read once before any change for them.
- the travel documents of sample_docs/inbox at 150 dpi, turned 0/90/180/270 degrees.

Prints a Markdown table for docs/BENCHMARKS.md."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import mrz as mrzlib  # noqa: E402
from scripts.bench_pipeline import run_intake  # noqa: E402

PE_SNIPPET = r"""
import json, sys, time
from passporteye import read_mrz
out = []
t0 = time.time()
for path in sys.argv[1:]:
    try:
        m = read_mrz(path)
        d = m.to_dict() if m is not None else {}
    except Exception:
        m, d = None, {}
    out.append({"path": path, "valid": bool(m is not None and m.valid), "number": d.get("number", ""),
                "date_of_birth": d.get("date_of_birth", ""), "expiry": d.get("expiration_date", ""),
                "sex": d.get("sex", "")})
print(json.dumps({"seconds": time.time() - t0, "rows": out}))
"""


HELDOUT = ROOT / "scripts" / "data" / "mrz_heldout.json"


def heldout_images(folder: Path) -> dict[Path, dict]:
    """The held-out images in `folder` (named as scripts/data/mrz_heldout.json names them, which
    says where each comes from and how to fetch them) with their truth."""
    out = {}
    for name, entry in sorted(json.loads(HELDOUT.read_text())["images"].items()):
        number, birth, expiry, sex = entry["zone"]
        if (folder / name).exists():
            out[folder / name] = {"number": number, "birth": birth, "expiry": expiry, "sex": sex,
                                  "half": entry.get("half") or half_of(name), "seen": entry.get("document_seen_before", False)}
    return out


def collect(clones: list[Path], folder: Path) -> None:
    """Copy the held-out images out of clones of their repositories into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, entry in json.loads(HELDOUT.read_text())["images"].items():
        path = entry["source"].partition(":")[2]
        found = next((c / path for c in clones if (c / path).exists()), None)
        if found is not None:
            shutil.copy2(found, folder / name)


def half_of(name: str) -> str:
    """`held` or `tune`, by document: the eight orientations of one specimen, or its rotated
    copies, fall in the same half."""
    document = re.sub(r"_(orient\d|rotate[+-]\d+)|_\d+x\d+", "", Path(name).stem)
    return "held" if int(hashlib.sha256(document.encode()).hexdigest(), 16) % 2 else "tune"


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
                if page.dpi > 150:  # every one must read at 150 dpi
                    scale = 150 / page.dpi
                    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.LANCZOS)
                for turn in (0, 90, 180, 270):
                    p = work / f"{truth['case_id']}-{turn}.png"
                    img.rotate(turn, expand=True).save(p)
                    paths.append(p)
    return paths


def run_product(paths: list[Path], work: Path, prefect: bool) -> tuple[float, dict[Path, dict]]:
    """One case folder an image, one `intake process` over them all; (seconds, the travel
    document's fields per image, as its case's report gives them)."""
    inbox, out = work / "inbox", work / "out"
    case_of = {}
    for i, p in enumerate(paths):
        case = inbox / f"case-{i:03d}"
        case.mkdir(parents=True)
        shutil.copy2(p, case / p.name)
        case_of[p] = case.name
    seconds = run_intake(inbox, out, prefect, cache=work / "cache")
    found = {}
    for p, case in case_of.items():
        fields: dict = {}
        report = out / case / "report.json"
        if report.exists():
            for doc in json.loads(report.read_text())["documents"]:
                if doc["type"] == "travel_document":
                    fields = {k: v["value"] for k, v in doc["fields"].items()}
        found[p] = fields
    return seconds, found


def _yymmdd(iso) -> str:
    return re.sub(r"\D", "", str(iso or ""))[-6:]


def _date_right(fields: dict, key: str, zone_key: str, want: str) -> bool:
    """The ISO date's YYMMDD is the truth's; a specimen may print a date no calendar has (29
    February 1911): then no ISO date, and the zone holding it as printed, is right."""
    if any(_calendar_date(century + int(want[:2]), int(want[2:4]), int(want[4:6])) for century in (1900, 2000)):
        return _yymmdd(fields.get(key)) == want
    m = mrzlib.parse(fields["mrz"]) if fields.get("mrz") else None
    return key not in fields and m is not None and getattr(m, zone_key) == want


def _calendar_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False


def ours_right(fields: dict, truth: dict | None) -> tuple[bool, bool]:
    """(the fields wanted right, sex right); without truth, (every check digit valid, -)."""
    if truth is None:
        m = mrzlib.parse(fields["mrz"]) if fields.get("mrz") else None
        return bool(m and m.digits_valid), False
    right = (str(fields.get("document_number", "")) == truth["number"]
             and _date_right(fields, "date_of_birth", "date_of_birth", truth["birth"])
             and _date_right(fields, "date_of_expiry", "date_of_expiry", truth["expiry"]))
    return right, str(fields.get("sex", "")) == truth["sex"]


def pe_right(row: dict, truth: dict | None) -> tuple[bool, bool]:
    if truth is None:
        return row["valid"], False
    right = (row["number"].rstrip("<") == truth["number"] and row["date_of_birth"] == truth["birth"]
             and row["expiry"] == truth["expiry"])
    return right, row["sex"] == truth["sex"]


def passporteye(python: str, paths: list[Path]) -> tuple[float, dict[Path, dict]] | None:
    res = subprocess.run([python, "-c", PE_SNIPPET, *map(str, paths)], capture_output=True, text=True)
    try:
        data = json.loads(res.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"PassportEye failed to run: {res.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    return data["seconds"], {Path(r["path"]): r for r in data["rows"]}


def table_rows(name: str, reader: str, seconds: float, results: dict[Path, tuple[bool, bool]],
               truth: dict[Path, dict] | None) -> list[str]:
    rows = []
    groups = {"all": list(results)}
    if truth:
        for half in ("held", "tune", "fresh", "fresh2"):
            groups[half] = [p for p in results if truth[p]["half"] == half]
        groups["fresh, documents not seen before"] = [p for p in groups["fresh"] if not truth[p]["seen"]]
        # the headline: every image no rule was chosen on
        groups["never tuned on (held, fresh not seen before, fresh2)"] = (
            groups["held"] + groups["fresh, documents not seen before"] + groups["fresh2"])
    for group, paths in groups.items():
        ok = sum(results[p][0] for p in paths)
        sex = f"{sum(results[p][1] for p in paths)} / {len(paths)}" if truth else ""
        label = name if group == "all" else f"{name}, {group}"
        rows.append(f"| {label} | {reader} | {ok} / {len(paths)} | {sex} | {seconds / max(1, len(results)):.2f} s |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passporteye", help="python of a venv with passporteye installed")
    ap.add_argument("--heldout", type=Path, help="folder of the held-out specimen images (scripts/data/mrz_heldout.json)")
    ap.add_argument("--collect", type=Path, nargs="+", help="clones to copy the held-out images from first")
    ap.add_argument("--prefect", action="store_true", help="run intake with its Prefect flow")
    ap.add_argument("--only", help="run only the image sets whose name contains this")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-mrz-"))
    sets: dict[str, tuple[list[Path], dict[Path, dict] | None]] = {}
    ext = ROOT.parent / "shared" / "external" / "mrz_images" / "passporteye_testdata"
    if ext.is_dir():
        sets["PassportEye's specimens (digits valid)"] = (sorted(ext.iterdir()), None)
    if a.heldout and a.collect:
        collect(a.collect, a.heldout)
    if a.heldout:
        truth = heldout_images(a.heldout)
        sets["held-out specimens (number, birth, expiry)"] = (sorted(truth), truth)
    (work / "generated").mkdir()
    sets["generated, 150 dpi x 4 turns (digits valid)"] = (generated_images(work / "generated"), None)
    print("| image set | reader | right | sex right | seconds an image (batch) |")
    print("|---|---|---|---|---|")
    for k, (name, (paths, truth)) in enumerate(sets.items()):
        if a.only and a.only not in name:
            continue
        seconds, found = run_product(paths, work / f"run{k}", a.prefect)
        ours = {p: ours_right(found[p], truth[p] if truth else None) for p in paths}
        for line in table_rows(name, "intake process" + (" (Prefect)" if a.prefect else ""), seconds, ours, truth):
            print(line, flush=True)
        if os.environ.get("BENCH_MRZ_VERBOSE"):
            for p in paths:
                print(f"    {p.name}: {ours[p]} {found[p].get('document_number')} {found[p].get('date_of_birth')} "
                      f"{found[p].get('date_of_expiry')} {found[p].get('sex')}", file=sys.stderr)
        if a.passporteye:
            pe = passporteye(a.passporteye, paths)
            if pe:
                pe_seconds, rows = pe
                theirs = {p: pe_right(rows[p], truth[p] if truth else None) for p in paths}
                for line in table_rows(name, "PassportEye", pe_seconds, theirs, truth):
                    print(line, flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
