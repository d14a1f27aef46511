"""The scheduled service: a `process-inbox` deployment on a Prefect server, run by workers of a
process work pool. Prefect's embedded default runs no scheduler, so a schedule needs a server:

    prefect server start                                     # or one on PostgreSQL
    export PREFECT_API_URL=http://127.0.0.1:4200/api
    intake deploy INBOX OUT --cron '*/10 * * * *'            # creates the pool and the deployment
    prefect worker start --pool asmtp-intake                 # on each machine that reads cases
"""
from __future__ import annotations

import asyncio
from pathlib import Path

from pipeline.errors import BadArguments

ROOT = Path(__file__).resolve().parent.parent
ENTRYPOINT = "flows/intake.py:process_inbox"
POOL = "asmtp-intake"


def api_url() -> str:
    from prefect.settings import PREFECT_API_URL
    url = PREFECT_API_URL.value()
    if not url:
        raise BadArguments("a schedule needs a Prefect server, and PREFECT_API_URL is not set. Start one with "
                           "`prefect server start`, then `export PREFECT_API_URL=http://127.0.0.1:4200/api` "
                           "and run this again (Prefect's embedded default runs no scheduler)")
    return url


async def _ensure_pool(name: str) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectNotFound
    async with get_client() as client:
        try:
            pool = await client.read_work_pool(name)
            return f"work pool {name!r} ({pool.type}) exists"
        except ObjectNotFound:
            await client.create_work_pool(WorkPoolCreate(name=name, type="process"))
            return f"work pool {name!r} (process) created"


def create_deployment(inbox: Path, out: Path, cron: str, pool: str = POOL, name: str = "scheduled",
                      parameters: dict | None = None) -> tuple[str, list[str]]:
    """The deployment `process-inbox/NAME` on the server PREFECT_API_URL names, and what was
    done. Runs may overlap: a run leaves alone the cases another run holds the lease of, and
    does the ones that arrived since. (A Prefect concurrency limit was tried instead: a run
    killed with its worker keeps the deployment's slot for five minutes, the flow engine's
    lease, and every run due meanwhile is cancelled.)"""
    api_url()
    from flows.intake import process_inbox
    notes = [asyncio.run(_ensure_pool(pool))]
    params = {"inbox": str(inbox.resolve()), "out_dir": str(out.resolve())} | (parameters or {})
    flow = process_inbox.from_source(source=str(ROOT), entrypoint=ENTRYPOINT)
    deployment_id = flow.deploy(name=name, work_pool_name=pool, cron=cron, parameters=params, build=False, push=False,
                                print_next_steps=False, ignore_warnings=True)
    notes.append(f"deployment process-inbox/{name} ({deployment_id}) runs {inbox} into {out} on cron {cron!r}")
    notes.append(f"start a worker on each machine that reads cases: prefect worker start --pool {pool}")
    return str(deployment_id), notes
