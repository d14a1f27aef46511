"""The thirty-sixth drawn set (sample_docs/drawn_template_thirtysixth.py): employment contracts on a fill-in
template. What it needed: a page of blanks to fill in is read again with its rules painted out, and a word read
unsurely with the rule under it ('24' on its blank read '240') gives way to the sure reading of the same place
(pipeline/blanks.py); 'End of year payment' names a guaranteed bonus
(data/pay_terms.yaml); 'HK$ 46.500' is 46,500 (a comma written as a dot)."""
from sample_docs import drawn_template_thirtysixth as thirtysixth
from tests.conftest import read_each_as_uploaded


def test_contracts_on_a_fill_in_template(tmp_path):
    thirtysixth.write_all(tmp_path / "drawn")
    docs = read_each_as_uploaded(tmp_path / "drawn", ["template-typed-1.png", "template-bilingual-1.png"], tmp_path)
    typed, bilingual = ({k: v["value"] for k, v in docs[name]["fields"].items()}
                        for name in ("template-typed-1.png", "template-bilingual-1.png"))
    assert (typed["term_months"], typed["guaranteed_bonus_hkd"], typed["annual_package_hkd"]) == (24, 46500, 712500)
    assert (bilingual["monthly_salary_hkd"], bilingual["guaranteed_bonus_hkd"]) == (46500, 46500)
