"""The thirteenth drawn set (sample_docs/drawn_faxes_thirteenth.py): earlier papers faxed (black
and white, Group 4 TIFF, a chop gone black over the print) and scanned grey at 150 dpi as a
strongly compressed JPEG, read as the product reads an upload. It needed no reader change: this
keeps those ways in read."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_faxes_thirteenth as thirteenth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

PICKED = ["consent_letter-chopped-fax-1.tif", "business_plan-table-grey150-2.jpg"]


def test_a_faxed_letter_under_a_black_chop_and_a_small_grey_scan(tmp_path):
    forms = {f["file"]: f for f in thirteenth.write_all(tmp_path / "drawn")}
    for n, name in enumerate(PICKED):
        case = tmp_path / "inbox" / f"case-{n}"
        case.mkdir(parents=True)
        shutil.copy(tmp_path / "drawn" / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    for n, name in enumerate(PICKED):
        report = json.loads((tmp_path / "out" / f"case-{n}" / "report.json").read_text(encoding="utf-8"))
        doc = next(d for d in report["documents"] if d["file"] == name)
        want = forms[name]
        assert doc["type"] == want["type"]
        fields = {k: v for k, v in want["fields"].items() if k != "type"}
        assert {k: norm(doc["fields"].get(k, {}).get("value")) for k in fields} == {k: norm(v) for k, v in fields.items()}
