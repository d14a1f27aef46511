"""The hundred-and-eighteenth drawn set (sample_docs/drawn_letters_hundredeighteenth.py), read cold at 15 / 17. What it
needed: a letter signed 'For <company>' is the company's; a question that names the first year in words ('in year
one?') is no count, its answer is ('Four')."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_company_signing_for_itself():
    doc = doc_of_rows([[(140, "LETTER OF CONSENT")], [(140, "We consent to Ms KONG Xinyue taking up employment in Hong Kong with Tidewell Limited.")],
                       [(140, "Signed on 26 November 2026.")], [(140, "For Jinan Quancheng Water Technology Co., Ltd.")]])
    assert registry.extract("consent_letter", doc)["organisation"].value == "Jinan Quancheng Water Technology Co., Ltd."


def test_the_first_year_in_words_is_no_count():
    doc = doc_of_rows([[(140, "Business plan in brief")], [(140, "How much capital has been paid up?"), (800, "HK$750,000")],
                       [(140, "How many local staff will you employ in year one?"), (900, "Four")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4
