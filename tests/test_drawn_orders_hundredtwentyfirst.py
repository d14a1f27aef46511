"""The hundred-and-twenty-first drawn set (sample_docs/drawn_orders_hundredtwentyfirst.py), read cold at 22 / 24. What
it needed: a person named given name first with the surname in capitals ('Dr Haoran LIU') is LIU HAORAN, as SPEC §5
writes names; 小姐 (Miss) after a name ends it as 女士 does."""
from extractors import registry
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_name_given_first_with_its_surname_in_capitals():
    doc = doc_of_rows([[(140, "Donghai Institute of Marine Geology")], [(140, "1 December 2026")],
                       [(140, "Dr Haoran LIU, born 3 May 1988, has been an associate research fellow at this institute since 2019.")],
                       [(140, "The institute has no objection to Dr LIU taking up the post in Hong Kong.")]])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "LIU HAORAN"


def test_miss_after_a_name():
    doc = _han_doc([(460, "深圳鴻基精密電子有限公司"), (700, "同意書"),
                    (140, "茲同意本公司員工賴思妤小姐（護照號碼：E71520394）辭去本公司品質經理一職，前往香港就業。")])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "賴思妤"
