"""The scheduled service for real: `prefect server start` on a loopback port (on its default
SQLite, and on PostgreSQL), `intake deploy` creating the work pool and the cron deployment,
a run scheduled and picked up by `prefect worker start`, reports written; a second run keeps
every case."""
import csv
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import CLEAN, ROOT, SAMPLES, free_port

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


def _slot_free(api: str, deployment_id: str) -> None:
    """Runs of the deployment never overlap: the server frees the last run's slot just after
    the run ends, and a run that starts before that is cancelled, as one due mid-run would be."""
    deadline = time.time() + 60
    while time.time() < deadline:
        limit = httpx.get(f"{api}/deployments/{deployment_id}", timeout=30).json().get("global_concurrency_limit") or {}
        if limit.get("limit") == 1 and not limit.get("active_slots"):
            return
        time.sleep(0.5)
    pytest.fail(f"the deployment's concurrency slot stayed taken: {limit}")


def _run_once(api: str, env: dict, deployment_id: str) -> str:
    """A run scheduled now, then picked up and finished by a worker of the pool."""
    _slot_free(api, deployment_id)
    run = httpx.post(f"{api}/deployments/{deployment_id}/create_flow_run", json={}, timeout=30).json()
    assert run["state"]["type"] == "SCHEDULED"
    _run([str(BIN / "prefect"), "worker", "start", "--pool", "asmtp-intake", "--run-once"], env)
    state = httpx.get(f"{api}/flow_runs/{run['id']}", timeout=30).json()["state"]
    assert state["type"] == "COMPLETED", (state.get("message"), state)
    return run["id"]


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


def test_deploy_without_a_server_says_how_to_start_one(tmp_path):
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "home")}
    env.pop("PREFECT_API_URL", None)
    (tmp_path / "inbox").mkdir()
    done = subprocess.run([str(BIN / "intake"), "deploy", str(tmp_path / "inbox"), str(tmp_path / "out")], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    assert "prefect server start" in said and "PREFECT_API_URL" in said
