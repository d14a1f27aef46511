"""Expected checklist, case status and check outcomes of a generated case, computed by running
the validators on the ground-truth fields (no OCR), and checked against what each planted
defect must trigger: if the rules and the generator disagree, generation stops."""
from __future__ import annotations

from datetime import date

from pipeline.model import DocError, Document, Field
from validators.facts import CaseFacts
from validators.validate import validate


def truth_documents(truth: dict) -> list[Document]:
    docs = []
    for i, f in enumerate(truth["files"]):
        if f["error"]:
            docs.append(Document(id=f"D{i + 1:02d}", file=f["file"], sha256="", pages=[], type="unknown", type_confidence=0,
                                 errors=[DocError(code=f["error"], message="planted")]))
            continue
        for k, d in enumerate(f["documents"]):
            fields = {name: Field(value=v, confidence=1, file=f["file"], page=d["pages"][0], bbox=None, source="derived")
                      for name, v in d["fields"].items()}
            if d["type"] == "photo":
                fields.setdefault("plain_background", Field(value=True, confidence=1, file=f["file"], page=1, source="derived"))
            docs.append(Document(id=f"D{i + 1:02d}" + (f".{k + 1}" if len(f["documents"]) > 1 else ""), file=f["file"],
                                 sha256="", pages=d["pages"], type=d["type"], type_confidence=1, fields=fields))
    return docs


def expected_outcomes(truth: dict, defects: dict) -> dict:
    facts = CaseFacts(case_id=truth["case_id"], as_of=date.fromisoformat(truth["as_of"]), documents=truth_documents(truth),
                      settings={"dependants": truth["dependants"]})
    items, checks, status = validate(facts)
    outcomes = {c.id: c.outcome for c in checks}
    for name, (check, outcome) in defects.items():
        if check and outcomes.get(check) != outcome:
            raise AssertionError(f"{truth['case_id']}: defect {name} should make {check} {outcome}, "
                                 f"the rules say {outcomes.get(check)}")
    return {"status": status, "checklist": {i.item: i.status for i in items}, "checks": outcomes,
            "defect_checks": {name: {"check": c, "outcome": o} for name, (c, o) in defects.items() if c}}
