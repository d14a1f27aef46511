import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.pgserver import NoPostgres, free_port, throwaway_postgres  # noqa: F401  (free_port: for tests)

_tmp = Path(tempfile.mkdtemp(prefix="intake-tests-"))
atexit.register(shutil.rmtree, _tmp, True)
os.environ.setdefault("PREFECT_HOME", str(_tmp / "prefect"))
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("INTAKE_CACHE_DIR", str(_tmp / "ocr-cache"))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "external"
SAMPLES = ROOT / "sample_docs" / "inbox"
CLEAN = "case-2026-01"  # a sample case with nothing wrong


def part_of_case(case: str, dest: Path, files: int = 4) -> Path:
    """The sample `case` copied to dest/case with its case.yaml and only its first `files` files:
    for tests of running cases (leases, kills, runs at once), where a case only has to take a while
    to read. Copies keep their old mtimes: no upload to wait for."""
    (dest / case).mkdir(parents=True)
    papers = sorted(p for p in (SAMPLES / case).iterdir() if p.name != "case.yaml")
    for p in [SAMPLES / case / "case.yaml", *papers[:files]]:
        if p.exists():
            shutil.copy2(p, dest / case / p.name)
    return dest / case


def read_each_as_uploaded(drawn: Path, names: list[str], work: Path) -> dict[str, dict]:
    """Each drawn file uploaded as a case of its own and read by `intake process`, as a user would;
    the report's document for each file, by name."""
    import json
    import subprocess
    import sys
    import time
    for n, name in enumerate(names):
        case = work / "inbox" / f"case-{n}"
        case.mkdir(parents=True)
        shutil.copy(drawn / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))  # an upload finished a minute ago
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(work / "inbox"), "--out", str(work / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    out = {}
    for n, name in enumerate(names):
        report = json.loads((work / "out" / f"case-{n}" / "report.json").read_text(encoding="utf-8"))
        out[name] = next(d for d in report["documents"] if d["file"] == name)
    return out


def read_as_one_case(drawn: Path, names: list[str], work: Path) -> dict:
    """The drawn files uploaded together as one case and read by `intake process`; the case's report."""
    import json
    import subprocess
    import sys
    import time
    case = work / "inbox" / "case"
    case.mkdir(parents=True)
    for name in names:
        shutil.copy(drawn / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))  # an upload finished a minute ago
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(work / "inbox"), "--out", str(work / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    return json.loads((case.parent.parent / "out" / "case" / "report.json").read_text(encoding="utf-8"))


def misread(forms: dict[str, dict], docs: dict[str, dict]) -> dict[str, tuple]:
    """Per file read wrong, (got, want) of its type and fields, values as the generator's scorer
    compares them."""
    from sample_docs.generator.evaluate import norm
    out = {}
    for name, doc in docs.items():
        want = {k: norm(v) for k, v in forms[name]["fields"].items()} | {"type": forms[name]["type"]}
        got = {k: norm(doc["fields"].get(k, {}).get("value")) for k in want if k != "type"} | {"type": doc["type"]}
        if got != want:
            out[name] = (got, want)
    return out


def external(*parts) -> Path:
    p = EXTERNAL.joinpath(*parts)
    if not p.exists():  # a module that loads vectors at import skips whole
        pytest.skip(f"{p} not present (../shared/external is optional)", allow_module_level=True)
    return p


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def clean_case(tmp_path_factory):
    """The clean sample case processed once: (inbox, out, summary)."""
    from flows.run import process_case
    if not (SAMPLES / CLEAN).is_dir():
        pytest.skip("sample_docs/inbox not generated")
    inbox = tmp_path_factory.mktemp("inbox")
    shutil.copytree(SAMPLES / CLEAN, inbox / CLEAN)
    out = tmp_path_factory.mktemp("out")
    summary = process_case(inbox / CLEAN, out)
    return inbox, out, summary


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL server; yields its base URL postgresql://postgres@127.0.0.1:PORT."""
    try:
        with throwaway_postgres() as url:
            yield url
    except NoPostgres as exc:
        pytest.skip(str(exc))


CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip("Debian chromium and chromium-driver are not installed: run `make test`, which installs them")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="chromium-")
    # The background-networking flags keep Chromium from calling out of a closed network.
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)
