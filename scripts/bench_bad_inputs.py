"""The bad-input corpus (#31) through `intake process`, as a user runs it: one batch over every
kind (its outcome beside the one wanted, the batch's time and peak RSS), then each kind that
is about size alone in a batch of its own, so its peak memory is its own.

    .venv/bin/python scripts/bench_bad_inputs.py [--prefect]

Prints a Markdown table for docs/BENCHMARKS.md."""
from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sample_docs.bad_inputs import BadInput, build_corpus, matches, outcome, page_png, pdf_pages  # noqa: E402

SIZE_KINDS = ("pdf-2000-pages", "tiff-300-frames", "pdf-dense-text", "pdf-poster-pages", "four-copies")


def _long_report(folder: Path) -> None:
    (folder / "report.pdf").write_bytes(pdf_pages(200, lines=40, words=14))


def _long_scan(folder: Path) -> None:
    import io

    from PIL import Image
    pages = [Image.open(io.BytesIO(page_png(f"Page {k + 1} of a scanned annual report"))).resize((1654, 551))
             for k in range(30)]
    pages[0].save(folder / "scan.pdf", "PDF", save_all=True, append_images=pages[1:], resolution=200)


# Large but within the budget: read whole, in the memory of a few pages.
ACCEPTED = [BadInput("report-200-pages", "a 200-page text report (within the budget)", _long_report, "report.pdf:"),
            BadInput("scan-30-pages", "a 30-page scanned PDF (within the budget)", _long_scan, "scan.pdf:")]


def run_batch(inbox: Path, out: Path, cache: Path, prefect: bool) -> tuple[int, float, float]:
    """(exit code, seconds, peak RSS in MiB) of one `intake process` in a child process."""
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 and shutil.which("setpriv") else []
    cmd = drop + [sys.executable, "-m", "flows.cli", "process", str(inbox), "--out", str(out)]
    if not prefect:
        cmd.append("--no-prefect")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.time()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "INTAKE_CACHE_DIR": str(cache), "PREFECT_HOME": str(cache.parent / "prefect")})
    seconds = time.time() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode:
        print(done.stderr[-3000:], file=sys.stderr)
    # ru_maxrss of children is the largest child so far: a later, smaller batch reports the earlier
    # peak, so each batch runs in its own helper process (see main).
    return done.returncode, seconds, max(before, peak) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prefect", action="store_true", help="run the batches as the Prefect flow (default --no-prefect)")
    ap.add_argument("--one", nargs=2, metavar=("INBOX", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:  # a helper: one batch, its figures on stdout
        code, seconds, peak = run_batch(Path(args.one[0]), Path(args.one[1]), Path(args.one[1]).parent / "cache", args.prefect)
        print(code, f"{seconds:.1f}", f"{peak:.0f}")
        return
    with tempfile.TemporaryDirectory(prefix="bench-bad-") as tmp:
        base = Path(tmp)
        corpus = build_corpus(base / "inbox")
        old = time.time() - 3600
        for bad in ACCEPTED:
            (base / "inbox" / bad.case).mkdir()
            bad.build(base / "inbox" / bad.case)
            for p in [base / "inbox" / bad.case, *(base / "inbox" / bad.case).iterdir()]:
                os.utime(p, (old, old))
        corpus += ACCEPTED

        def batch(inbox: Path, out: Path) -> tuple[str, str, str]:
            helper = [sys.executable, __file__, "--one", str(inbox), str(out)] + (["--prefect"] if args.prefect else [])
            code, seconds, peak = subprocess.run(helper, stdout=subprocess.PIPE, text=True, check=True).stdout.split()
            if code != "0":
                raise SystemExit(f"intake process failed on {inbox} (exit {code}); its output is above")
            return code, seconds, peak

        code, seconds, peak = batch(base / "inbox", base / "out")
        with open(base / "out" / "batch_summary.csv", encoding="utf-8") as f:
            summary = {row["case_id"]: row for row in csv.DictReader(f)}
        alone = {}
        for kind in SIZE_KINDS + tuple(b.case for b in ACCEPTED):
            solo = base / f"solo-{kind}"
            (solo / "inbox").mkdir(parents=True)
            shutil.copytree(base / "inbox" / kind, solo / "inbox" / kind, symlinks=True)
            alone[kind] = batch(solo / "inbox", solo / "out")
        print(f"Whole corpus, one batch ({'Prefect flow' if args.prefect else '--no-prefect'}): exit {code}, "
              f"{len(summary)} rows in the summary for {len(corpus)} folders, {seconds} s, peak RSS {peak} MiB\n")
        print("| kind | wanted | got | right | alone: s / peak RSS |")
        print("|---|---|---|---|---|")
        right = 0
        for bad in corpus:
            got = outcome(base / "out", bad, summary)
            ok = matches(bad.expect, got)
            right += ok
            solo_figures = f"{alone[bad.case][1]} s / {alone[bad.case][2]} MiB" if bad.case in alone else ""
            print(f"| {bad.what} | `{bad.expect}` | `{got}` | {'yes' if ok else 'NO'} | {solo_figures} |")
        print(f"\n{right} of {len(corpus)} kinds get the outcome wanted.")


if __name__ == "__main__":
    main()
