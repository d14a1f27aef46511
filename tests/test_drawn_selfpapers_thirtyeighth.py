"""The thirty-eighth drawn set (sample_docs/drawn_selfpapers_thirtyeighth.py): the papers an employer writes about
itself and its search for staff. What it needed: the words of job advertisements and of a firm's account of itself
(data/doc_types.yaml), an organisation chart's title, and 'resume' inside a sentence ('Send full resume with …')
no title of a CV (pipeline/classify._other_paper)."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_selfpapers_thirtyeighth as thirtyeighth
from tests.conftest import ROOT


def test_an_advertisement_column_and_an_organisation_chart(tmp_path):
    thirtyeighth.write_all(tmp_path / "drawn")
    for name in ("newspaper-ads.jpg", "org-chart.png"):
        case = tmp_path / "inbox" / name.split(".")[0]
        case.mkdir(parents=True)
        shutil.copy(tmp_path / "drawn" / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)

    def kind(case: str) -> str:
        report = json.loads((tmp_path / "out" / case / "report.json").read_text(encoding="utf-8"))
        (doc,) = report["documents"]
        return doc["type"]

    assert kind("newspaper-ads") == "recruitment_evidence"
    assert kind("org-chart") == "company_profile"
