"""The generator is deterministic from its seed, and the committed samples are what it makes."""
import hashlib

import pytest

from sample_docs.generator.cases import generate
from tests.conftest import SAMPLES


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_committed_sample_case_regenerates_byte_for_byte(tmp_path):
    if not (SAMPLES / "case-2026-01").is_dir():
        pytest.skip("no committed samples")
    generate(tmp_path, 1, 2026, progress=lambda m: None)
    assert _digests(tmp_path / "case-2026-01") == _digests(SAMPLES / "case-2026-01")
    assert (tmp_path / "case-2026-01.truth.json").read_bytes() == (SAMPLES / "case-2026-01.truth.json").read_bytes()
