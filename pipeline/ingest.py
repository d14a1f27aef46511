"""Walk an inbox, decide which case folders are ready, and describe every file by its bytes.
Nothing here writes to the inbox."""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from .case_settings import CaseSettingsError, read_case_settings
from .errors import (
    Archive,
    EmptyFile,
    InputError,
    LinkOutsideCase,
    LinkToFolder,
    NotAFile,
    SystemFile,
    TooLarge,
    UndecodableName,
    Unreadable,
    UnsupportedFormat,
    plain_message,
)

# Files an uploader leaves while it is still writing; their presence means "not ready".
PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".tmp", ".upload", ".filepart")
UPLOAD_MARKER = ".uploading"
# A case folder touched more recently than this is assumed to be still arriving.
SETTLE_SECONDS = 5.0

MAX_FILE_BYTES = 200 * 1024 * 1024
EMPTY = "file is empty (0 bytes); upload it again"
NOT_READ = "not a PDF or an image this product reads (PDF, JPEG, PNG, TIFF, GIF, BMP, WebP)"

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
# Archives and compressed files are refused by their bytes, before a PDF signature that an
# uncompressed ZIP of PDFs carries inside it can make one look like a PDF.
ARCHIVES = ((b"PK\x03\x04", "ZIP"), (b"PK\x05\x06", "ZIP"), (b"Rar!\x1a\x07", "RAR"),
            (b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"\x1f\x8b", "gzip"))
# Files an operating system leaves in folders; they are listed in the report, not read.
SYSTEM_FILES = {".ds_store", "thumbs.db", "desktop.ini", ".localized", ".directory"}
IMAGE_FORMATS = {"jpeg", "png", "tiff", "gif", "bmp", "webp"}
EXPECTED_SUFFIX = {"pdf": {".pdf"}, "jpeg": {".jpg", ".jpeg", ".jpe"}, "png": {".png"},
                   "tiff": {".tif", ".tiff"}, "gif": {".gif"}, "bmp": {".bmp"}, "webp": {".webp"}}


@dataclass
class InputFile:
    """One file of a case as found on disk. `error` is set when it cannot be read at all."""
    name: str  # path relative to the case folder, printable
    path: Path
    sha256: str = ""  # of the bytes read (ingest.snapshot), set when the file is analysed
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
    settings_error: str = ""  # case.yaml could not be used: the case fails with this message


def archive_kind(head: bytes) -> str:
    return next((kind for magic, kind in ARCHIVES if head.startswith(magic)), "")


def sniff_format(head: bytes) -> str:
    if archive_kind(head):
        return ""
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
    """What the file is, from its first bytes; `error` says why it cannot be read at all."""
    rel_bytes = os.fsencode(path.relative_to(case_dir))
    name, name_ok = printable_name(rel_bytes)
    item = InputFile(name=name, path=path)
    if not name_ok:
        item.warnings.append(UndecodableName(f"file name is not valid UTF-8: {name}").message)
    item.error = _why_unreadable(case_dir, path, item)
    if item.error is None and path.name.startswith("."):
        item.warnings.append("hidden file (its name starts with '.'); read like the others")
    return item


def _why_unreadable(case_dir: Path, path: Path, item: InputFile) -> InputError | None:
    if path.name.lower() in SYSTEM_FILES or path.name.startswith("._"):
        return SystemFile("a file the operating system keeps about the folder, not a document; not read")
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        return LinkOutsideCase(f"link cannot be followed: {plain_message(exc)}")
    if path.is_symlink() or real != path.absolute():
        if not real.is_relative_to(case_dir.resolve()):
            return LinkOutsideCase("symbolic link points outside the case folder; it was not read. "
                                   "Upload the file itself.")
    if real.is_dir():
        return LinkToFolder("a link to a folder; the files inside the case folder are read where they are, "
                            "not again through the link")
    if not real.is_file():
        return NotAFile("not a regular file (a pipe, socket or device); upload the document itself")
    try:
        item.size = real.stat().st_size
        with open(real, "rb") as f:
            head = f.read(2048)
    except OSError as exc:
        return _unreadable(exc)
    if item.size == 0:
        return EmptyFile(EMPTY)
    if item.size > MAX_FILE_BYTES:
        return TooLarge(f"file is {item.size // (1024 * 1024)} MiB, over the {MAX_FILE_BYTES // (1024 * 1024)} MiB limit")
    archive = archive_kind(head)
    if archive:
        return Archive(f"a {archive} archive, whatever its name says; unpack it and upload the files inside")
    item.format = sniff_format(head)
    if not item.format:
        return UnsupportedFormat(NOT_READ)
    suffix = path.suffix.lower()
    if suffix and suffix not in EXPECTED_SUFFIX.get(item.format, set()):
        item.warnings.append(f"named {suffix} but the content is {item.format.upper()}; read as " + item.format.upper())
    return None


def _unreadable(exc: OSError) -> Unreadable:
    if isinstance(exc, PermissionError):
        return Unreadable("this service may not read the file (permission denied); make it readable "
                          "and the case is read again on the next run")
    return Unreadable(f"the file cannot be read: {plain_message(exc)}")


def snapshot(item: InputFile, folder: Path) -> Path:
    """A private copy of the file's bytes, hashed as they are copied: what is analysed is what
    the report's sha256 names, even if the upload is replaced meanwhile."""
    copy = folder / ("input" + (item.path.suffix.lower() if item.path.suffix.isascii() else ""))
    h = hashlib.sha256()
    try:
        with open(item.path.resolve(), "rb") as src, open(copy, "wb") as dst:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                h.update(chunk)
                dst.write(chunk)
    except OSError as exc:
        raise _unreadable(exc) from exc
    item.sha256, item.size = h.hexdigest(), copy.stat().st_size
    if item.size == 0:
        raise EmptyFile(EMPTY)
    with open(copy, "rb") as f:
        head = f.read(2048)
    item.format = sniff_format(head)  # again: the file may have been replaced since it was listed
    if not item.format:
        raise UnsupportedFormat(NOT_READ)
    return copy


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


def scan_case(case_dir: Path) -> CaseFolder:
    files: list[InputFile] = []

    def unlisted(exc: OSError) -> None:
        # A folder that cannot be listed is reported, not passed over: its files would be lost.
        where = Path(exc.filename) if exc.filename else case_dir
        rel = printable_name(os.fsencode(where.relative_to(case_dir)))[0] if where != case_dir else "."
        files.append(InputFile(name=rel, path=where, error=Unreadable(
            f"this folder cannot be listed ({exc.strerror or type(exc).__name__}); make it readable "
            "and the case is read again on the next run")))

    for root, dirs, names in os.walk(case_dir, followlinks=False, onerror=unlisted):
        dirs.sort()
        # Links to folders are listed as dirs by os.walk; treat them as files to report on.
        for d in list(dirs):
            if os.path.islink(os.path.join(root, d)):
                dirs.remove(d)
                names.append(d)
        for n in sorted(names):
            if n in ("case.yaml", UPLOAD_MARKER) and Path(root) == case_dir:
                continue
            files.append(describe_file(case_dir, Path(root) / n))
    files.sort(key=lambda f: f.name)
    try:
        settings, error = read_case_settings(case_dir), ""
    except CaseSettingsError as exc:
        settings, error = {}, str(exc)
    return CaseFolder(case_id=case_dir.name, path=case_dir, files=files, settings=settings, settings_error=error)


def stray_files(inbox: Path) -> list[str]:
    """Files put in the inbox itself, outside any case folder: no case can claim them, so the
    batch lists them rather than passing over them."""
    return sorted(p.name for p in inbox.iterdir() if not p.is_dir() and p.name.lower() not in SYSTEM_FILES
                  and not p.name.startswith("._"))


def list_cases(inbox: Path) -> list[Path]:
    """Every folder of the inbox, hidden ones and links included: the batch says what it did
    with each (flows.run.process_case), rather than passing over some in silence."""
    return sorted(p for p in inbox.iterdir() if p.is_dir())
