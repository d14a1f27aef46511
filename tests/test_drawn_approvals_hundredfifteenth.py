"""The hundred-and-fifteenth drawn set (sample_docs/drawn_approvals_hundredfifteenth.py), four consents and a
certificate of employment, read cold at 18 / 19. What it needed: the person who applies, named right after their post
('本公司研发中心工程师覃一鸣提交辞职申请'); not the chair of a meeting named after their title ('主持人：总经理 贺建峰')."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_person_who_applies_after_their_post():
    doc = doc_of_rows([[(560, "审批意见书")], [(140, "本公司研发中心工程师覃一鸣提交辞职申请，拟赴香港工作。经审核，准予其辞职，并准予其赴香港就业。")],
                       [(900, "柳州桂龙汽车零部件有限公司")], [(960, "2026年11月12日")]], han=True)
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "覃一鸣"


def test_a_meetings_chair_is_not_the_person_it_agrees_for():
    doc = doc_of_rows([[(500, "总经理办公会会议纪要")], [(140, "主持人：总经理 贺建峰")],
                       [(140, "二、会议听取了人力资源部关于研发中心高级工程师龚雅琳申请赴香港工作的汇报。会议同意龚雅琳赴香港启澜智能有限公司工作。")], [(140, "苏州启明智能装备有限公司")]], han=True)
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "龚雅琳"
