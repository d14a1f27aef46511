"""The sixth set of drawn form layouts (sample_docs/drawn_forms_sixth.py), read as the product
reads an upload, and the generic readings it needed: values a PDF editor's text tool typed over
the page, ticks in a table's answer columns with no boxes, a DD/MM/YY date, a salary by the year
under the label 'SALARY'."""
import sys
import zlib

import pytest

from extractors.value_types import PARSERS
from sample_docs import drawn_forms_sixth as sixth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)


def _wrong(got: dict, want: dict) -> dict:
    return {k: (norm(got.get(k)), norm(want[k])) for k in want if norm(got.get(k)) != norm(want[k])}


@pytest.mark.parametrize("person,kind", [(0, "applicant_form"), (1, "employer_form")])
def test_values_typed_over_a_pdf_form_with_an_editors_text_tool(tmp_path, person, kind):
    p = sixth.PEOPLE[person]
    path = tmp_path / f"{kind}-typed-over.pdf"
    path.write_bytes(sixth.typed_over(p, kind))
    want = {k: v for k, v in sixth.truth(p, kind).items() if k != "name_zh"}
    assert not _wrong(read_as(path, kind, pages=1), want)


@pytest.mark.parametrize("person,kind,draw", [(1, "applicant_form", sixth.applicant_ticked_table),
                                              (0, "employer_form", sixth.employer_ticked_table)])
def test_ticks_in_a_tables_answer_columns(tmp_path, person, kind, draw):
    p = sixth.PEOPLE[person]
    path = tmp_path / f"{kind}-ticked-table.png"
    draw(p).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    got = read_as(path, kind, pages=1)
    keys = ["sex", "hk_local_degree", "date_of_birth"] if kind == "applicant_form" else ["talent_list"]
    assert not _wrong(got, {k: sixth.truth(p, kind)[k] for k in keys})


def test_values_in_square_brackets_and_a_salary_by_the_year(tmp_path):
    p = sixth.PEOPLE[1]
    path = tmp_path / "applicant_form-bracketed.png"
    sixth.applicant_bracketed(p).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    assert not _wrong(read_as(path, "applicant_form", pages=1), sixth.truth(p, "applicant_form"))


def test_two_digit_years_in_a_date_field():
    assert PARSERS["date"]("30/08/92") == "1992-08-30" and PARSERS["date"]("01-02-27") == "2027-02-01"
    assert PARSERS["date"]("3/4") is None and PARSERS["date"]("30/08/1992") == "1992-08-30"
