"""Assemble the report of a case and write it atomically: report.json (byte-identical for the
same inputs, versions and as_of), report.html for a person, run.json for run-specific facts."""
from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from pipeline import ocr, ppocr, reference
from pipeline.errors import BadArguments
from pipeline.model import SCHEMA_VERSION, Report
from pipeline.read import page_engine
from validators import scheme

CODE_DIRS = ("pipeline", "extractors", "validators")
ROOT = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def code_version() -> dict[str, str]:
    """Package version and a digest of the code that decides results."""
    h = hashlib.sha256()
    for d in CODE_DIRS:
        for p in sorted((ROOT / d).rglob("*")):
            if p.is_file() and p.suffix in (".py", ".yaml", ".html") and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(ROOT)).encode())
                h.update(p.read_bytes())
    from importlib.metadata import PackageNotFoundError, version
    try:
        v = version("asmtp-intake")
    except PackageNotFoundError:
        v = "0+unknown"
    return {"version": v, "source_sha256": h.hexdigest()[:16]}


def ocr_manifest() -> dict:
    """Tesseract always (orientation, the MRZ, and pages unless another engine reads them);
    PP-OCR's package and model files when it reads the pages."""
    out = {"engine": "tesseract", "version": ocr.tesseract_version(), "languages": ocr.tessdata_versions()}
    if page_engine() != "tesseract":
        out["pages"] = {"engine": page_engine(), "version": ppocr.version()}
    return out


def manifest(inputs: list[dict]) -> dict:
    return {"schema_version": SCHEMA_VERSION, "code": code_version(), "reference_data": dict(sorted({**reference.versions(), **scheme.versions()}.items())),
            "ocr": ocr_manifest(),
            "inputs": sorted(inputs, key=lambda i: i["file"])}


def report_json(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def output_mode() -> int:
    """Mode of every file written to the output folder (INTAKE_OUTPUT_MODE, octal): readable by
    the operators' group, not by everyone, since reports and page images hold personal data."""
    raw = os.environ.get("INTAKE_OUTPUT_MODE", "0640")
    try:
        return int(raw, 8) & 0o666
    except ValueError:
        raise BadArguments(f"INTAKE_OUTPUT_MODE={raw!r} is not an octal file mode such as 0640") from None


def make_dirs(folder: Path, mode: int) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for d in reversed(missing):
        try:
            d.mkdir()
        except FileExistsError:
            continue  # another worker made it
        os.chmod(d, mode | (mode & 0o444) >> 2)  # a folder opens to whoever may read its files


def atomic_write(path: Path, data: str | bytes) -> None:
    mode = output_mode()
    make_dirs(path.parent, mode)
    # The writer's pid in the name lets a later run remove what a killed run left behind.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
            os.fchmod(f.fileno(), mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_TEMP = re.compile(r"\..+\.(\d+)\.[^.]+\.tmp")


def remove_stale_temp_files(folder: Path) -> list[str]:
    """Half-written files of runs that were killed (their process is gone), in `folder` and
    its page folder. Files of a run still going are left alone."""
    removed = []
    for d in (folder, folder / "pages"):
        if not d.is_dir():
            continue
        for p in d.iterdir():
            m = _TEMP.fullmatch(p.name)
            if m and int(m.group(1)) != os.getpid() and not alive(int(m.group(1))):
                p.unlink(missing_ok=True)
                removed.append(p.name)
    return removed


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                   autoescape=select_autoescape(["html"]))


def render_html(report: Report, pages: dict[str, list[dict]]) -> str:
    """`pages` maps a file name to its pages: number, image (relative path), width, height."""
    return _ENV.get_template("report.html").render(r=report, pages=pages)


def write_case(out_case: Path, report: Report, pages: dict[str, list[dict]], run_facts: dict) -> None:
    # report.json after the page: its presence means the report is complete. run.json, with
    # the run's fingerprint, last: a later run skips the case only when the run finished.
    atomic_write(out_case / "report.html", render_html(report, pages))
    atomic_write(out_case / "report.json", report_json(report))
    atomic_write(out_case / "run.json", json.dumps(run_facts, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
