"""The hundred-and-eleventh drawn set (sample_docs/drawn_creases_hundredeleventh.py), read cold at 25 / 26. What it
needed: a projection that opens with a setting-up year ('Year 0 | Year 1 | Year 2'): a row's figure under the first
year's heading, not the first figure."""
from extractors.declared import read_declared
from tests.synthetic import doc_of_rows


def test_the_first_years_column_after_a_setting_up_year():
    doc = doc_of_rows([[(140, "HK$"), (560, "Year 0"), (860, "Year 1"), (1160, "Year 2")],
                       [(140, "Revenue"), (560, "0"), (860, "2,960,000"), (1160, "4,480,000")],
                       [(140, "Local staff"), (560, "1"), (860, "5"), (1160, "8")]])
    found = read_declared("business_plan", doc)
    assert (found["projected_turnover_hkd"].value, found["local_jobs"].value) == (2960000, 5)
