"""Tesseract beside PP-OCR (RapidOCR), per kind of page, side by side in one run: character
accuracy of each printed line against the generator's own text, seconds per page and peak
memory, each engine in its own process with a cold cache.

Pages are generated (made-up data) in families no reader was tuned on where there are some:
Han print, Han under a chop (the lines a chop covers), traditional Chinese, Latin print, boxed
and hand-filled forms, phone photos, and scans at 150, 200 and 300 dpi.

    .venv/bin/python scripts/bench_engines.py            # about 5 minutes on 2 cores
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ENGINES = {"tesseract": "one plain tesseract pass (chi_sim+chi_tra+eng or eng)",
           "tesseract-product": "the product's page reading (tesseract and its re-reads)",
           "ppocr-1-full": "PP-OCRv6 small, 1 thread, lines found on the page as rendered",
           "ppocr-2-full": "PP-OCRv6 small, 2 threads, lines found on the page as rendered",
           "ppocr-2-1280": "PP-OCRv6 small, 2 threads, lines found on a copy 1280 px long",
           "ppocr-1-960": "PP-OCRv6 small, 1 thread, lines found on a copy 960 px long",
           "ppocr-2-960": "PP-OCRv6 small, 2 threads, lines found on a copy 960 px long",
           "ppocr-1-736": "PP-OCRv6 small, 1 thread, lines found on a copy 736 px long",
           "ppocr-1-640": "PP-OCRv6 small, 1 thread, lines found on a copy 640 px long",
           "routed": "the product's routed reading: PP-OCR (2 threads, 960) for Han pages and tesseract's "
                     "chop-free re-read of the lines under a chop, tesseract for Latin pages"}


def _pages() -> list[dict]:
    """[{kind, image, lines: [(text, under_chop)]}] rendered from generated documents."""
    from sample_docs.generator import applicant_docs as A
    from sample_docs.generator import employer_docs as E
    from sample_docs.generator import families as F
    from sample_docs.generator.identity import MAJORS, UNIVERSITIES, company, person
    from sample_docs.generator.render import Seal, Text, to_image
    from sample_docs.generator.scan import phone_photo, scanned
    out = []
    for seed in (11, 12):
        rng = random.Random(seed)
        p, c = person(rng), company(rng, date(2015, 3, 2))
        uni, major = UNIVERSITIES[seed % 10], MAJORS[seed % 8]
        ctx = {"applicant": p, "holder": p, "company": c, "post": "Systems Analyst", "monthly": 52000,
               "as_of": date(2026, 11, 1), "talent": None, "hk_degree": False, "uni": uni, "major": major,
               "grad_year": p.date_of_birth.year + 22}
        org = "深圳前海数智科技有限公司"
        docs = {
            "Han print": A.graduation_certificate(p, uni, major, ctx["grad_year"], rng),
            "Han letter with a chop": F.restyle(A.consent_letter(p, org, date(2026, 10, 1), rng), "hans-official", ctx, rng),
            "traditional Chinese": F.restyle(E.employment_contract(c, p, "Systems Analyst", date(2027, 1, 1), 24, 52000, 8000,
                                                                   True, rng), "hant-contract", ctx, rng),
            "Latin print": F.restyle(E.employment_contract(c, p, "Systems Analyst", date(2027, 1, 1), 24, 52000, 8000, True, rng),
                                     "en-offer-mdy", ctx, rng),
            "boxed form": F.restyle(A.applicant_form(p, "E12345678", False, rng), "en-boxes", ctx, rng),
            "hand-filled form": F.restyle(A.applicant_form(p, "E12345678", False, rng), "en_hant-hand-left", ctx, rng),
        }
        for kind, doc in docs.items():
            page = doc.pages[0]
            seals = [op for op in page.ops if isinstance(op, Seal)]
            rows: dict[float, list] = {}
            for op in page.ops:
                if isinstance(op, Text):
                    rows.setdefault(round(op.y), []).append(op)
            lines = []
            for y, ops in sorted(rows.items()):
                text = "".join(o.s for o in sorted(ops, key=lambda o: o.x))
                chop = any(abs(o.y - s.cy) < s.r and o.x - 5 < s.cx + s.r for o in ops for s in seals)
                lines.append((text, chop))
            clean = to_image(page, 300)
            r = random.Random(seed)
            variants = [(kind, scanned(clean, r, 200, rotate=0, skew=r.uniform(-1.5, 1.5), blur=0.4, noise=4))]
            if kind in ("Han print", "Latin print"):
                variants += [(f"{kind}, {dpi} dpi scan", scanned(clean, r, dpi, rotate=0, skew=0.5, blur=0.4, noise=4))
                             for dpi in (150, 300)]
                variants.append((f"{kind}, phone photo", phone_photo(clean, r, 200)))
            out += [{"kind": k, "image": im, "lines": lines} for k, im in variants]
    return out


def _norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def _score(lines: list[tuple[str, bool]], read: list[str]) -> dict:
    """Per printed line, the best match among the lines read (rapidfuzz's normalised
    Levenshtein ratio), weighted by length: print and under-chop lines apart."""
    from rapidfuzz import fuzz
    got = [_norm(t) for t in read if _norm(t)]
    out = {"print": [0.0, 0], "chop": [0.0, 0]}
    for text, chop in lines:
        want = _norm(text)
        if not want:
            continue
        best = max((fuzz.ratio(want, g) for g in got), default=0.0)
        key = "chop" if chop else "print"
        out[key][0] += best / 100 * len(want)
        out[key][1] += len(want)
    return out


def _read(engine: str, image) -> list[str]:
    from pipeline import ocr, ppocr
    from pipeline.model import group_lines
    from pipeline.text import is_han, join_words
    if engine == "tesseract":
        words = ocr.ocr_words(image, lang="chi_sim+chi_tra+eng", psm=4)
        if not any(is_han(c) for w in words for c in w.text):
            words = ocr.ocr_words(image, lang="eng", psm=3)
    elif engine in ("tesseract-product", "routed"):
        from pipeline.pages import RawPage
        from pipeline.read import read_page
        words = read_page(RawPage(number=1, image=image, dpi=200, text_words=None), "bench").page.words
    else:
        words = ppocr.ppocr_words(image)
    return [join_words(line) for line in group_lines(words)]


def worker(engine: str, pages_file: str) -> None:
    """Runs in its own process: cold cache, one engine, prints JSON."""
    os.environ["INTAKE_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench-engines-")
    if engine.startswith("ppocr"):  # ppocr-THREADS-DETSIDE
        _, threads, side = engine.split("-")
        os.environ["INTAKE_PPOCR_THREADS"] = threads
        os.environ["INTAKE_PPOCR_DET_SIDE"] = "0" if side == "full" else side
    if engine == "routed":
        os.environ["INTAKE_PAGE_ENGINE"] = "routed"
    pages = pickle.loads(Path(pages_file).read_bytes())
    _read(engine, pages[0]["image"].crop((0, 0, 400, 400)))  # load models once, outside the timing
    rows = []
    for p in pages:
        t = time.time()
        read = _read(engine, p["image"])
        rows.append({"kind": p["kind"], "seconds": time.time() - t, **_score(p["lines"], read)})
    print(json.dumps({"rows": rows, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engines", nargs="+", choices=list(ENGINES), default=list(ENGINES), help="engines to compare")
    ap.add_argument("--worker", nargs=2, metavar=("ENGINE", "PAGES"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(*a.worker)
        return 0
    pages = _pages()
    pages_file = Path(tempfile.mkdtemp()) / "pages.pkl"
    pages_file.write_bytes(pickle.dumps(pages))
    results = {}
    engines = {e: ENGINES[e] for e in a.engines}
    for engine in engines:
        run = subprocess.run([sys.executable, __file__, "--worker", engine, str(pages_file)], capture_output=True, text=True,
                             env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        if run.returncode:
            print(run.stderr[-2000:])
            return 1
        results[engine] = json.loads(run.stdout.strip().splitlines()[-1])
    kinds = list(dict.fromkeys(p["kind"] for p in pages))
    print("| kind of page | " + " | ".join(engines) + " |\n|---|" + "---|" * len(engines))

    def cell(engine: str, kind: str, part: str) -> str:
        rows = [r for r in results[engine]["rows"] if r["kind"] == kind]
        right, total = sum(r[part][0] for r in rows), sum(r[part][1] for r in rows)
        secs = sorted(r["seconds"] for r in rows)[len(rows) // 2]
        return f"{right / total:.1%} ({secs:.1f} s)" if total else "-"
    for kind in kinds:
        print(f"| {kind} | " + " | ".join(cell(e, kind, "print") for e in engines) + " |")
        if any(r["chop"][1] for r in next(iter(results.values()))["rows"] if r["kind"] == kind):
            print(f"| {kind}: lines under the chop | " + " | ".join(cell(e, kind, "chop") for e in engines) + " |")
    for engine in engines:
        rows = results[engine]["rows"]
        right = sum(r["print"][0] + r["chop"][0] for r in rows)
        total = sum(r["print"][1] + r["chop"][1] for r in rows)
        secs = sorted(r["seconds"] for r in rows)
        print(f"{engine}: {ENGINES[engine]}: characters {right / total:.1%} over {len(rows)} pages, median "
              f"{secs[len(secs) // 2]:.2f} s a page, total {sum(secs):.0f} s, peak RSS {results[engine]['rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
