"""SPEC §8: each bad file gets a specific error in the report, the case goes on, nothing in
the inbox changes. Real broken files from ../shared/external where they exist."""
import hashlib
import os
import shutil
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from flows.run import process_case
from pipeline.ingest import scan_case
from tests.conftest import external


def _png(width: int, height: int) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def _tree_digest(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() else "link")
            for p in sorted(folder.rglob("*"))}


@pytest.fixture()
def bad_case(tmp_path):
    case = tmp_path / "inbox" / "case-bad"
    case.mkdir(parents=True)
    (case / "empty.pdf").write_bytes(b"")
    good_pdf = external("pdfs", "pdfplumber_tests", "issue-71-duplicate-chars.pdf").read_bytes()
    (case / "truncated.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    shutil.copy(external("pdfs", "pdfplumber_tests", "password-example.pdf"), case / "locked.pdf")
    Image.new("RGB", (400, 300), "white").save(case / "really-a-jpeg.pdf", "JPEG")
    (case / "bomb.png").write_bytes(_png(30000, 30000))
    (case / "zero.png").write_bytes(_png(0, 0))
    secret = tmp_path / "secret.txt"
    secret.write_text("outside")
    os.symlink(secret, case / "link.pdf")
    (case / os.fsdecode(b"scan\xff\xfe.jpg")).write_bytes(Image.new("RGB", (10, 10)).tobytes()[:0] or b"")
    shutil.copy(external("ocr_scans", "tesseract_test", "phototest.tif"), case / "good.tif")
    old = time.time() - 3600
    for p in case.iterdir():
        os.utime(p, (old, old), follow_symlinks=False)
    return case


def test_each_bad_file_gets_its_own_error_and_the_case_goes_on(bad_case, tmp_path):
    before = _tree_digest(bad_case)
    summary = process_case(bad_case, tmp_path / "out", as_of="2026-01-01")
    assert summary.status == "incomplete"
    import json
    report = json.loads((tmp_path / "out" / "case-bad" / "report.json").read_text())
    errors = {d["file"]: [e["code"] for e in d["errors"]] for d in report["documents"]}
    assert errors["empty.pdf"] == ["empty_file"]
    assert errors["truncated.pdf"] == ["corrupt_file"]
    assert errors["locked.pdf"] == ["encrypted_pdf"]
    assert errors["bomb.png"] == ["decompression_bomb"]
    assert errors["zero.png"][0] in ("empty_image", "corrupt_file")
    assert errors["link.pdf"] == ["link_outside_case"]
    # mislabelled: read by its content, with a warning that says so
    assert "warning" in errors["really-a-jpeg.pdf"]
    assert any(name.startswith("scan") and "empty_file" in codes for name, codes in errors.items())
    good = next(d for d in report["documents"] if d["file"] == "good.tif")
    assert good["errors"] == [] and good["pages"] == [1]
    assert _tree_digest(bad_case) == before, "the inbox must not change"


def test_undecodable_name_is_reported_printably(bad_case):
    files = scan_case(bad_case).files
    odd = [f for f in files if f.name.startswith("scan")]
    assert odd and "\\x" in odd[0].name and any("UTF-8" in w for w in odd[0].warnings)


def test_folder_still_uploading_is_skipped(tmp_path):
    case = tmp_path / "inbox" / "arriving"
    case.mkdir(parents=True)
    (case / "passport.jpg.part").write_bytes(b"\xff\xd8\xff")
    summary = process_case(case, tmp_path / "out")
    assert summary.status == "skipped" and "still uploading" in summary.note
    assert not (tmp_path / "out" / "arriving").exists()


def test_pdfs_rendered_from_several_threads_at_once_do_not_crash():
    # PDFium is not thread-safe; without pages.PDFIUM_LOCK this run dies of a segfault in
    # most runs. A subprocess, so that a crash fails this test instead of ending the suite.
    import subprocess
    import sys
    folder = external("pdfs", "pdfplumber_tests")
    script = f"""
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from pipeline.fingerprint import pdf_traces
from pipeline.ingest import describe_file
from pipeline.pages import load_pages
paths = sorted(Path({str(folder)!r}).glob("*.pdf")) * 3
def one(path):
    pdf_traces(path)
    try:
        return len(load_pages(describe_file(path.parent, path)))
    except Exception:  # the encrypted and malformed files of the set
        return 0
with ThreadPoolExecutor(4) as pool:
    print(sum(pool.map(one, paths)))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) >= 30
