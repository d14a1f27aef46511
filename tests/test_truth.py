"""The truth comes from the generator's plan, not from the rules; the rules are tested against it.
Run on the truth fields (no OCR), the validators must give the plan's checklist and status."""
import ast
import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.model import DocError, Document, Field
from sample_docs.generator.cases import generate
from tests.conftest import ROOT, SAMPLES
from validators.facts import CaseFacts
from validators.validate import validate

GENERATOR = ROOT / "sample_docs" / "generator"
HARNESS = {"evaluate.py", "external_eval.py"}  # they run the product on purpose


def _documents(truth: dict) -> list[Document]:
    docs = []
    for i, f in enumerate(truth["files"]):
        if f["error"]:
            docs.append(Document(id=f"D{i + 1:02d}", file=f["file"], sha256="", pages=[], type="unknown", type_confidence=0,
                                 errors=[DocError(code=f["error"], message="planted")]))
            continue
        for k, d in enumerate(f["documents"]):
            fields = {name: Field(value=v, confidence=1, file=f["file"], page=d["pages"][0] if d["pages"] else 1, bbox=None,
                                  source="derived") for name, v in d["fields"].items()}
            if d["type"] == "photo":
                fields.setdefault("plain_background", Field(value=True, confidence=1, file=f["file"], page=1, source="derived"))
            docs.append(Document(id=f"D{i + 1:02d}.{k + 1}", file=f["file"], sha256="", pages=d["pages"], type=d["type"],
                                 type_confidence=1, fields=fields))
    return docs


def _disagreements(truth: dict) -> list[str]:
    facts = CaseFacts(case_id=truth["case_id"], as_of=date.fromisoformat(truth["as_of"]), documents=_documents(truth),
                      settings={"dependants": truth["dependants"]})
    items, checks, status = validate(facts)
    exp = truth["expected"]
    out = [f"status {status} != {exp['status']}"] if status != exp["status"] else []
    out += [f"{i.item}: {i.status} != {exp['checklist'][i.item]}" for i in items if i.status != exp["checklist"][i.item]]
    outcomes = {c.id: c.outcome for c in checks}
    out += [f"{d}: {want['check']} {outcomes.get(want['check'])} != {want['outcome']}" for d, want in exp["defect_checks"].items()
            if outcomes.get(want["check"]) != want["outcome"]]
    if not truth["defects"]:
        out += [f"clean case: {cid} {o}" for cid, o in outcomes.items() if o in ("fail", "review")]
    return out


def test_truth_is_written_without_the_product_rules():
    for path in GENERATOR.glob("*.py"):
        if path.name in HARNESS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                assert not any(n.split(".")[0] in ("validators", "extractors", "flows") for n in names), \
                    f"{path.name} imports {names}: the truth must not come from the product"


def test_rules_on_committed_sample_truth_give_the_planned_outcomes():
    paths = sorted(SAMPLES.glob("*.truth.json"))
    if not paths:
        pytest.skip("no committed samples")
    problems = {p.name: _disagreements(json.loads(p.read_text(encoding="utf-8"))) for p in paths}
    assert not {k: v for k, v in problems.items() if v}


def test_rules_on_new_layout_families_give_the_planned_outcomes(tmp_path: Path):
    """The truth of the new families (other languages and wording) must still make the rules agree
    with the plan: a rule that needs the classic wording of a value fails here."""
    generate(tmp_path, 8, 90210, progress=lambda m: None, families="new")
    problems = {}
    for p in sorted(tmp_path.glob("*.truth.json")):
        truth = json.loads(p.read_text(encoding="utf-8"))
        assert all(d["family"] != "classic" for f in truth["files"] for d in f["documents"]
                   if d["type"] not in ("company_profile", "recruitment_evidence", "dependant_document", "unknown"))
        problems[p.name] = _disagreements(truth)
    assert not {k: v for k, v in problems.items() if v}
