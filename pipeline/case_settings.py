"""case.yaml, checked: a setting that cannot be used fails its case with a message that says
what to fix, rather than being dropped in silence (an `as_of` of today instead of the one
written, `dependants: 2` read as none)."""
from __future__ import annotations

import re
from datetime import date

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

MAX_DEPENDANTS = 20
SCHEME_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,31}")


class CaseSettingsError(ValueError):
    code = "bad_case_settings"


class CaseSettings(BaseModel):
    """SPEC §2: as_of (YYYY-MM-DD), scheme, dependants (int), notes. Nothing else."""
    model_config = ConfigDict(extra="forbid")

    as_of: date | None = None
    scheme: str = "ASMTP"
    dependants: int = Field(default=0, ge=0, le=MAX_DEPENDANTS)
    notes: str = ""

    @field_validator("as_of", mode="before")
    @classmethod
    def _iso_date(cls, value):
        # YAML gives a date for 2026-01-01; a string must be one too. Numbers are not dates.
        if value is None or type(value) is date:
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                raise ValueError("is not a date written YYYY-MM-DD") from None
        raise ValueError("is not a date written YYYY-MM-DD")

    @field_validator("scheme")
    @classmethod
    def _scheme_name(cls, value: str) -> str:
        # a name, never a path: the scheme names a file among validators/schemes/*.yaml
        if not SCHEME_NAME.fullmatch(value):
            raise ValueError("is not a scheme name")
        return value

    @field_validator("dependants", mode="before")
    @classmethod
    def _whole_number(cls, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("is not a whole number")
        return value


def read_case_settings(case_dir) -> dict:
    """The settings as plain values (as_of as YYYY-MM-DD), {} when there is no case.yaml."""
    path = case_dir / "case.yaml"
    if path.is_symlink():
        raise CaseSettingsError("case.yaml is a link; put the file itself in the case folder")
    if not path.exists():
        return {}
    if not path.is_file():
        raise CaseSettingsError("case.yaml is not a file")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseSettingsError(f"case.yaml is not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise CaseSettingsError(f"case.yaml cannot be read ({exc.strerror or type(exc).__name__})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise CaseSettingsError(f"case.yaml is not valid YAML{line}: {getattr(exc, 'problem', None) or exc}") from exc
    except (ValueError, TypeError) as exc:  # YAML reads 2026-13-45 as a date and fails on it
        raise CaseSettingsError(f"case.yaml holds an impossible value ({exc}); dates are written YYYY-MM-DD") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CaseSettingsError(f"case.yaml must be a mapping of settings (as_of, scheme, dependants, notes), "
                                f"not a {type(data).__name__}")
    try:
        settings = CaseSettings.model_validate(data)
    except ValidationError as exc:
        raise CaseSettingsError("case.yaml: " + "; ".join(_problem(e) for e in exc.errors())) from exc
    out = settings.model_dump(exclude_unset=True)
    if settings.as_of:
        out["as_of"] = settings.as_of.isoformat()
    return {k: v for k, v in out.items() if v is not None}


def _problem(error: ErrorDetails) -> str:
    key = ".".join(str(k) for k in error["loc"]) or "settings"
    if error["type"] == "extra_forbidden":
        return f"{key} is not a setting (known: as_of, scheme, dependants, notes)"
    message = error["msg"].removeprefix("Value error, ")
    return f"{key} {error['input']!r} {message}" if "is not" in message else f"{key} {error['input']!r}: {message}"
