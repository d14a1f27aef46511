"""#31: uploads gone wrong. The corpus (sample_docs/bad_inputs.py) is made in the test; the
batch runs as a user runs it (`intake process`, a real subprocess), once, and again into the
same output folder. Each kind must get its own error code on its file or case, the batch must
go on, the inbox must not change, and the same inputs must give the same bytes."""
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.case import analyse_file
from flows.report import remove_stale_temp_files
from flows.run import process_case
from pipeline import ocr
from pipeline.ingest import scan_case
from sample_docs.bad_inputs import build_corpus, matches, outcome, page_png

ROOT = Path(__file__).resolve().parent.parent


def _intake(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    # Root reads any file whatever its mode; without the two capabilities that let it, a file
    # of mode 000 is unreadable to the batch as it is to a service account.
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 and shutil.which("setpriv") else []
    return subprocess.run(drop + [sys.executable, "-m", "flows.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})})


def _inbox_state(inbox: Path) -> dict:
    state = {}
    for p in sorted(inbox.rglob("*")):
        st = os.lstat(p)
        try:
            content = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() else \
                os.readlink(p) if p.is_symlink() else ""
        except PermissionError:  # the corpus's unreadable file, when the tests do not run as root
            content = "unreadable"
        state[str(p.relative_to(inbox))] = (st.st_mode, st.st_mtime_ns, content)
    return state


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    inbox, out, cache = base / "inbox", base / "out", base / "cache"
    corpus = build_corpus(inbox)
    before = _inbox_state(inbox)
    env = {"INTAKE_CACHE_DIR": str(cache)}  # empty: the four copies race to write one entry
    first = _intake("process", str(inbox), "--out", str(out), "--no-prefect", env=env)
    reports = {p.parent.name: p.read_bytes() for p in out.glob("*/report.json")}
    second = _intake("process", str(inbox), "--out", str(out), "--no-prefect", env=env)
    return {"base": base, "inbox": inbox, "out": out, "cache": cache, "corpus": corpus, "before": before,
            "runs": (first, second), "first_reports": reports}


def _summary(out: Path) -> dict[str, dict]:
    with open(out / "batch_summary.csv", encoding="utf-8") as f:
        return {row["case_id"]: row for row in csv.DictReader(f)}


def test_every_bad_input_gets_its_own_outcome_and_the_batch_goes_on(corpus_run):
    for run in corpus_run["runs"]:
        assert run.returncode == 0, run.stderr[-3000:]
    summary = _summary(corpus_run["out"])
    wrong = {}
    for bad in corpus_run["corpus"]:
        got = outcome(corpus_run["out"], bad, summary)
        if not matches(bad.expect, got):
            wrong[bad.case] = (bad.expect, got)
    assert not wrong, wrong
    assert set(summary) == {b.case for b in corpus_run["corpus"]}, "every folder of the inbox has its row"
    for bad in corpus_run["corpus"]:
        if bad.expect.startswith("failed:"):
            error = json.loads((corpus_run["out"] / bad.case / "error.json").read_text(encoding="utf-8"))
            assert error["code"] == bad.expect.split(":")[1] and error["message"]


def test_the_inbox_is_unchanged(corpus_run):
    assert _inbox_state(corpus_run["inbox"]) == corpus_run["before"]


def test_running_again_into_the_same_output_gives_the_same_reports(corpus_run):
    now = {p.parent.name: p.read_bytes() for p in corpus_run["out"].glob("*/report.json")}
    assert now == corpus_run["first_reports"]
    assert len(now) >= 10


def test_nothing_run_specific_or_private_leaks_into_the_output(corpus_run):
    out, base = corpus_run["out"], str(corpus_run["base"])
    for p in list(out.glob("*/report.json")) + list(out.glob("*/run.json")) + list(out.glob("*/error.json")):
        text = p.read_text(encoding="utf-8")
        assert " at 0x" not in text and base not in text and "host" not in json.loads(text), p
    # one policy: outputs readable by the owner and the operators' group only; the cache private
    for p in out.rglob("*"):
        if p.name == "batch_summary.csv" or p.parent != out:
            mode = p.stat().st_mode & 0o777
            assert mode == (0o750 if p.is_dir() else 0o640), (p, oct(mode))
    cached = [p for p in corpus_run["cache"].rglob("*") if p.is_file()]
    assert cached and all(p.stat().st_mode & 0o777 == 0o600 for p in cached)
    assert corpus_run["cache"].stat().st_mode & 0o777 == 0o700


def test_the_long_and_the_dense_are_refused_before_any_page_is_read(corpus_run):
    report = json.loads((corpus_run["out"] / "pdf-2000-pages" / "report.json").read_text(encoding="utf-8"))
    error = report["documents"][0]["errors"][0]
    assert "2,000 pages" in error["message"] and report["documents"][0]["pages"] == []
    assert not (corpus_run["out"] / "pdf-2000-pages" / "pages").exists() or \
        not list((corpus_run["out"] / "pdf-2000-pages" / "pages").iterdir())


def test_a_file_replaced_while_its_case_is_read_is_hashed_as_read(tmp_path):
    case = tmp_path / "case-x"
    case.mkdir()
    (case / "scan.png").write_bytes(page_png("First upload"))
    item = scan_case(case).files[0]
    replaced = page_png("Second upload, replacing the first")
    (case / "scan.png").write_bytes(replaced)  # after the folder was listed, before it is read
    result = analyse_file(item, 0)
    assert result.sha256 == hashlib.sha256(replaced).hexdigest()
    assert "Second" in " ".join(w.text for p in result.pages for w in p.words)


def test_what_a_killed_run_left_is_cleared_and_not_compared_with(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    case = inbox / "case-a"
    case.mkdir(parents=True)
    (case / "profile.png").write_bytes(page_png())
    old = time.time() - 3600
    os.utime(case / "profile.png", (old, old))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out / "case-a" / f".report.json.{dead.pid}.x1y2z3.tmp"
    stale.parent.mkdir(parents=True)
    stale.write_text("{half")
    # a case killed after its fingerprints and before its report: the same file, no report
    ghost = out / "case-ghost"
    ghost.mkdir()
    digest = hashlib.sha256((case / "profile.png").read_bytes()).hexdigest()
    (ghost / "fingerprints.json").write_text(json.dumps({"case_id": "case-ghost", "first_seen": "",
                                                         "files": {"profile.png": digest}, "pages": []}))
    process_case(case, out, as_of="2026-11-01")
    assert not stale.exists()
    report = json.loads((out / "case-a" / "report.json").read_text(encoding="utf-8"))
    assert report["manifest"]["compared_cases"] == []
    check = next(c for c in report["checks"] if c["id"] == "integrity.duplicate_in_other_case")
    assert check["outcome"] == "not_applicable"
    live = out / "case-a" / f".report.json.{os.getpid()}.a1b2c3.tmp"
    live.write_text("{being written")
    assert remove_stale_temp_files(out / "case-a") == [] and live.exists()  # a live writer's file stays


@pytest.mark.parametrize("damage,expect", [
    (lambda r: r.pop("manifest"), "incomplete"),
    (lambda r: r.pop("checks"), "incomplete"),
    (None, "run.json is not valid JSON"),
])
def test_reverify_on_a_damaged_report_says_so_with_its_own_exit_code(corpus_run, tmp_path, damage, expect):
    past = tmp_path / "out" / "four-copies"
    shutil.copytree(corpus_run["out"] / "four-copies", past)
    if damage is None:
        (past / "run.json").write_text("{not json")
    else:
        report = json.loads((past / "report.json").read_text(encoding="utf-8"))
        damage(report)
        (past / "report.json").write_text(json.dumps(report))
    done = _intake("reverify", str(past), "--inbox-case", str(corpus_run["inbox"] / "four-copies"))
    assert done.returncode == 4, (done.returncode, done.stdout, done.stderr[-2000:])
    assert expect in done.stderr and "Traceback" not in done.stderr


def test_cache_prune_keeps_what_was_used_recently(tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_CACHE_DIR", str(tmp_path / "cache"))
    from PIL import Image
    ocr.cached("test", Image.new("RGB", (8, 8), "white"), "a", lambda: ["old"])
    ocr.cached("test", Image.new("RGB", (8, 8), "black"), "b", lambda: ["new"])
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    ancient = time.time() - 90 * 86400
    os.utime(entries[0], (ancient, ancient))
    assert ocr.prune_cache(days=30) == (1, 1)
    assert not entries[0].exists() and entries[1].exists()
    done = _intake("cache", "prune", "--days", "0", env={"INTAKE_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0 and "removed 1" in done.stderr


def test_the_prefect_flow_goes_on_past_a_case_that_fails(prefect_harness, tmp_path):
    from flows.intake import process_inbox
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    for name, yaml_text in (("case-bad", "as_of: 2026-02-30\nscheme: GEP\n"), ("case-good", "as_of: 2026-11-01\n")):
        (inbox / name).mkdir(parents=True)
        (inbox / name / "profile.png").write_bytes(page_png())
        (inbox / name / "case.yaml").write_text(yaml_text)
        old = time.time() - 3600
        for p in (inbox / name).iterdir():
            os.utime(p, (old, old))
    (inbox / "loose.png").write_bytes(page_png("Left outside the case folders"))
    results = {s.case_id: s for s in process_inbox(str(inbox), str(out))}
    assert results["case-bad"].status == "failed" and "case.yaml" in results["case-bad"].note
    assert results["case-good"].status == "incomplete" and (out / "case-good" / "report.json").is_file()
    rows = _summary(out)
    assert rows["case-bad"]["status"] == "failed"
    assert rows["loose.png"]["status"] == "skipped" and "outside any case folder" in rows["loose.png"]["note"]
