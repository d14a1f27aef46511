import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

_tmp = Path(tempfile.mkdtemp(prefix="intake-tests-"))
atexit.register(shutil.rmtree, _tmp, True)
os.environ.setdefault("PREFECT_HOME", str(_tmp / "prefect"))
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("INTAKE_CACHE_DIR", str(_tmp / "ocr-cache"))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "external"
SAMPLES = ROOT / "sample_docs" / "inbox"


def external(*parts) -> Path:
    p = EXTERNAL.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared/external is optional)")
    return p


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield
