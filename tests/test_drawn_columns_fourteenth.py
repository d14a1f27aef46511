"""The fourteenth drawn set (sample_docs/drawn_columns_fourteenth.py): papers in two columns, English
beside Chinese, and a statement on a landscape page, read as the product reads an upload. The one
generic reading it needed: a currency spelt out in the heading ('in Hong Kong dollars')."""

from sample_docs import drawn_columns_fourteenth as fourteenth
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["employment_contract-side-by-side-2.png", "financial_statement-landscape-1.png"]


def test_a_contract_in_two_languages_side_by_side_and_a_landscape_statement(tmp_path):
    forms = {f["file"]: f for f in fourteenth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)) == {}
