"""The fifth set of drawn form layouts (sample_docs/drawn_forms_fifth.py), read as the product
reads an upload, and the generic readings it needed: a value over its caption, a whole name
whose label says the surname comes first, a pen's lone capital tesseract cannot read, '是否'
read as two words, a PDF whose CJK font pdfminer decodes to other characters than pdfium."""
import sys
import zlib

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors.base import parse_date
from extractors.value_types import PARSERS
from pipeline.ocr import without_halftone
from sample_docs import drawn_forms_fifth as fifth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)


def _wrong(got: dict, want: dict) -> dict:
    return {k: (norm(got.get(k)), norm(want[k])) for k in want if norm(got.get(k)) != norm(want[k])}


def _scan(sheet, name: str, tmp_path):
    path = tmp_path / name
    sheet.scanned(zlib.crc32(name.encode())).save(path, dpi=(200, 200))
    return path


def test_values_written_over_their_captions(tmp_path):
    """'ZHOU MINGXUAN' over 'Name in English (SURNAME first, ...)', 'M' over 'Sex (M/F)' (PP-OCR
    reads the pen's M), 'DEC 3. 1989', the post over 'Post' and not the question under it."""
    p = fifth.PEOPLE[0]
    path = _scan(fifth.applicant_under_lines(p), "applicant_form-under-lines-1.png", tmp_path)
    assert not _wrong(read_as(path, "applicant_form", pages=1), fifth.truth(p, "applicant_form"))


def test_an_employer_form_with_its_labels_under_the_lines(tmp_path):
    p = fifth.PEOPLE[1]
    path = _scan(fifth.employer_under_lines(p), "employer_form-under-lines-2.png", tmp_path)
    assert not _wrong(read_as(path, "employer_form", pages=1), fifth.truth(p, "employer_form"))


def test_an_answer_written_after_a_question_that_asks_with_shi_fou(tmp_path):
    p = fifth.PEOPLE[1]  # not a Talent List post: '…是否屬於人才清單所列的專業：否'
    path = _scan(fifth.employer_cheque(p), "employer_form-cheque-2.png", tmp_path)
    assert not _wrong(read_as(path, "employer_form", pages=1), fifth.truth(p, "employer_form"))


@pytest.mark.parametrize("kind", ["applicant_form", "employer_form"])
def test_a_fillable_form_whose_chinese_font_pdfminer_decodes_wrongly(tmp_path, kind):
    p = fifth.PEOPLE[0]
    path = tmp_path / f"{kind}-fillable.pdf"
    path.write_bytes(fifth.fillable_chinese(p, kind))
    want = {k: v for k, v in fifth.truth(p, kind).items() if k != "name_zh"}
    assert not _wrong(read_as(path, kind, pages=1), want)


def test_small_readings():
    assert parse_date("DEC 3. 1989") == "1989-12-03" and parse_date("Dec 3, 1989") == "1989-12-03"
    assert PARSERS["company"]("TSING Y] MARITIME DATA LIMITED") == "TSING YI MARITIME DATA LIMITED"
    assert fifth._cheque(61300) == "陸萬壹仟參佰元正" and fifth._year_zh(fifth.PEOPLE[0].date_of_birth) == "一九八九年十二月三日"


def test_a_bilevel_pages_own_specks_stay_and_its_shading_goes():
    page = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(page).text((20, 20), "i j . ;", fill=0)
    bits = page.convert("1", dither=Image.Dither.NONE)
    assert without_halftone(bits) is bits  # no shading: the page as it was
    grey = page.copy()
    ImageDraw.Draw(grey).rectangle([200, 100, 380, 180], fill=205)  # a shaded cell, dithered as a fax sends it
    lifted = np.asarray(without_halftone(grey.convert("1")))
    assert lifted[100:180, 200:380].min() == 255 and lifted[15:40, 15:80].min() == 0
