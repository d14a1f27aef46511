"""The scheduled service for real: `prefect server start` on a loopback port (on its default
SQLite, and on PostgreSQL), `intake deploy` creating the work pool and the cron deployment,
a run scheduled and picked up by `prefect worker start`, reports written; a second run keeps
every case."""
import csv
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import CLEAN, ROOT, SAMPLES, free_port, part_of_case

OTHER = "case-2026-02"

BIN = Path(sys.executable).parent


@pytest.fixture(params=["sqlite", "postgresql"])
def prefect_server(request, tmp_path):
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    if request.param == "postgresql":
        base = request.getfixturevalue("postgres")
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = base.replace("postgresql://", "postgresql+asyncpg://") + "/postgres"
    port = free_port()
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert server.poll() is None, (tmp_path / "server.log").read_text()[-3000:]
        time.sleep(0.5)
    else:
        pytest.fail("prefect server did not start in 120 s:\n" + (tmp_path / "server.log").read_text()[-3000:])
    try:
        yield api, env | {"PREFECT_API_URL": api}
        if request.param == "postgresql":  # the runs went to PostgreSQL, not to a SQLite file
            host, port = base.rsplit("@", 1)[1].split(":")
            runs = subprocess.run(["psql", "-h", host, "-p", port, "-U", "postgres", "-tAc", "select count(*) from flow_run"],
                                  capture_output=True, text=True, check=True).stdout
            assert int(runs) >= 2
            assert not (tmp_path / "prefect-home" / "prefect.db").exists()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
        log.close()


def _run(args: list[str], env: dict, timeout: float = 300) -> str:
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done.stdout + done.stderr


def _scheduled_run(api: str, deployment_id: str) -> dict:
    """A run of the deployment scheduled now, as the server answers it."""
    for _ in range(5):  # a server still settling a killed worker's run may answer 5xx once (SQLite busy)
        answer = httpx.post(f"{api}/deployments/{deployment_id}/create_flow_run", json={}, timeout=30)
        if answer.status_code < 500:
            break
        time.sleep(2)
    run = answer.json()
    assert answer.status_code < 300 and run["state"]["type"] == "SCHEDULED", (answer.status_code, answer.text[-2000:])
    return run


def _run_once(api: str, env: dict, deployment_id: str) -> str:
    """A run scheduled now, then picked up and finished by a worker of the pool."""
    run = _scheduled_run(api, deployment_id)
    _run([str(BIN / "prefect"), "worker", "start", "--pool", "asmtp-intake", "--run-once"], env)
    state = httpx.get(f"{api}/flow_runs/{run['id']}", timeout=30).json()["state"]
    assert state["type"] == "COMPLETED", (state.get("message"), state)
    return run["id"]


@pytest.mark.parametrize("prefect_server", ["postgresql"], indirect=True)
def test_a_deployment_on_a_real_server_is_run_by_a_worker_and_a_second_run_keeps_every_case(prefect_server, tmp_path):
    if not (SAMPLES / CLEAN).is_dir():
        pytest.skip("sample_docs/inbox not generated")
    api, env = prefect_server
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    shutil.copytree(SAMPLES / CLEAN, inbox / CLEAN)
    said = _run([str(BIN / "intake"), "deploy", str(inbox), str(out), "--cron", "*/10 * * * *"], env)
    assert "work pool 'asmtp-intake' (process) created" in " ".join(said.split())
    deployment = httpx.get(f"{api}/deployments/name/process-inbox/scheduled", timeout=30).json()
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["*/10 * * * *"]
    assert deployment["parameters"]["inbox"] == str(inbox.resolve())

    _run_once(api, env, deployment["id"])
    rows = list(csv.DictReader((out / "batch_summary.csv").open()))
    assert [(r["case_id"], r["run"]) for r in rows] == [(CLEAN, "processed")]
    report = (out / CLEAN / "report.json").read_bytes()

    _run_once(api, env, deployment["id"])
    rows = list(csv.DictReader((out / "batch_summary.csv").open()))
    assert [(r["case_id"], r["run"]) for r in rows] == [(CLEAN, "unchanged")]
    assert (out / CLEAN / "report.json").read_bytes() == report
    artifact = httpx.post(f"{api}/artifacts/filter", json={"artifacts": {"key": {"any_": ["asmtp-batch-summary"]}}},
                          timeout=30).json()
    assert any("1 unchanged" in (a.get("description") or "") for a in artifact)


# On Prefect's default SQLite: the deployment, a worker killed mid-case (a machine lost), the next
# run finishing every case once, and a third keeping every case (PostgreSQL runs the plain
# deployment above; one server start each keeps the suite short).
@pytest.mark.parametrize("prefect_server", ["sqlite"], indirect=True)
def test_a_worker_killed_mid_case_then_the_next_run_finishes_every_case_once(prefect_server, tmp_path):
    import psutil
    api, env = prefect_server
    env = env | {"INTAKE_CACHE_DIR": str(tmp_path / "cache")}  # a cold cache: the kill lands mid-case
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    for case in (CLEAN, OTHER):
        part_of_case(case, inbox)
    _run([str(BIN / "intake"), "deploy", str(inbox), str(out)], env)
    deployment = httpx.get(f"{api}/deployments/name/process-inbox/scheduled", timeout=30).json()
    _scheduled_run(api, deployment["id"])
    worker_log = (tmp_path / "worker.log").open("w")
    cases = (CLEAN, OTHER)

    def mid_case() -> bool:  # a case leased, its pages being written, its report not yet
        return any((out / c / ".lease").exists() and any((out / c / "pages").glob("*.jpg"))
                   and not (out / c / "report.json").exists() for c in cases)

    deadline = time.time() + 600  # a busy 2-core machine reads slowly; the kill waits for a case begun
    for _ in range(3):  # a worker polling before the server lists the new run finds none and stops: start it again
        worker = subprocess.Popen([str(BIN / "prefect"), "worker", "start", "--pool", "asmtp-intake", "--run-once"], env=env,
                                  cwd=ROOT, stdout=worker_log, stderr=subprocess.STDOUT)
        while time.time() < deadline and worker.poll() is None and not mid_case():
            time.sleep(0.2)
        if worker.poll() is None or any((out / c / ".lease").exists() for c in cases):
            break
    assert worker.poll() is None, "the worker ended before a case began:\n" + (tmp_path / "worker.log").read_text()[-3000:]
    assert mid_case(), "no case began in 600 s:\n" + (tmp_path / "worker.log").read_text()[-3000:]
    tree = [worker] + [psutil.Process(c.pid) for c in psutil.Process(worker.pid).children(recursive=True)]
    for proc in tree:
        proc.kill()  # the worker and its flow run's process, as a machine lost
    worker.wait()
    worker_log.close()
    unfinished = {c for c in cases if not (out / c / "report.json").is_file()}
    assert any((out / c / ".lease").exists() for c in unfinished)  # left behind by the killed worker

    _run_once(api, env, deployment["id"])
    rows = {r["case_id"]: r["run"] for r in csv.DictReader((out / "batch_summary.csv").open())}
    assert rows == {c: "processed" if c in unfinished else "unchanged" for c in cases}
    assert [p.name for p in out.rglob("*") if p.name.endswith(".tmp") or p.name == ".lease"] == []
    reports = {c: (out / c / "report.json").read_bytes() for c in cases}
    assert all(json.loads(r) for r in reports.values())  # complete, parseable

    _run_once(api, env, deployment["id"])
    rows = {r["case_id"]: r["run"] for r in csv.DictReader((out / "batch_summary.csv").open())}
    assert rows == {c: "unchanged" for c in cases}
    assert {c: (out / c / "report.json").read_bytes() for c in cases} == reports


def test_deploy_without_a_server_says_how_to_start_one(tmp_path):
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "home")}
    env.pop("PREFECT_API_URL", None)
    (tmp_path / "inbox").mkdir()
    done = subprocess.run([str(BIN / "intake"), "deploy", str(tmp_path / "inbox"), str(tmp_path / "out")], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    assert "prefect server start" in said and "PREFECT_API_URL" in said
