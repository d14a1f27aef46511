"""The two-hundred-and-ninetieth drawn set (sample_docs/drawn_spoonbill_twohundredninetieth.py), five work experience
letters read cold at 18 / 20. What it needed: a service certificate's 'Rank' as the post where no other label states
one, and its 'Date of appointment' as the stay's first day. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_rank_and_a_date_of_appointment():
    doc = doc_of_rows([[(140, "Dongjiang People's Hospital")], [(140, "Name:  Mr. LU Kai")], [(140, "Rank:  Senior Radiographer")],
                       [(140, "Date of appointment:  16 May 2012")], [(140, "Date of leaving:  31 January 2020")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value) == ("Senior Radiographer", "2012-05-16")
