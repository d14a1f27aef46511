"""Walk an inbox, decide which case folders are ready, and describe every file by its bytes.
Nothing here writes to the inbox."""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import EmptyFile, InputError, LinkOutsideCase, TooLarge, UndecodableName, UnsupportedFormat

# Files an uploader leaves while it is still writing; their presence means "not ready".
PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".tmp", ".upload", ".filepart")
UPLOAD_MARKER = ".uploading"
# A case folder touched more recently than this is assumed to be still arriving.
SETTLE_SECONDS = 5.0

MAX_FILE_BYTES = 200 * 1024 * 1024

MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)
IMAGE_FORMATS = {"jpeg", "png", "tiff", "gif", "bmp", "webp"}
EXPECTED_SUFFIX = {"pdf": {".pdf"}, "jpeg": {".jpg", ".jpeg", ".jpe"}, "png": {".png"},
                   "tiff": {".tif", ".tiff"}, "gif": {".gif"}, "bmp": {".bmp"}, "webp": {".webp"}}


@dataclass
class InputFile:
    """One file of a case as found on disk. `error` is set when it cannot be read at all."""
    name: str  # path relative to the case folder, printable
    path: Path
    sha256: str = ""
    size: int = 0
    format: str = ""  # from the bytes: pdf, jpeg, png, tiff, ...
    warnings: list[str] = field(default_factory=list)
    error: InputError | None = None


@dataclass
class CaseFolder:
    case_id: str
    path: Path
    files: list[InputFile]
    settings: dict


def sniff_format(head: bytes) -> str:
    for magic, fmt in MAGIC:
        if head.startswith(magic):
            return fmt
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    # Some producers put junk before %PDF-; readers accept it within the first KiB.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    return ""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def printable_name(rel: bytes) -> tuple[str, bool]:
    """The relative name as text; False when it was not valid UTF-8 (shown with escapes)."""
    try:
        return rel.decode("utf-8"), True
    except UnicodeDecodeError:
        return rel.decode("utf-8", errors="backslashreplace"), False


def describe_file(case_dir: Path, path: Path) -> InputFile:
    rel_bytes = os.fsencode(path.relative_to(case_dir))
    name, name_ok = printable_name(rel_bytes)
    item = InputFile(name=name, path=path)
    if not name_ok:
        item.warnings.append(UndecodableName(f"file name is not valid UTF-8: {name}").message)
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        item.error = LinkOutsideCase(f"link cannot be followed: {exc}")
        return item
    if path.is_symlink() or real != path.absolute():
        if not real.is_relative_to(case_dir.resolve()):
            item.error = LinkOutsideCase(
                "symbolic link points outside the case folder; it was not read. "
                "Upload the file itself.")
            return item
    item.size = real.stat().st_size
    if item.size == 0:
        item.error = EmptyFile("file is empty (0 bytes); upload it again")
        return item
    if item.size > MAX_FILE_BYTES:
        item.error = TooLarge(f"file is {item.size // (1024 * 1024)} MiB, over the "
                              f"{MAX_FILE_BYTES // (1024 * 1024)} MiB limit")
        return item
    item.sha256 = sha256_file(real)
    with open(real, "rb") as f:
        item.format = sniff_format(f.read(2048))
    if not item.format:
        item.error = UnsupportedFormat("not a PDF or an image this product reads "
                                       "(PDF, JPEG, PNG, TIFF, GIF, BMP, WebP)")
        return item
    suffix = path.suffix.lower()
    if suffix and suffix not in EXPECTED_SUFFIX.get(item.format, set()):
        item.warnings.append(f"named {suffix} but the content is {item.format.upper()}; "
                             "read as " + item.format.upper())
    return item


def is_still_uploading(case_dir: Path, now: float | None = None) -> str | None:
    """Why the folder looks half-uploaded, or None when it looks settled."""
    now = time.time() if now is None else now
    if (case_dir / UPLOAD_MARKER).exists():
        return f"marker file {UPLOAD_MARKER} present"
    newest = 0.0
    for root, _dirs, names in os.walk(case_dir):
        for n in names:
            if n.lower().endswith(PARTIAL_SUFFIXES):
                return f"partial upload file {n!r} present"
            try:
                newest = max(newest, os.lstat(os.path.join(root, n)).st_mtime)
            except OSError:
                continue
    if newest and now - newest < SETTLE_SECONDS:
        return f"a file changed {now - newest:.1f}s ago (waiting {SETTLE_SECONDS:.0f}s for uploads to settle)"
    return None


def read_case_settings(case_dir: Path) -> dict:
    path = case_dir / "case.yaml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError("case.yaml must be a mapping")
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}


def scan_case(case_dir: Path) -> CaseFolder:
    files: list[InputFile] = []
    for root, dirs, names in os.walk(case_dir, followlinks=False):
        dirs.sort()
        # Links to folders are listed as dirs by os.walk; treat them as files to report on.
        for d in list(dirs):
            if os.path.islink(os.path.join(root, d)):
                dirs.remove(d)
                names.append(d)
        for n in sorted(names):
            if n in ("case.yaml", UPLOAD_MARKER) and Path(root) == case_dir or n.startswith("."):
                continue
            files.append(describe_file(case_dir, Path(root) / n))
    files.sort(key=lambda f: f.name)
    try:
        settings = read_case_settings(case_dir)
    except (ValueError, yaml.YAMLError) as exc:
        settings = {"_error": f"case.yaml unreadable: {exc}"}
    return CaseFolder(case_id=case_dir.name, path=case_dir, files=files, settings=settings)


def list_cases(inbox: Path) -> list[Path]:
    return sorted(p for p in inbox.iterdir() if p.is_dir() and not p.name.startswith("."))
