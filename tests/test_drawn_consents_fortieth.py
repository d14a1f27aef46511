"""The fortieth drawn set (sample_docs/drawn_consents_fortieth.py): consents in other forms than a letter. What it
needed: an organisation's kind after 我, 本 or 该 refers to one ('其人事档案现存放于我中心'), no name of one: the
talent service centre that signs is the organisation (extractors/applicant_docs.extract_consent)."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_consents_fortieth as fortieth
from tests.conftest import ROOT


def test_a_talent_service_centre_consents(tmp_path):
    fortieth.write_all(tmp_path / "drawn")
    case = tmp_path / "inbox" / "keeper"
    case.mkdir(parents=True)
    shutil.copy(tmp_path / "drawn" / "consent-file-keeper-2.png", case / "consent.png")
    os.utime(case / "consent.png", (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    report = json.loads((tmp_path / "out" / "keeper" / "report.json").read_text(encoding="utf-8"))
    (doc,) = report["documents"]
    fields = {k: v["value"] for k, v in doc["fields"].items()}
    assert doc["type"] == "consent_letter"
    assert (fields["organisation"], fields["applicant_name"], fields["seal_present"]) == ("福州市人才服务中心", "郑雨萱", True)
