"""A real case through real tesseract, real PDFs and a real Prefect flow run."""
import csv
import json
import shutil

from flows.reverify import reverify
from flows.run import process_case
from tests.conftest import CLEAN, SAMPLES


def test_every_file_gets_the_type_the_truth_says(clean_case):
    inbox, out, summary = clean_case
    truth = json.loads((SAMPLES / f"{CLEAN}.truth.json").read_text())
    report = json.loads((out / CLEAN / "report.json").read_text())
    wrong = []
    for f in truth["files"]:
        for d in f["documents"]:
            got = [x["type"] for x in report["documents"] if x["file"] == f["file"] and set(x["pages"]) & set(d["pages"])]
            if d["type"] not in got:
                wrong.append((f["file"], d["type"], got))
    assert not wrong
    assert report["as_of"] == truth["as_of"]
    assert {i["file"] for i in report["manifest"]["inputs"]} == {f["file"] for f in truth["files"]}
    assert (out / CLEAN / "report.html").read_text().count("<img") >= len(truth["files"])


def test_same_inputs_give_a_byte_identical_report(clean_case, tmp_path):
    inbox, out, _ = clean_case
    process_case(inbox / CLEAN, tmp_path)
    assert (tmp_path / CLEAN / "report.json").read_bytes() == (out / CLEAN / "report.json").read_bytes()


def test_reverify_says_identical_then_names_the_changed_input(clean_case, tmp_path):
    inbox, out, _ = clean_case
    same, notes = reverify(out / CLEAN)
    assert same, notes
    moved = tmp_path / CLEAN
    shutil.copytree(inbox / CLEAN, moved)
    victim = sorted(p for p in moved.iterdir() if p.suffix == ".pdf")[0]
    victim.unlink()
    same, notes = reverify(out / CLEAN, moved)
    assert not same
    assert any(n == f"input vanished: {victim.name}" for n in notes)


def test_prefect_flow_runs_the_inbox_and_publishes_a_summary(prefect_harness, clean_case, tmp_path):
    from flows.intake import process_inbox
    inbox, _, summary = clean_case
    out = tmp_path / "flow-out"
    results = process_inbox(str(inbox), str(out))
    assert [r.case_id for r in results] == [CLEAN]
    assert results[0].status == summary.status
    rows = list(csv.DictReader((out / "batch_summary.csv").open()))
    assert rows[0]["case_id"] == CLEAN and rows[0]["status"] == summary.status
    assert (out / CLEAN / "report.json").is_file()


def test_a_case_begun_before_the_flow_is_taken_by_its_task_and_reported_alike(prefect_harness, clean_case, tmp_path,
                                                                               monkeypatch):
    import flows.intake
    from flows.batch import begin_reading
    inbox, out_once, _ = clean_case
    out = tmp_path / "begun-out"
    assert begin_reading(inbox, out, None, False, 2) == 1
    read_in_task = []
    monkeypatch.setattr(flows.intake, "read_case", lambda *a, **k: read_in_task.append(a))
    results = flows.intake.process_inbox(str(inbox), str(out))
    assert [r.case_id for r in results] == [CLEAN]
    assert not read_in_task  # the task took the reading begun before it
    assert (out / CLEAN / "report.json").read_bytes() == (out_once / CLEAN / "report.json").read_bytes()


def test_a_case_changed_after_its_reading_began_is_read_again_by_the_flow(prefect_harness, clean_case, tmp_path):
    from flows import batch
    from flows.intake import process_inbox
    inbox = tmp_path / "inbox"
    shutil.copytree(clean_case[0] / CLEAN, inbox / CLEAN)
    out = tmp_path / "out"
    assert batch.begin_reading(inbox, out, None, False, 2) == 1
    for future, _ in list(batch._BEGUN.values()):
        future.result()  # the reading holds every file
    victim = sorted(p for p in (inbox / CLEAN).iterdir() if p.suffix == ".pdf")[0]
    victim.unlink()  # after it was read, before the flow plans its run
    process_inbox(str(inbox), str(out))
    report = json.loads((out / CLEAN / "report.json").read_text())
    assert victim.name not in {i["file"] for i in report["manifest"]["inputs"]}
