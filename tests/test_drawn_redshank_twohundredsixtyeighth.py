"""The two-hundred-and-sixty-eighth drawn set (sample_docs/drawn_redshank_twohundredsixtyeighth.py), read cold at
30 / 32. What it needed: a count after a verb of reaching ('Headcount in Hong Kong will reach 4 by …'); a post's label
with its qualifier ('Last job title'). Tested on other wording."""
from extractors import registry
from extractors.value_types import _count
from tests.synthetic import doc_of_rows


def test_a_count_after_a_verb_of_reaching():
    doc = doc_of_rows([[(140, "Pier Nine Bicycles Limited")], [(140, "Share capital of HK$300,000 is paid up.")],
                       [(140, "Our team in Hong Kong is to reach 5 by December 2027.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 5


def test_no_year_share_or_duration_is_a_count():
    assert [_count(t) for t in ("will be hired in 2027", "will reach 40% of sales", "will be 3 years", "will total 12 people")] == \
        [None, None, None, 12]


def test_a_posts_label_with_its_qualifier():
    doc = doc_of_rows([[(140, "Company ......... Harbin Snowfield Machinery Co., Ltd.")], [(140, "Employed from ... 3 March 2013")],
                       [(140, "Final title ..... Site Engineer")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Site Engineer"
