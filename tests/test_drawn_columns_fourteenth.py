"""The fourteenth drawn set (sample_docs/drawn_columns_fourteenth.py): papers in two columns, English
beside Chinese, and a statement on a landscape page, read as the product reads an upload. The one
generic reading it needed: a currency spelt out in the heading ('in Hong Kong dollars')."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_columns_fourteenth as fourteenth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

PICKED = ["employment_contract-side-by-side-2.png", "financial_statement-landscape-1.png"]


def test_a_contract_in_two_languages_side_by_side_and_a_landscape_statement(tmp_path):
    forms = {f["file"]: f for f in fourteenth.write_all(tmp_path / "drawn")}
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
        want = {k: v for k, v in forms[name]["fields"].items() if k != "type"}
        assert doc["type"] == forms[name]["type"]
        assert {k: norm(doc["fields"].get(k, {}).get("value")) for k in want} == {k: norm(v) for k, v in want.items()}
