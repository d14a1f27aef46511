"""A corpus of uploads gone wrong (#31), made in a few lines each rather than kept as binaries:
one case folder per kind, each with the outcome the batch must give it. Used by
tests/test_bad_inputs.py and scripts/bench_bad_inputs.py (the table in docs/BENCHMARKS.md)."""
from __future__ import annotations

import io
import os
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class BadInput:
    case: str  # the case folder's name in the inbox
    what: str  # the kind of bad input, as a user would describe it
    build: Callable[[Path], None]  # fills the case folder
    expect: str  # "failed:<code>", "skipped", or "<file>:<error code>" in a processed case


def page_png(text: str = "Company Profile") -> bytes:
    """A small page with a line of print: enough for OCR to have something, fast to read."""
    image = Image.new("RGB", (900, 300), "white")
    ImageDraw.Draw(image).text((40, 120), text, fill="black", font_size=40)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def pdf_pages(pages: int, size: tuple[float, float] = A4, lines: int = 1, words: int = 8) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, pageCompression=1)
    for p in range(pages):
        c.setFont("Helvetica", 6 if lines > 1 else 12)
        for k in range(lines):
            c.drawString(20, size[1] - 30 - 7 * k, " ".join(f"word{(p + k + j) % 97}" for j in range(words)))
        c.showPage()
    c.save()
    return buf.getvalue()


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _good(folder: Path) -> None:
    _write(folder, "profile.png", page_png())


def _link_to_folder(folder: Path) -> None:
    _good(folder)
    _write(folder, "sub/letter.png", page_png("Letter"))
    os.symlink("sub", folder / "linkdir")


def _self_link(folder: Path) -> None:
    _good(folder)
    os.symlink(".", folder / "self")


def _case_yaml(text: str | bytes) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        _good(folder)
        _write(folder, "case.yaml", text.encode() if isinstance(text, str) else text)
    return build


def _case_yaml_link(folder: Path) -> None:
    _good(folder)
    _write(folder.parent.parent, "elsewhere.yaml", b"as_of: 2026-01-01\n")
    os.symlink(folder.parent.parent / "elsewhere.yaml", folder / "case.yaml")


def _unreadable(folder: Path) -> None:
    _good(folder)
    os.chmod(_write(folder, "locked.png", page_png("Locked")), 0)


def _unreadable_folder(folder: Path) -> None:
    _good(folder)
    _write(folder, "scans/letter.png", page_png("Letter"))
    os.chmod(folder / "scans", 0)


def _zip_named_pdf(folder: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("a.pdf", pdf_pages(1))
        z.writestr("b.pdf", pdf_pages(1))
    _write(folder, "bundle.pdf", buf.getvalue())


def _dot_file(folder: Path) -> None:
    _write(folder, ".scan.png", page_png("Hidden scan"))
    _write(folder, ".DS_Store", b"\x00\x00\x00\x01Bud1")


def _many_pages(folder: Path) -> None:
    _write(folder, "long.pdf", pdf_pages(2000))


def _many_frames(folder: Path) -> None:
    frames = [Image.new("L", (64, 64), 255) for _ in range(300)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    _write(folder, "frames.tif", buf.getvalue())


def _dense_text(folder: Path) -> None:
    _write(folder, "dense.pdf", pdf_pages(100, lines=110, words=34))


def _huge_pages(folder: Path) -> None:
    _write(folder, "poster.pdf", pdf_pages(200, size=(2780, 2780)))


def _tiff_without_frames(folder: Path) -> None:
    # A TIFF header whose first directory is at offset 0: no image at all.
    _write(folder, "none.tif", b"II*\x00" + struct.pack("<I", 0) + b"\x00" * 64)


def _png_width_zero(folder: Path) -> None:
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 0, 40, 8, 0, 0, 0, 0)
    _write(folder, "zero.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


def _four_copies(folder: Path) -> None:
    data = page_png("Same scan")
    for k in range(4):
        _write(folder, f"copy{k}.png", data)


CORPUS = [
    BadInput("link-to-folder", "a link to a folder inside the case (ln -s sub linkdir)", _link_to_folder,
             "linkdir:link_to_folder"),
    BadInput("self-link", "a link to the case folder itself (self -> .)", _self_link, "self:link_to_folder"),
    BadInput("as-of-in-words", "case.yaml as_of: next tuesday", _case_yaml("as_of: next tuesday\n"),
             "failed:bad_case_settings"),
    BadInput("scheme-unknown", "case.yaml scheme: QMAS", _case_yaml("scheme: QMAS\n"), "failed:bad_case_settings"),
    BadInput("scheme-as-path", "case.yaml scheme: ../data/thresholds", _case_yaml("scheme: ../data/thresholds\n"),
             "failed:bad_case_settings"),
    BadInput("unreadable-file", "a file the service account may not read", _unreadable, "locked.png:unreadable_file"),
    BadInput("unreadable-folder", "a folder in the case the service account may not list", _unreadable_folder,
             "scans:unreadable_file"),
    BadInput("yaml-broken", "case.yaml that is not YAML", _case_yaml("as_of: [2026\n"), "failed:bad_case_settings"),
    BadInput("yaml-impossible-date", "case.yaml as_of: 2026-13-45", _case_yaml("as_of: 2026-13-45\n"),
             "failed:bad_case_settings"),
    BadInput("yaml-python-tag", "case.yaml with a !!python/object tag",
             _case_yaml("as_of: !!python/object/apply:os.system ['true']\n"), "failed:bad_case_settings"),
    BadInput("yaml-not-mapping", "case.yaml that is a list", _case_yaml("- as_of\n- 2026-01-01\n"),
             "failed:bad_case_settings"),
    BadInput("yaml-not-utf8", "case.yaml in GBK", _case_yaml("notes: 申请\n".encode("gbk")), "failed:bad_case_settings"),
    BadInput("dependants-negative", "case.yaml dependants: -3", _case_yaml("dependants: -3\n"), "failed:bad_case_settings"),
    BadInput("dependants-in-words", "case.yaml dependants: two", _case_yaml("dependants: two\n"), "failed:bad_case_settings"),
    BadInput("yaml-unknown-key", "case.yaml with a misspelt key (as-of)", _case_yaml("as-of: 2026-01-01\n"),
             "failed:bad_case_settings"),
    BadInput("yaml-is-link", "case.yaml as a link to a file elsewhere", _case_yaml_link, "failed:bad_case_settings"),
    BadInput(".hidden-case", "a case folder whose name starts with '.'", _good, "skipped"),
    BadInput("zip-named-pdf", "an uncompressed ZIP of two PDFs renamed .pdf", _zip_named_pdf, "bundle.pdf:archive"),
    BadInput("dot-files", "a scan whose name starts with '.', and a .DS_Store", _dot_file, ".scan.png:warning"),
    BadInput("pdf-2000-pages", "a PDF of 2,000 pages", _many_pages, "long.pdf:too_many_pages"),
    BadInput("tiff-300-frames", "a TIFF of 300 frames", _many_frames, "frames.tif:too_many_pages"),
    BadInput("pdf-dense-text", "a PDF of 100 pages of dense text", _dense_text, "dense.pdf:too_much_text"),
    BadInput("pdf-poster-pages", "a small PDF of 200 pages at 2,780 pt", _huge_pages, "poster.pdf:too_large"),
    BadInput("tiff-no-frames", "a TIFF with no frames", _tiff_without_frames, "none.tif:corrupt_file"),
    BadInput("png-width-zero", "a PNG of width 0", _png_width_zero, "zero.png:corrupt_file"),
    BadInput("four-copies", "four copies of one scan, read at once", _four_copies, "copy0.png:"),
]


def build_corpus(inbox: Path, outside: Path | None = None) -> list[BadInput]:
    """Every kind in its own case folder under `inbox`, plus a case folder that is a link to a
    folder outside the inbox (`outside`, made if missing). File times are set an hour back,
    so no case looks still uploading."""
    import time
    inbox.mkdir(parents=True, exist_ok=True)
    for bad in CORPUS:
        folder = inbox / bad.case
        folder.mkdir()
        bad.build(folder)
    elsewhere = outside or inbox.parent / "elsewhere-case"
    elsewhere.mkdir(exist_ok=True)
    _good(elsewhere)
    os.symlink(elsewhere, inbox / "linked-case")
    _write(inbox, "stray-scan.png", page_png("A scan left outside any case"))
    old = time.time() - 3600
    for root, dirs, files in os.walk(inbox):
        for n in dirs + files:
            os.utime(os.path.join(root, n), (old, old), follow_symlinks=False)
    return CORPUS + [BadInput("linked-case", "a case folder that is a link to a folder outside the inbox",
                              _good, "failed:link_outside_inbox"),
                     BadInput("stray-scan.png", "a file put in the inbox itself, outside any case folder", _good, "skipped")]


def outcome(out: Path, bad: BadInput, summary: dict[str, dict]) -> str:
    """What the batch did with the case, in the form of `BadInput.expect`."""
    import json
    row = summary.get(bad.case)
    if row is None:
        return "missing from the summary"
    if row["status"] in ("failed", "skipped"):
        return f"{row['status']}:{row['note'].split(':')[0]}" if row["status"] == "failed" else "skipped"
    want = bad.expect.split(":")[0]
    report = json.loads((out / bad.case / "report.json").read_text(encoding="utf-8"))
    codes = {d["file"]: [e["code"] for e in d["errors"]] for d in report["documents"]}
    if want not in codes:
        return f"{want} not in the report"
    return f"{want}:{','.join(codes[want])}"


def matches(expect: str, got: str) -> bool:
    """'locked.png:unreadable_file' matches a file with that error among others; 'copy0.png:'
    a file read without an error."""
    if expect.endswith(":") or ":" not in got or got.startswith(("failed", "skipped")):
        return got == expect
    name, code = expect.split(":", 1)
    return got.startswith(name + ":") and code in got.split(":", 1)[1].split(",")
