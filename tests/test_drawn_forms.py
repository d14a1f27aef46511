"""Forms ID 990A and ID 990B in layouts drawn apart from the generator (sample_docs/drawn_forms.py),
classified and read as the product reads an upload: letter boxes and a date in three box groups,
values typed over dot leaders, a ruled grid of label and value cells, labels in Chinese first,
and fillable PDFs whose fields are named Text1, Text2..."""
import sys
import zlib

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline import ocr
from pipeline.classify import segment
from pipeline.ingest import describe_file
from pipeline.pages import load_pages
from pipeline.read import read_page
from sample_docs import drawn_forms as drawn
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)

PERSON = drawn.PEOPLE[1]
LAYOUTS = [("applicant_form", name) for name in drawn.APPLICANT_LAYOUTS] + [("employer_form", name) for name in drawn.EMPLOYER_LAYOUTS]


def _read(path, kind: str) -> tuple[list[str], dict]:
    read = [read_page(r, path.name) for r in load_pages(describe_file(path.parent, path))]
    return [s.type for s in segment(read)], read_as(path, kind, pages=1)


@pytest.mark.parametrize("kind,layout", LAYOUTS)
def test_a_drawn_form_is_classified_and_read_in_full(tmp_path, kind, layout):
    draw = (drawn.APPLICANT_LAYOUTS if kind == "applicant_form" else drawn.EMPLOYER_LAYOUTS)[layout]
    path = tmp_path / f"{kind}-{layout}.png"
    draw(PERSON).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    types, got = _read(path, kind)
    assert types == [kind]
    wrong = {k: (v, got.get(k)) for k, v in drawn.truth(PERSON, kind).items() if norm(got.get(k)) != norm(v)}
    assert not wrong


@pytest.mark.parametrize("kind", ["applicant_form", "employer_form"])
def test_a_fillable_form_whose_field_names_say_nothing_is_read_by_its_printed_labels(tmp_path, kind):
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(drawn.fillable(PERSON, kind))
    types, got = _read(path, kind)
    assert types == [kind]
    want = {k: v for k, v in drawn.truth(PERSON, kind).items() if k != "name_zh"}
    assert {k: norm(got.get(k)) for k in want} == {k: norm(v) for k, v in want.items()}


def test_dot_leaders_are_found_and_painted_out_but_a_sentence_s_full_stops_are_not():
    img = Image.new("RGB", (1654, 600), "white")
    d = ImageDraw.Draw(img)
    d.text((100, 100), "A sentence ends here. Another one... and more.", fill="black", font=drawn.pil_font("sans", 30))
    assert not ocr.has_leaders(img)
    d.text((100, 300), "Surname:" + "." * 120, fill="black", font=drawn.pil_font("sans", 30))
    assert ocr.has_leaders(img)
    cleaned = np.asarray(ocr.without_rules(img))
    assert (cleaned[330:345, 400:1500] < 128).sum() == 0  # the leader's dots are paper now
    assert (cleaned[300:340, 100:220] < 128).sum() > 100  # the label's letters are not
