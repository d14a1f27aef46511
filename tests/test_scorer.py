"""The evaluation must be able to fail: a perfect report scores 100%, one wrong field less."""
import copy
import json

import pytest

from sample_docs.generator.evaluate import Scores, score_case
from tests.conftest import SAMPLES


def _report_from_truth(truth):
    docs = []
    for f in truth["files"]:
        if f["error"]:
            docs.append({"file": f["file"], "pages": [], "type": "unknown", "fields": {}, "errors": [{"code": f["error"]}]})
        for d in f["documents"]:
            docs.append({"file": f["file"], "pages": d["pages"], "type": d["type"], "errors": [],
                         "fields": {k: {"value": v} for k, v in d["fields"].items()}})
    exp = truth["expected"]
    return {"documents": docs, "status": exp["status"],
            "checklist": [{"item": k, "status": v} for k, v in exp["checklist"].items()],
            "checks": [{"id": k, "outcome": v} for k, v in exp["checks"].items()]}


def _rates(s):
    fields = sum(v.right for v in s.fields.values()), sum(v.total for v in s.fields.values())
    return fields[0] / fields[1], s.case_status.rate, s.checklist.rate


def test_perfect_report_scores_full_and_one_wrong_field_does_not():
    paths = sorted(SAMPLES.glob("*.truth.json"))
    if not paths:
        pytest.skip("no generated samples")
    truth = json.loads(paths[0].read_text())
    perfect = _report_from_truth(truth)
    s = Scores()
    score_case(truth, perfect, s)
    assert _rates(s) == (1.0, 1.0, 1.0)
    broken = copy.deepcopy(perfect)
    doc = next(d for d in broken["documents"] if d["type"] == "travel_document")
    doc["fields"]["date_of_birth"]["value"] = "1900-01-01"
    s2 = Scores()
    score_case(truth, broken, s2)
    assert _rates(s2)[0] < 1.0
    assert s2.fields[("travel_document", "date_of_birth")].rate == 0.0


def test_printed_scores_carry_each_tally():
    from rich.console import Console

    from sample_docs.generator.evaluate import Tally, print_scores
    s = Scores()
    s.classification["photo"] = Tally(right=3, total=4)
    s.fields[("photo", "face_detected")] = Tally(right=1, total=2)
    s.by_field_status[("photo", "face_detected", "cold")] = Tally(right=1, total=2)
    s.by_field_status[("photo", "face_detected", "tuned")] = Tally(right=3, total=3)
    s.fields_by_form["png"] = Tally(right=2, total=3)
    console = Console(width=120, record=True)
    print_scores(s, console)
    out = console.export_text()
    assert "│ photo │ 3     │ 4     │ 75%" in out
    assert "face_detected │ 50% (1/2) │ 100% (3/3)" in out
    assert "│ png  │ 2     │ 3     │ 66.7%" in out
