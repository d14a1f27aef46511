"""Integrity signals on real files: PDF edit traces, and the same document turning up in
another case of the output store (same file, or the same text in a new scan)."""
import os
import random
import time
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.pdfgen import canvas

from flows.reverify import reverify
from flows.run import process_case
from pipeline.fingerprint import pdf_traces
from sample_docs.generator import employer_docs as E
from sample_docs.generator.identity import company
from sample_docs.generator.render import images_to_pdf, to_image, to_pdf
from sample_docs.generator.scan import scanned


def _pdf(path, creator=None):
    c = canvas.Canvas(str(path))
    if creator:
        c.setCreator(creator)
    c.drawString(72, 720, "Audited financial statements for the year ended 31 March 2026")
    c.save()


def _settle(folder):
    old = time.time() - 60  # older than the upload-settle window
    for p in [folder, *folder.iterdir()]:
        os.utime(p, (old, old))


def _check(out, case_id, rule_id):
    import json
    report = json.loads((out / case_id / "report.json").read_text())
    return next(c for c in report["checks"] if c["id"] == rule_id)


def test_pdf_edit_traces_are_read(tmp_path):
    clean, edited = tmp_path / "clean.pdf", tmp_path / "edited.pdf"
    _pdf(clean)
    assert pdf_traces(clean)["incremental_updates"] == 0
    _pdf(edited, creator="Adobe Photoshop 25.0")
    pdf = pdfium.PdfDocument(str(edited))
    pdf.new_page(595, 842)
    with open(tmp_path / "appended.pdf", "wb") as f:
        pdf.save(f, flags=pdfium_c.FPDF_INCREMENTAL)
    pdf.close()
    traces = pdf_traces(tmp_path / "appended.pdf")
    assert traces["incremental_updates"] == 1
    assert "Photoshop" in traces["creator"]


def test_edited_pdf_sends_the_case_to_review(tmp_path):
    case = tmp_path / "inbox" / "case-edit"
    case.mkdir(parents=True)
    _pdf(case / "statement.pdf", creator="GIMP 2.10")
    _settle(case)
    process_case(case, tmp_path / "out", as_of="2026-11-01")
    check = _check(tmp_path / "out", "case-edit", "integrity.edited_pdf")
    assert check["outcome"] == "review" and "GIMP" in check["message"]


def test_same_document_in_another_case_is_found_and_reverify_repeats_it(tmp_path):
    rng = random.Random(9)
    c = company(rng, date(2014, 5, 1))
    plan = E.business_plan(c, rng)
    other = E.company_profile(company(rng, date(2016, 1, 1)), 40, rng)
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    first, second = inbox / "case-a", inbox / "case-b"
    first.mkdir(parents=True)
    second.mkdir()
    (first / "plan.pdf").write_bytes(to_pdf(plan.pages))
    (first / "profile.pdf").write_bytes(to_pdf(other.pages))
    # case-b: the very same profile file, and the plan printed and scanned again
    (second / "profile-copy.pdf").write_bytes((first / "profile.pdf").read_bytes())
    scans = [scanned(to_image(pg, 300), random.Random(2), 200, rotate=0, skew=0.8, blur=0.4, noise=4) for pg in plan.pages]
    (second / "scan.pdf").write_bytes(images_to_pdf(scans, 200))
    _settle(first)
    _settle(second)
    process_case(first, out, as_of="2026-11-01")
    assert _check(out, "case-a", "integrity.duplicate_in_other_case")["outcome"] == "not_applicable"
    process_case(second, out, as_of="2026-11-01")
    check = _check(out, "case-b", "integrity.duplicate_in_other_case")
    assert check["outcome"] == "review"
    how = {(e["file"], e["value"].split(" (")[0]) for e in check["evidence"]}
    assert ("profile-copy.pdf", "the same file") in how
    assert ("scan.pdf", "the same text") in how
    same, notes = reverify(out / "case-b")
    assert same, notes
