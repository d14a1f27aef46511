"""Scheme files (schemes/*.yaml): the checklist of a scheme, loaded once and versioned."""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.reference import folder_versions, read_yaml

SCHEMES = Path(__file__).parent / "schemes"


@functools.lru_cache(maxsize=None)
def scheme(name: str = "asmtp") -> dict:
    path = SCHEMES / f"{name.lower()}.yaml"
    if not path.is_file():
        raise ValueError(f"unknown scheme {name!r}: no {path.name} in {SCHEMES}")
    return read_yaml(path)


def names() -> list[str]:
    """The schemes a case.yaml may name (lower case, as their files are named)."""
    return sorted(p.stem for p in SCHEMES.glob("*.yaml"))


def versions() -> dict[str, str]:
    return folder_versions(SCHEMES, "schemes")
