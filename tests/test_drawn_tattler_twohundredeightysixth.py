"""The two-hundred-and-eighty-sixth drawn set (sample_docs/drawn_tattler_twohundredeightysixth.py), read cold at 18 / 19.
What it needed: a stay under the label 'Tenure' running 'through' its last day. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_tenure_running_through_its_last_day():
    doc = doc_of_rows([[(140, "Qinling Mining Equipment Co., Ltd.")], [(140, "Employee:  Ms. FAN Yue")],
                       [(140, "Job title:  Hydraulics Technician")], [(140, "Tenure:  9 March 2011 through 14 February 2016")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value) == ("2011-03-09", "2016-02-14")
