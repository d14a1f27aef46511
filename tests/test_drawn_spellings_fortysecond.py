"""The forty-second drawn set (sample_docs/drawn_spellings_fortysecond.py): a clean application whose papers spell
the same names differently. What it needed: LYU (a passport's ü) is pinyin, so the MRZ's surname is kept
(pipeline/names.pinyin_syllables); LU and LYU are one name with the dots dropped (pipeline/names.dotless); a form's
travel document number misread into no number's shape is settled by the MRZ's (validators/settle.py)."""
import json
import os
import shutil
import subprocess
import sys
import time

from extractors.pinyin_names import clean_name
from pipeline.names import same_person
from sample_docs import drawn_spellings_fortysecond as fortysecond
from tests.conftest import ROOT


def test_u_with_dots_spelt_three_ways():
    assert clean_name("LYU") == "LYU" and clean_name("NYU") == "NYU"
    assert same_person("LYU XINRAN", "LU XINRAN")[0] and same_person("吕欣然", "LU XINRAN")[0]
    assert not same_person("LYU XINRAN", "LI XINYI")[0]


def test_one_applicant_spelt_lyu_and_lu(tmp_path):
    folder = tmp_path / "drawn"
    fortysecond.write_all(folder)
    case = tmp_path / "inbox" / "lyu"
    case.mkdir(parents=True)
    for name in ("passport.png", "offer.png", "id990a.png"):
        shutil.copy(folder / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    report = json.loads((tmp_path / "out" / "lyu" / "report.json").read_text(encoding="utf-8"))
    fields = {d["type"]: {k: v["value"] for k, v in d["fields"].items()} for d in report["documents"]}
    assert fields["travel_document"]["surname"] == "LYU"
    assert fields["applicant_form"]["travel_document_number"] == "EJ7730518"
    outcome = {c["id"]: c["outcome"] for c in report["checks"]}
    assert outcome["identity.name_consistent"] == "pass"
