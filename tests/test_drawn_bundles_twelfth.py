"""The twelfth drawn set (sample_docs/drawn_bundles_twelfth.py): each side's papers scanned into
one PDF, read as the product reads an upload. The generic readings it needed: a page naming the
titles of several types lists papers and is none of them (pipeline/classify), and a figure whose
thousands grouping OCR broke is read again by the other engine (extractors/financial_statement)."""
import json
import os
import subprocess
import sys
import time

from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from sample_docs import drawn_bundles_twelfth as twelfth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT


def test_an_employer_bundle_behind_its_covering_letter(tmp_path):
    entries = [e for e in twelfth.write_all(tmp_path / "case") if e["file"] == "employer-bundle-2.pdf"]
    for other in (tmp_path / "case").iterdir():
        if other.name != "employer-bundle-2.pdf":
            other.unlink()
    os.utime(tmp_path / "case" / "employer-bundle-2.pdf", (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path), "--out", str(tmp_path / "out"), "--no-prefect"],
                   cwd=ROOT, check=True, capture_output=True)
    report = json.loads((tmp_path / "out" / "case" / "report.json").read_text(encoding="utf-8"))
    # one document a page, the letter first, the upside-down page among them
    assert [(d["type"], d["pages"]) for d in report["documents"]] == [(e["type"], e["pages"]) for e in entries]
    accounts = next(d for d in report["documents"] if d["type"] == "financial_statement")
    want = next(e for e in entries if e["type"] == "financial_statement")["fields"]
    assert norm(accounts["fields"]["revenue"]["value"]) == norm(want["revenue"])  # read '23,509, 112' on the page


def _page(*lines: str) -> ReadPage:
    words = [Word(text=t, bbox=(100 + 160 * i, 100 + 60 * n, 250 + 160 * i, 140 + 60 * n), conf=0.95)
             for n, line in enumerate(lines) for i, t in enumerate(line.split())]
    return ReadPage(Page(file="p.pdf", number=1, width=1654, height=2339, dpi=200, source="text_layer", lang="eng",
                         words=words), None)


def test_an_index_of_papers_is_none_of_them():
    index = _page("Harbour Lane Trading Limited", "Documents submitted", "A. Employment contract",
                  "B. Business Registration Certificate", "C. Audited financial statements", "D. Company profile")
    assert score_page(index).scores == {}


def test_a_paper_headed_by_its_title_keeps_it_though_it_names_others():
    form = _page("ID 990B", "Employer's form", "Attach: employment contract, business registration certificate,",
                 "audited financial statements and a company profile.", "Particulars of employer")
    assert score_page(form).best[0] == "employer_form"
