"""The eighteenth drawn set (sample_docs/drawn_split_eighteenth.py): one document over several files,
read as the product reads a case (flows/continued.py). A contract scanned a page a file is one
contract with the pay its second page states; a card's back photographed before its front belongs to
the card; a note after a consent letter stays a paper of its own."""
import json
import os
import shutil
import subprocess
import sys
import time

from flows.case import FileAnalysis
from flows.continued import clause_numbers, goes_on, natural, page_number
from pipeline.model import Document, Page, Word
from sample_docs import drawn_split_eighteenth as eighteenth
from tests.conftest import ROOT

PARTY = ["scan0001.png", "scan0002.png", "permit_back_2.jpg", "permit_front_2.jpg", "z_consent_2.png", "z_note_2.png"]


def test_a_case_whose_contract_and_permit_go_on_in_other_files(tmp_path):
    eighteenth.write_all(tmp_path / "drawn")
    case = tmp_path / "inbox" / "party-2"
    case.mkdir(parents=True)
    for name in PARTY:
        shutil.copy(tmp_path / "drawn" / name, case / name)
        os.utime(case / name, (time.time() - 60, time.time() - 60))
    subprocess.run([sys.executable, "-m", "flows.cli", "process", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"),
                    "--no-prefect"], cwd=ROOT, check=True, capture_output=True)
    report = json.loads((tmp_path / "out" / "party-2" / "report.json").read_text(encoding="utf-8"))
    docs = {d["file"]: d for d in report["documents"]}
    contract = docs["scan0001.png"]
    assert contract["type"] == "employment_contract"
    assert [part["file"] for part in contract["continued"]] == ["scan0002.png"]
    assert contract["fields"]["monthly_salary_hkd"]["value"] == 62000
    assert contract["fields"]["monthly_salary_hkd"]["file"] == "scan0002.png"  # evidence on the page that states it
    permit = docs["permit_front_2.jpg"]
    assert permit["type"] == "travel_document" and [p["file"] for p in permit["continued"]] == ["permit_back_2.jpg"]
    assert "scan0002.png" not in docs and "permit_back_2.jpg" not in docs
    assert docs["z_consent_2.png"]["continued"] == [] and docs["z_note_2.png"]["type"] == "unknown"


def _page(file: str, lines: list[str]) -> Page:
    words = [Word(text=t, bbox=(200, 200 + 60 * n, 1400, 240 + 60 * n), conf=0.9) for n, t in enumerate(lines)]
    return Page(file=file, number=1, width=1654, height=2339, dpi=200, source="ocr", lang="eng", words=words)


def _analysis(name: str, doc_type: str, page: Page, titled: bool = False) -> FileAnalysis:
    doc = Document(id="D02", file=name, sha256="0" * 64, pages=[1], type=doc_type, type_confidence=0.6)
    return FileAnalysis(name=name, sha256="0" * 64, format="png", size=1, warnings=[], documents=[doc], pages=[page],
                        leaning=doc_type, titled=titled)


def test_pages_go_on_by_their_number_or_their_clauses_and_not_otherwise():
    first = _page("a.png", ["EMPLOYMENT AGREEMENT", "1. Parties", "2. Post", "3. Term"])
    contract = Document(id="D01", file="a.png", sha256="0" * 64, pages=[1], type="employment_contract", type_confidence=0.9)
    numbered = _page("b.png", ["Salary is paid monthly.", "- 2 -"])
    clauses = _page("b.png", ["4. Salary", "5. Leave"])
    neither = _page("b.png", ["Salary is paid monthly.", "9. Notice"])
    assert page_number(numbered) == 2 and page_number(_page("c.png", ["第2页 共3页"])) == 2
    assert clause_numbers(clauses) == [("arabic", 4), ("arabic", 5)]
    assert clause_numbers(_page("c.png", ["第十一条 工资"])) == [("chinese", 11)]
    assert goes_on(contract, first, _analysis("b.png", "employment_contract", numbered), numbered)
    assert goes_on(contract, first, _analysis("b.png", "employment_contract", clauses), clauses)
    assert not goes_on(contract, first, _analysis("b.png", "employment_contract", neither), neither)
    assert not goes_on(contract, first, _analysis("b.png", "employment_contract", numbered, titled=True), numbered)
    assert not goes_on(contract, first, _analysis("b.png", "consent_letter", numbered), numbered)
    assert sorted(["scan10.png", "scan2.png", "scan1.png"], key=natural) == ["scan1.png", "scan2.png", "scan10.png"]
