"""The thirty-third drawn set (sample_docs/drawn_twoup_thirtythird.py): a passport's data page and the holder's
identity card copied onto one page. What it needed: a one-page document whose page holds another across a
blank band, the other part headed by another type's title, is two documents on that page, each read from its
own part's words (pipeline/two_up.py, pipeline/classify._two_up)."""
import json
import os
import shutil
import subprocess
import sys
import time

from sample_docs import drawn_twoup_thirtythird as thirtythird
from tests.conftest import ROOT


def test_a_passport_and_an_identity_card_on_one_page(tmp_path):
    thirtythird.write_all(tmp_path / "drawn")
    case = tmp_path / "inbox" / "copy"
    case.mkdir(parents=True)
    shutil.copy(tmp_path / "drawn" / "id-papers-copy-2.png", case / "scan.png")
    os.utime(case / "scan.png", (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    report = json.loads((tmp_path / "out" / "copy" / "report.json").read_text(encoding="utf-8"))
    docs = {d["type"]: d for d in report["documents"]}
    assert set(docs) == {"travel_document", "hkid_copy"} and docs["hkid_copy"]["pages"] == [1]
    assert docs["travel_document"]["fields"]["document_number"]["value"] == "E62071958"
    assert docs["hkid_copy"]["fields"]["hkid_number"]["value"] == "WX720916(7)"
