"""The tenth drawn set (sample_docs/drawn_pdfs_tenth.py): exported PDFs with a text layer over
several pages, read as the product reads an upload. The generic readings it needed: a cover page
leaning to the type of the document it opens is that document's first page (pipeline/classify), the
year's result worded 'and total comprehensive income for the year', a bonus stated as none."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_pdfs_tenth as tenth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT


def test_an_audited_report_with_a_cover_and_an_agreement_with_a_schedule(tmp_path):
    inbox = tmp_path / "inbox"
    forms = tenth.write_all(tmp_path / "drawn")
    picked = [forms[0], forms[3]]  # the first employer's report, the second's agreement (bonus: none)
    for n, form in enumerate(picked):
        case = inbox / f"case-{n}"
        case.mkdir(parents=True)
        shutil.copy(tmp_path / "drawn" / form["file"], case / form["file"])
        os.utime(case / form["file"], (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(inbox), "--out", str(tmp_path / "out"), "--no-prefect"],
                   cwd=ROOT, check=True, capture_output=True)
    for n, form in enumerate(picked):
        report = json.loads((tmp_path / "out" / f"case-{n}" / "report.json").read_text(encoding="utf-8"))
        docs = [d for d in report["documents"] if d["file"] == form["file"]]
        assert [d["type"] for d in docs] == [form["type"]]  # one document, its cover among its pages
        got = {k: norm(docs[0]["fields"].get(k, {}).get("value")) for k in form["fields"]}
        assert got == {k: norm(v) for k, v in form["fields"].items()}
