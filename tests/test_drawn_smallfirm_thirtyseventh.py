"""The thirty-seventh drawn set (sample_docs/drawn_smallfirm_thirtyseventh.py): a small employer's financial
standing without an audited report. What it needed: 'Net profit before taxation' is no net profit for the year
(the year's profit is after tax), and a tax return's basis period ends its period."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_smallfirm_thirtyseventh as thirtyseventh
from tests.conftest import ROOT


def test_accounts_and_a_tax_return_of_a_small_firm(tmp_path):
    thirtyseventh.write_all(tmp_path / "drawn")
    for name in ("tax-return-1.png", "accounts-1.png"):
        case = tmp_path / "inbox" / name.split(".")[0]
        case.mkdir(parents=True)
        shutil.copy(tmp_path / "drawn" / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)

    def fields(case: str) -> dict:
        report = json.loads((tmp_path / "out" / case / "report.json").read_text(encoding="utf-8"))
        (doc,) = report["documents"]
        assert doc["type"] == "financial_statement"
        return {k: v["value"] for k, v in doc["fields"].items()}

    assert fields("tax-return-1")["period_end"] == "2026-03-31"
    accounts = fields("accounts-1")
    assert (accounts["revenue"], accounts["profit"], accounts["period_end"]) == (8420000, 963375, "2026-03-31")
