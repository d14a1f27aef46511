"""Reference data and scheme files: loaded once, versioned, and named in the manifest."""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import yaml

from pipeline.text import simplified

DATA = Path(__file__).parent / "reference_data"


# libyaml's parser when PyYAML has it: the division list alone takes the pure-Python one 0.3 s.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict:
    return read_yaml(DATA / f"{name}.yaml")


def versions() -> dict[str, str]:
    """Each data file's declared version and content hash, for the report manifest: read once
    a process, like the data the rules use (`load`), so the two cannot differ."""
    return dict(_versions(DATA, "data"))


@functools.lru_cache(maxsize=None)
def _versions(folder: Path, key: str) -> dict[str, str]:
    out = {}
    for path in sorted(folder.glob("*.yaml")):
        data = read_yaml(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        out[f"{key}/{path.name}"] = f"{data.get('version', '?')}+{digest}"
    return out


def folder_versions(folder: Path, key: str) -> dict[str, str]:
    """The same for another folder of versioned YAML (the schemes)."""
    return dict(_versions(folder, key))


def in_force(entries: list[dict], on: str, key: str = "effective") -> dict | None:
    """The entry with the latest effective date on or before `on` (ISO dates compare as text)."""
    valid = [e for e in entries if str(e[key]) <= on]
    return max(valid, key=lambda e: str(e[key])) if valid else None


def talent_list(on: str) -> tuple[str, list[dict]]:
    versions_ = {v["id"]: v for v in load("talent_list")["versions"]}
    current = in_force(list(versions_.values()), on)
    if current is None:
        return "", []
    professions: list[dict] = []
    v: dict | None = current
    while v:
        professions = v["professions"] + professions
        v = versions_.get(v.get("extends", ""))
    return current["id"], professions


def mainland_institution(code: str) -> dict | None:
    """The institution whose national 5-digit code opens a degree or graduation certificate
    number, if the reference knows it (it holds a selection, so None means unknown, not wrong)."""
    return _institutions_by_code().get(code)


@functools.lru_cache(maxsize=None)
def _institutions_by_code() -> dict[str, dict]:
    return {i["code"]: i for i in load("mainland_institutions")["institutions"]}


def hk_institution_zh(name: str) -> str | None:
    """A Hong Kong institution's Chinese name as it writes it (traditional), for a name read
    in either script; None for any other name. Our OCR writes a Mainland document's page in
    simplified, which would turn 香港理工大學 into a name the university does not use."""
    n = simplified(name).strip()
    for h in load("hk_institutions")["institutions"]:
        if n in [simplified(z) for z in h["zh"]]:
            return h["zh"][0]
    return None


def known_institution(name: str) -> bool:
    """Whether a name is one the reference data knows (Mainland or Hong Kong), in either script."""
    n = simplified(name).lower().removeprefix("the ").strip()
    mainland = load("mainland_institutions")["institutions"]
    hk = load("hk_institutions")["institutions"]
    return any(n in (i["zh"], i["en"].lower()) for i in mainland) or \
        any(n == h["en"].lower().removeprefix("the ") or n in [simplified(z) for z in h["zh"]] for h in hk)


# Generic endings a company name drops from a place's name (广州市 -> 广州, 天河区 -> 天河).
PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "新区", "市", "区", "县", "盟", "旗", "省")


def _short_place(name: str) -> str:
    for suffix in PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[:-len(suffix)]
    return name


@functools.lru_cache(maxsize=None)
def mainland_place_openings() -> frozenset[str]:
    """The ways a Mainland company's name may open with its place: a province's or city's
    short name (浙江, 广州) and a city's and district's together (广州天河). A municipality's
    districts hang under the municipality itself (北京朝阳)."""
    names = {str(code): name for code, name in load("mainland_divisions")["divisions"].items()}
    out = set()
    for code, name in names.items():
        province = names.get(code[:2] + "0000", "")
        city = names.get(code[:4] + "00", "")
        if city in ("市辖区", "县", ""):
            city = province
        if name in ("市辖区", "县"):  # a heading in the code list, not a place
            continue
        if code.endswith("00"):
            out.add(_short_place(name))
        else:
            out.add(_short_place(city) + _short_place(name))
    return frozenset(o for o in out if len(o) >= 2)
