"""The fourth set of drawn form layouts (sample_docs/drawn_forms_fourth.py), read as the product
reads an upload, and the generic readings it needed: a fax's halftone lifted out, a tick box with
a check mark running over its side, one check box for a yes/no answer, a date asked in three
fields, an English label after a Chinese one of no field here, an HKID number whose label was
lost, labels in other words ('Monthly income', 'Position Title', 'BR Certificate No.')."""
import sys
import zlib

import pytest

from pipeline.hkid import hkid_checks
from sample_docs import drawn_forms_fourth as fourth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)


def _wrong(got: dict, want: dict, keys=None) -> dict:
    return {k: (norm(got.get(k)), norm(want[k])) for k in keys or want if norm(got.get(k)) != norm(want[k])}


@pytest.mark.parametrize("person", [0, 1])
def test_a_faxed_form_with_shaded_label_cells(tmp_path, person):
    """1 bit a pixel, the grey of the label cells dithered: every field, the HKID number of the
    second person though its label reads 'H.K.LD, No.'."""
    p = fourth.PEOPLE[person]
    path = tmp_path / f"applicant_form-faxed-{person + 1}.tif"
    fourth.faxed(fourth.applicant_faxed(p).img, zlib.crc32(path.name.encode())).save(path, compression="group4", dpi=(204, 196))
    assert not _wrong(read_as(path, "applicant_form", pages=1), fourth.truth(p, "applicant_form"))


def test_check_marks_over_the_boxes_sides(tmp_path):
    p = fourth.PEOPLE[1]  # female, with a Hong Kong degree: both ticked boxes are the second and the first
    path = tmp_path / "applicant_form-simplified.png"
    fourth.applicant_simplified(p).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    assert not _wrong(read_as(path, "applicant_form", pages=1), fourth.truth(p, "applicant_form"))


def test_values_under_numbered_bilingual_labels_and_no_offered_first(tmp_path):
    p = fourth.PEOPLE[0]
    path = tmp_path / "employer_form-numbered-under.png"
    fourth.employer_numbered_under(p).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    assert not _wrong(read_as(path, "employer_form", pages=1), fourth.truth(p, "employer_form"))


def test_shaded_labels_in_other_words_and_a_written_y(tmp_path):
    p = fourth.PEOPLE[0]
    path = tmp_path / "employer_form-shaded.png"
    fourth.employer_shaded(p).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    got = read_as(path, "employer_form", pages=1)
    assert not _wrong(got, fourth.truth(p, "employer_form"))
    assert "talent_list_profession" not in got  # '(Y/N) Y' is the answer, not a profession


@pytest.mark.parametrize("person,kind", [(0, "applicant_form"), (1, "employer_form")])
def test_a_fillable_form_with_a_date_in_three_fields_and_one_empty_check_box(tmp_path, person, kind):
    p = fourth.PEOPLE[person]
    path = tmp_path / f"{kind}-fillable.pdf"
    path.write_bytes(fourth.fillable_split(p, kind))
    want = {k: v for k, v in fourth.truth(p, kind).items() if k != "name_zh"}
    assert not _wrong(read_as(path, kind, pages=1), want)


def test_hkid_numbers_check_themselves():
    assert hkid_checks("Y093517(2)") and hkid_checks("M614208(2)")
    assert not hkid_checks("Y093517(3)") and not hkid_checks("Y093517") and not hkid_checks("12345678")
