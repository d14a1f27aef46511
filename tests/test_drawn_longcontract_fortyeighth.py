"""The forty-eighth drawn set (sample_docs/drawn_longcontract_fortyeighth.py): four-page employment agreements whose
pay stands in a schedule's table at the end. What it needed: a table's row is a clause of its own, so the next
row's 'Discretionary bonus' does not make the row before it ('Guaranteed 13th month salary') discretionary nor the
salary row's pay (extractors/base.clauses), and a bonus its own words guarantee is no discretionary one
(extractors/pay_terms, data/pay_terms.yaml GUARANTEED)."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_longcontract_fortyeighth as fortyeighth
from tests.conftest import ROOT


def test_pay_in_a_schedule_at_the_end(tmp_path):
    fortyeighth.write_all(tmp_path / "drawn")
    case = tmp_path / "inbox" / "agreement"
    case.mkdir(parents=True)
    shutil.copy(tmp_path / "drawn" / "agreement-1-text-pdf.pdf", case / "agreement.pdf")
    os.utime(case / "agreement.pdf", (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    report = json.loads((tmp_path / "out" / "agreement" / "report.json").read_text(encoding="utf-8"))
    (doc,) = report["documents"]
    fields = {k: v["value"] for k, v in doc["fields"].items()}
    assert (fields["monthly_salary_hkd"], fields["housing_allowance_hkd"], fields["guaranteed_bonus_hkd"]) == (68000, 12000, 68000)
    assert (fields["term_months"], fields["annual_package_hkd"]) == (24, 1028000)
