"""The twenty-sixth drawn set (sample_docs/drawn_hant_twentysixth.py): a Hong Kong employer's papers wholly in
traditional Chinese, read as the product reads an upload. What it needed: a currency named inside Han text
('以港元列示'), an auditor named in Chinese ('核數師：…', a firm by its calling), and a pay item stated as none
after its label ('房屋津貼：不設'; the words are data)."""

from sample_docs import drawn_hant_twentysixth as twentysixth
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["financial-hant-1.png", "employment-hant-2.png"]


def test_a_traditional_contract_and_accounts_summary(tmp_path):
    forms = {f["file"]: f for f in twentysixth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)) == {}
