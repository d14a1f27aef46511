"""The two-hundred-and-sixty-second drawn set (sample_docs/drawn_shoveler_twohundredsixtysecond.py): work letters and
plans, read cold at 15 / 20. What it needed: a post after 'as a full-time'; the post held at leaving ('joined … as …
and left on … as …'); a stay from a month to the present ('Period:  Mar 2015 – Present'); the local part of a team
('a team of nine, seven of whom will be Hong Kong residents'); a sum PP-OCR read again only from its own words, not from
the paragraph round a word that is none ('sales of'). Tested on other wording."""
from extractors import registry
from extractors.value_types import PARSERS
from tests.synthetic import doc_of_rows


def test_a_post_after_its_kind_of_employment():
    doc = doc_of_rows([[(140, "Ningbo Harbourview Logistics Co., Ltd.")],
                       [(140, "Ms. WEN Yu was employed with us as a part-time Customs Declarant from 1 May 2014 to 30 April 2016.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Customs Declarant"


def test_the_post_held_at_leaving():
    doc = doc_of_rows([[(140, "Tianjin Bohai Chemicals Co., Ltd.")],
                       [(140, "Mr. ZHAO Lei joined the company on 1 July 2011 as a Laboratory Assistant and left the company in 2019 as Head of Quality.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Head of Quality"


def test_a_month_to_the_present():
    assert PARSERS["stay_start"]("June 2018 - present") == "2018-06-01"


def test_the_local_part_of_a_team():
    doc = doc_of_rows([[(140, "Seaside Kayak Tours Limited")],
                       [(140, "For year one we forecast a team of eight, five of whom will be Hong Kong residents, and sales of HK$2 million.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 5
