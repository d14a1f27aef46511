"""Readers on material this project did not generate: hand-written documents in other wording
(tests/resources/unseen_wording.yaml) and the real CUAD contracts in ../shared/external."""
import json
import sys
from datetime import date

import pytest
import yaml
from PIL import Image

from sample_docs.generator.evaluate import norm
from sample_docs.generator.render import PageSpec, Picture, Rect, to_pdf
from tests.conftest import ROOT, external

FIXTURES = yaml.safe_load((ROOT / "tests" / "resources" / "unseen_wording.yaml").read_text(encoding="utf-8"))
sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import contract_dates, party_found, read_as  # noqa: E402  (the bench's reader and scoring)


def _page(lines: list[str]) -> PageSpec:
    """The fixture's lines, wrapped: '| a | b |' is a ruled table row, its cells sharing the width;
    '~' opens a small label; the lines between '[PHOTO]' and '[/PHOTO]' stand right of a portrait."""
    page, y, x = PageSpec(), 30.0, 22.0
    for line in lines:
        if line == "[PHOTO]":
            face = Image.open(ROOT / "tests" / "resources" / "photo_flat_face.jpg").convert("RGB")
            page.ops.append(Picture(22, y - 4, 35, 45, face))
            x = 62.0
        elif line == "[/PHOTO]":
            x, y = 22.0, max(y, 80.0)
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            width = 166 / len(cells)
            for i, cell in enumerate(cells):
                page.ops.append(Rect(22 + i * width, y - 6, width, 10))
                page.text(24 + i * width, y, cell, "sans" if cell.isascii() else "sans_cjk", 10.5)
            y += 10
        else:
            size = 7 if line.startswith("~") else 11
            line = line.removeprefix("~")
            y = page.para(x, y, line, 188 - x, "sans" if line.isascii() else "sans_cjk", size) + (1 if size < 11 else 3)
    return page


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f["id"])
def test_hand_written_wording_reads_as_listed(fixture, tmp_path):
    pdf = tmp_path / "upload.pdf"
    pdf.write_bytes(to_pdf([_page(fixture["lines"])]))
    got = read_as(pdf, fixture["type"])
    right = {k for k, want in fixture["fields"].items() if norm(got.get(k)) == norm(want)}
    misses = set(fixture.get("misses", {}))
    assert not (set(fixture["fields"]) - right) - misses, f"regressed: {[(k, got.get(k)) for k in set(fixture['fields']) - right - misses]}"
    assert not right & misses, f"now read right, take off `misses`: {sorted(right & misses)}"


def test_cuad_labels_are_read_as_the_bench_reads_them():
    """The bench's truth side on the real metadata: dated contracts parse to the day CUAD states."""
    meta = {m["file"]: m for m in json.loads(external("pdfs", "cuad_contracts", "test", "metadata.json").read_text())}
    assert contract_dates(meta["01_service_mplx.pdf"]) == {date(2015, 6, 11).isoformat()}
    assert contract_dates(meta["02_service_martinmidstream.pdf"]) == {"2003-12-23"}  # '23rd day of December, 2003'
    assert contract_dates(meta["07_license_gpaqacquisition.pdf"]) == set()  # 'the date of the Closing'
    parties = meta["01_service_mplx.pdf"]["Parties"]
    assert party_found("Marathon Pipe Line LLC", parties) and not party_found("Investment Company", parties)


def test_each_hand_written_document_is_classified_as_its_type(tmp_path):
    """The documents of the set, by their own content, whatever their title and wording."""
    from pipeline.classify import segment
    from pipeline.ingest import describe_file
    from pipeline.pages import load_pages
    from pipeline.read import read_page
    wrong = []
    for fixture in FIXTURES:
        pdf = tmp_path / f"{fixture['id']}.pdf"
        pdf.write_bytes(to_pdf([_page(fixture["lines"])]))
        read = [read_page(r, pdf.name) for r in load_pages(describe_file(tmp_path, pdf))]
        types = [s.type for s in segment(read)]
        if types != [fixture["type"]]:
            wrong.append((fixture["id"], types))
    assert wrong == []
