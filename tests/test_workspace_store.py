"""The workspace's record below the pages: decisions laid over a report and run through the
rules again, carried over a re-run only where their evidence held, the chain under
concurrent writers on SQLite and on a real PostgreSQL server, the auditor's re-run replaying
decisions, and people added from the command line."""
import json
import shutil
import subprocess
import sys
import threading

import httpx
import psycopg
import pytest

from flows.reverify import reverify
from flows.workspace import auth, decisions, store
from flows.workspace.app import create_app
from tests.conftest import CLEAN, free_port
from tests.workspace_cases import LiveServer, wait_for_health


def _decide(engine, report, sha, kind, target, after, reason="", version=None):
    doc_id, _, name = target.partition(".")
    doc = next(d for d in report.documents if d.id == doc_id)
    before = decisions.field_evidence(doc, name) if name else decisions.document_evidence(doc)
    return store.append(engine, "olive", "operator", store.Decision(report.case_id, kind, target, before, after, reason, sha),
                        expect_version=version)


def _field(report, doc_type, name):
    return next(f"{d.id}.{name}" for d in report.documents if d.type == doc_type and name in d.fields)


def test_replaying_no_decision_gives_the_machines_own_verdicts(clean_case):
    _, out, _ = clean_case
    report = decisions.load_report(out / CLEAN)
    again = decisions.outcome(out / CLEAN, report, [])
    assert again.status == report.status
    assert [c.model_dump() for c in again.checks] == [c.model_dump() for c in report.checks]
    assert [i.model_dump() for i in again.checklist] == [i.model_dump() for i in report.checklist]


def test_decisions_carry_over_a_rerun_only_where_their_evidence_held(clean_case, tmp_path):
    _, out, _ = clean_case
    shutil.copytree(out / CLEAN, tmp_path / CLEAN)
    case = tmp_path / CLEAN
    engine = store.open_db(f"sqlite:///{tmp_path / 'ws.db'}")
    report, sha = decisions.read_report(case)
    salary, br = _field(report, "employment_contract", "monthly_salary_hkd"), _field(report, "br_certificate", "br_number")
    _decide(engine, report, sha, "correct", salary, 14000.0, "payslip says so")
    _decide(engine, report, sha, "accept", br, None)
    assert decisions.outcome(case, report, store.case_events(engine, CLEAN)).status == "needs_review"
    # The case is run again with a file added in front: ids move up by one, and the BR
    # number is read from another place on its page.
    raw = json.loads((case / "report.json").read_text(encoding="utf-8"))
    for d in raw["documents"]:
        d["id"] = f"D{int(d['id'][1:3]) + 1:02d}{d['id'][3:]}"
        if d["type"] == "br_certificate":
            d["fields"]["br_number"]["bbox"] = [10, 10, 90, 30]
    rerun = decisions.Report.model_validate(raw)
    result = decisions.outcome(case, rerun, store.case_events(engine, CLEAN))
    moved_salary = _field(rerun, "employment_contract", "monthly_salary_hkd")
    assert moved_salary in result.applied.decided, "the correction follows its document to its new id"
    assert next(d for d in result.applied.documents if d.type == "employment_contract").fields["monthly_salary_hkd"].value == 14000.0
    assert [(e.target, why) for e, why in result.applied.stale] == [(br, "the reading or its evidence changed since")]
    assert result.status == "needs_review"


@pytest.fixture()
def pg_url(postgres):
    name = f"ws_{free_port()}"
    with psycopg.connect(postgres + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{postgres}/{name}"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_chain_holds_with_writers_at_once(backend, tmp_path, request):
    url = f"sqlite:///{tmp_path / 'ws.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    engine = store.open_db(url)
    errors = []

    def writer(k):
        try:
            for n in range(15):
                store.append(engine, f"op{k}", "operator", store.Decision(f"case-{k}", "request", "A1_travel_document",
                                                                          None, True, f"ask {n}", "0" * 64))
        except Exception as exc:  # pragma: no cover - shown by the assert
            errors.append(exc)
    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert store.verify_chain(engine) == (60, None)


def test_a_postgresql_workspace_records_and_guards_its_decisions(clean_case, pg_url, tmp_path):
    _, out, _ = clean_case
    shutil.copytree(out / CLEAN, tmp_path / CLEAN)
    app = create_app(tmp_path, pg_url)
    engine = app.state.ws.engine
    auth.add_user(engine, "olive", "operator", "a long made-up passphrase")
    with LiveServer(app, free_port()) as server:
        c = httpx.Client(base_url=server.url)
        assert c.post("/login", data={"name": "olive", "password": "a long made-up passphrase"}).status_code == 303
        page = c.get(f"/cases/{CLEAN}").text
        report = decisions.load_report(tmp_path / CLEAN)
        form = {"csrf": page.split('name="csrf" value="')[1].split('"')[0], "version": "0", "kind": "correct",
                "target": _field(report, "employment_contract", "monthly_salary_hkd"), "value": "14,000"}
        assert c.post(f"/cases/{CLEAN}/decide", data=form).status_code == 303
        assert 'id="case-status">needs_review<' in c.get(f"/cases/{CLEAN}").text
    assert store.verify_chain(engine)[1] is None
    with pytest.raises(Exception, match="append-only"):
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM events WHERE kind = 'view'")
    store.drop_append_only_guard(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM events WHERE seq = 1")
    assert "event 1 is missing" in store.verify_chain(engine)[1]


def test_reverify_replays_the_decisions_on_the_rerun(clean_case, tmp_path):
    inbox, out, _ = clean_case
    shutil.copytree(out / CLEAN, tmp_path / CLEAN)
    engine = store.open_db(f"sqlite:///{tmp_path / store.DB_FILE}")
    report, sha = decisions.read_report(tmp_path / CLEAN)
    _decide(engine, report, sha, "correct",
            _field(report, "employment_contract", "monthly_salary_hkd"), 14000.0)
    same, lines = reverify(tmp_path / CLEAN, inbox / CLEAN, store.case_events(engine, CLEAN))
    assert same
    assert "1 decision(s) replayed: final outcome needs_review -> needs_review (holds)" in lines


def test_people_are_added_from_the_command_line(tmp_path):
    run = [sys.executable, "-m", "flows.cli", "users", "add", "ada", "--role", "auditor", "--out", str(tmp_path),
           "--password-stdin"]
    short = subprocess.run(run, input="short\n", capture_output=True, text=True)
    assert short.returncode == 2 and "at least" in short.stderr
    done = subprocess.run(run, input="a long made-up passphrase\n", capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    engine = store.open_db(store.default_url(tmp_path))
    assert auth.login(engine, "ada", "a long made-up passphrase").role == "auditor"
    with pytest.raises(auth.AuthError, match="wrong name or password"):
        auth.login(engine, "ada", "not it")


def test_intake_serve_answers_from_several_processes(clean_case, tmp_path):
    _, out, _ = clean_case
    shutil.copytree(out / CLEAN, tmp_path / CLEAN)
    intake = [sys.executable, "-m", "flows.cli"]
    subprocess.run(intake + ["users", "add", "olive", "--role", "operator", "--out", str(tmp_path), "--password-stdin"],
                   input="a long made-up passphrase\n", text=True, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(intake + ["serve", str(tmp_path), "--port", str(port), "--workers", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_health(url)
        c = httpx.Client(base_url=url)
        assert c.post("/login", data={"name": "olive", "password": "a long made-up passphrase"}).status_code == 303
        # Each request may land on either process: both know the session and the case.
        assert all(c.get(f"/cases/{CLEAN}").status_code == 200 for _ in range(6))
    finally:
        server.terminate()
        server.wait(15)
