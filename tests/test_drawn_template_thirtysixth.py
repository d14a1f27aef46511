"""The thirty-sixth drawn set (sample_docs/drawn_template_thirtysixth.py): employment contracts on a fill-in
template. What it needed: a page of blanks to fill in is read again with its rules painted out, and a word read
unsurely with the rule under it ('24' on its blank read '240') gives way to the sure reading of the same place
(pipeline/blanks.py); 'End of year payment' names a guaranteed bonus
(data/pay_terms.yaml); 'HK$ 46.500' is 46,500 (a comma written as a dot)."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_template_thirtysixth as thirtysixth
from tests.conftest import ROOT


def test_contracts_on_a_fill_in_template(tmp_path):
    thirtysixth.write_all(tmp_path / "drawn")
    for name in ("template-typed-1.png", "template-bilingual-1.png"):
        case = tmp_path / "inbox" / name.split(".")[0]
        case.mkdir(parents=True)
        shutil.copy(tmp_path / "drawn" / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)

    def fields(case: str) -> dict:
        report = json.loads((tmp_path / "out" / case / "report.json").read_text(encoding="utf-8"))
        (doc,) = report["documents"]
        return {k: v["value"] for k, v in doc["fields"].items()}

    typed, bilingual = fields("template-typed-1"), fields("template-bilingual-1")
    assert (typed["term_months"], typed["guaranteed_bonus_hkd"], typed["annual_package_hkd"]) == (24, 46500, 712500)
    assert (bilingual["monthly_salary_hkd"], bilingual["guaranteed_bonus_hkd"]) == (46500, 46500)
