"""The thirty-seventh drawn set (sample_docs/drawn_smallfirm_thirtyseventh.py): a small employer's financial
standing without an audited report. What it needed: 'Net profit before taxation' is no net profit for the year
(the year's profit is after tax), and a tax return's basis period ends its period."""
from sample_docs import drawn_smallfirm_thirtyseventh as thirtyseventh
from tests.conftest import read_each_as_uploaded


def test_accounts_and_a_tax_return_of_a_small_firm(tmp_path):
    thirtyseventh.write_all(tmp_path / "drawn")
    docs = read_each_as_uploaded(tmp_path / "drawn", ["tax-return-1.png", "accounts-1.png"], tmp_path)
    assert {d["type"] for d in docs.values()} == {"financial_statement"}
    tax_return, accounts = ({k: v["value"] for k, v in docs[name]["fields"].items()} for name in ("tax-return-1.png", "accounts-1.png"))
    assert tax_return["period_end"] == "2026-03-31"
    assert (accounts["revenue"], accounts["profit"], accounts["period_end"]) == (8420000, 963375, "2026-03-31")
