"""The forty-eighth drawn set (sample_docs/drawn_longcontract_fortyeighth.py): four-page employment agreements whose
pay stands in a schedule's table at the end. What it needed: a table's row is a clause of its own, so the next
row's 'Discretionary bonus' does not make the row before it ('Guaranteed 13th month salary') discretionary nor the
salary row's pay (extractors/clauses.clauses), and a bonus its own words guarantee is no discretionary one
(extractors/pay_terms, data/pay_terms.yaml GUARANTEED)."""
from sample_docs import drawn_longcontract_fortyeighth as fortyeighth
from tests.conftest import read_each_as_uploaded


def test_pay_in_a_schedule_at_the_end(tmp_path):
    fortyeighth.write_all(tmp_path / "drawn")
    doc = read_each_as_uploaded(tmp_path / "drawn", ["agreement-1-text-pdf.pdf"], tmp_path)["agreement-1-text-pdf.pdf"]
    fields = {k: v["value"] for k, v in doc["fields"].items()}
    assert (fields["monthly_salary_hkd"], fields["housing_allowance_hkd"], fields["guaranteed_bonus_hkd"]) == (68000, 12000, 68000)
    assert (fields["term_months"], fields["annual_package_hkd"]) == (24, 1028000)
