"""Serve `process-inbox` on a schedule. Schedules need a Prefect server (`prefect server start`);
Prefect's embedded default runs no scheduler. Usage:
    PREFECT_API_URL=http://127.0.0.1:4200/api python -m flows.deploy INBOX OUT [--cron '*/10 * * * *']"""
from __future__ import annotations

import argparse

from .intake import process_inbox


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inbox")
    ap.add_argument("out")
    ap.add_argument("--cron", default="*/10 * * * *")
    a = ap.parse_args()
    process_inbox.serve(name="asmtp-intake", cron=a.cron, parameters={"inbox": a.inbox, "out_dir": a.out})


if __name__ == "__main__":
    main()
