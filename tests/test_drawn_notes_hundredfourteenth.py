"""The hundred-and-fourteenth drawn set (sample_docs/drawn_notes_hundredfourteenth.py), read cold at 19 / 21. What it
needed: a Chinese e-mail greeting its person by given name ('梓涵：') that names them in full in its header
('收件人：侯梓涵'); local staff counted with the word in brackets ('3 (local) + 1 (expatriate)')."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_person_greeted_by_given_name_in_chinese():
    doc = doc_of_rows([[(80, "收件人：侯梓涵")], [(80, "时间：2026-11-30 16:05")], [(80, "梓涵：")],
                       [(80, "你好！你提交的赴港工作申请已收悉。经公司审批，同意你赴香港工作。")], [(80, "灵犀医疗器械（苏州）有限公司 人力资源部")]],
                      han=True)
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "侯梓涵"


def test_local_staff_with_the_word_in_brackets():
    doc = doc_of_rows([[(140, "Business plan")], [(140, "Manpower"), (700, "3 (local) + 1 (expatriate)")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3
