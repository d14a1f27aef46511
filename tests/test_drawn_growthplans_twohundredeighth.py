"""The two-hundred-and-eighth drawn set (sample_docs/drawn_growthplans_twohundredeighth.py), a twelfth test set of five
business plans, read cold at 4 / 15. What it needed: a plan known by its heading ('… - plan summary', 'Year 1 plan');
'Capital base', 'Start-up money' and 出資 for capital; a sum in Chinese numerals after its label, the label wrapped
across lines (營業 / 額約港幣四百萬元); a Chinese sentence's clauses parted at its commas (兩名股東 is no count of staff);
a count after a colon that follows the hiring or the people ('Hiring: 2 local part-timers', 'Positions we will create
in Hong Kong: 3'). Tested on other wording."""
import pytest

from extractors import registry
from extractors.plan_hires import local_hires
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


@pytest.mark.parametrize("text, count", [
    ("由三名合夥人創立,將於本港聘用兩名員工。", 2),
    ("Jobs we will create in HK: 4", 4),
    ("Hiring: 3 local part-timers in the first year", 3),
])
def test_a_count_of_local_people(text, count):
    assert local_hires(text)[0] == count


def test_a_plan_known_by_its_heading():
    best, score = best_type([(140, "Harbour Kites Limited - plan summary"), (140, "Capital base: HK$200,000"), (140, "Office: Tsuen Wan")])
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_sums_in_chinese_numerals_after_a_wrapped_label():
    doc = doc_of_rows([[(600, "禾田餐飲有限公司")], [(140, "本公司股東出資港幣八十萬元，預期開業後第一年營業")],
                       [(140, "額約港幣三百萬元。")]], han=True)
    out = registry.extract("business_plan", doc)
    assert (out["capital_hkd"].value, out["projected_turnover_hkd"].value) == (800000.0, 3000000.0)
