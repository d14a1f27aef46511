"""The third set of drawn form layouts (sample_docs/drawn_forms_third.py), read as the product
reads an upload, and the generic readings it needed: a column heading's value in the cell under
it, options ticked one under another, a colon set apart ending a label, a row's value not the
next row's, a sum whose thousands comma reads as a dot, an HKID number's letter read as a digit."""
import sys
import zlib

import pytest

from extractors.value_types import PARSERS
from pipeline.hkid import hkid_check_char, read_hkid
from sample_docs import drawn_forms_third as third
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)

PERSON = third.PEOPLE[1]


def _scored(got: dict, kind: str, keys: list[str]) -> dict:
    want = third.truth(PERSON, kind)
    return {k: (norm(got.get(k)), norm(want[k])) for k in keys if norm(got.get(k)) != norm(want[k])}


def test_values_in_the_cells_under_column_headings_and_ticks_one_under_another(tmp_path):
    path = tmp_path / "applicant_form-headings.png"
    third.applicant_headings(PERSON).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    got = read_as(path, "applicant_form", pages=1)
    # not 'CHINESE NAME SEX' (the next headings); the salary under a heading with an empty cell beside it
    assert not _scored(got, "applicant_form", ["surname", "given_names", "sex", "date_of_birth", "travel_document_number",
                                               "position", "monthly_salary_hkd", "hk_local_degree"])


def test_a_phone_photo_of_a_form_with_a_column_of_colons(tmp_path):
    path = tmp_path / "applicant_form-photographed.jpg"
    third.photographed(third.applicant_photographed(PERSON).img, zlib.crc32(path.name.encode())).save(path, quality=72)
    got = read_as(path, "applicant_form", pages=1)
    assert not _scored(got, "applicant_form", ["surname", "given_names", "date_of_birth", "travel_document_number",
                                               "hkid_number", "employer_name", "position", "monthly_salary_hkd", "sex",
                                               "hk_local_degree"])


def test_an_employer_form_in_headings_with_the_answer_in_a_cell(tmp_path):
    path = tmp_path / "employer_form-headings.png"
    third.employer_headings(PERSON).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    got = read_as(path, "employer_form", pages=1)
    assert not _scored(got, "employer_form", ["applicant_name", "position", "monthly_salary_hkd", "talent_list"])
    assert "talent_list_profession" not in got  # '(YES/NO)', the options offered, is no profession


def test_traditional_labels_name_the_person_employed(tmp_path):
    path = tmp_path / "employer_form-traditional.png"
    third.employer_traditional(PERSON).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    got = read_as(path, "employer_form", pages=1)
    assert not _scored(got, "employer_form", list(third.truth(PERSON, "employer_form")))


@pytest.mark.parametrize("text,want", [
    ("7318406(5)", "Z318406(5)"),   # Z read as 7: the check character confirms the letter
    ("GY427915(7)", "G427915(7)"),  # a stray letter before the number
    ("Z318406(5)", "Z318406(5)"),
    ("R204817(8)", "R204817(8)"),   # as read when nothing confirms another reading
    ("7318406", None),              # digits alone, no bracketed check character: nothing to mend
])
def test_an_hkid_number_bent_by_ocr_is_read_as_its_check_character_confirms(text, want):
    assert read_hkid(text) == want
    assert hkid_check_char("Z318406") == "5" and hkid_check_char("G427915") == "7"


def test_a_sum_whose_thousands_comma_reads_as_a_dot():
    assert PARSERS["monthly_money"]("47.200") == 47200.0
    assert PARSERS["monthly_money"]("47,200.00") == 47200.0
    assert PARSERS["monthly_money"]("47.20") is None  # a sum with cents below a monthly salary's least
