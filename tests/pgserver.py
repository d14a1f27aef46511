"""A throwaway PostgreSQL server from Debian's packages on a loopback port, for tests and
benchmarks (`make test` installs the packages)."""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class NoPostgres(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def throwaway_postgres():
    """Yields the server's base URL postgresql://postgres@127.0.0.1:PORT; removes it after."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        raise NoPostgres("Debian's postgresql is not installed: run `make test`, which installs it")
    bin_dir = Path(bins[-1]).parent
    top = Path(tempfile.mkdtemp(prefix="intake-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(top, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run(as_postgres + [str(bin_dir / "initdb"), "-D", str(top / "data"), "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    ctl = as_postgres + [str(bin_dir / "pg_ctl"), "-D", str(top / "data")]
    subprocess.run(ctl + ["-o", f"-p {port} -k {top} -c listen_addresses=127.0.0.1", "-l", str(top / "log"), "-w", "start"],
                   check=True, capture_output=True)
    try:
        time.sleep(0.2)
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(ctl + ["-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(top, ignore_errors=True)
