"""The two-hundred-and-fifty-first drawn set (sample_docs/drawn_sandpiper_twohundredfiftyfirst.py), a whole clean
application on the Talent List, read cold at 61 / 63 with two false alarms: ID 990B's employer under a section heading
('Part A  The employer' / 'Name:  Bluepeak Payments Limited') read from the heading's column as 'Payments Limited'
(`employer.name_consistent` failed), and a fintech post not tied to a degree in financial engineering
(`contract.relevant_to_qualification` asked for review); the degree's school read across lines from '授予…学位'. Now a
section's 'Name:' row names the party its heading names; the school signing by its president on its own line is the
degree's; fintech and payments posts are finance's. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows
from validators.derived import related_families


def test_a_sections_name_row():
    doc = doc_of_rows([[(1200, "ID 990B")], [(140, "Section 1 The employer")], [(160, "Name: Harbour Kite Logistics Limited")],
                       [(160, "BR No.: 61234508")]])
    assert registry.extract("employer_form", doc)["employer_name"].value == "Harbour Kite Logistics Limited"


def test_a_school_signing_by_its_president():
    doc = doc_of_rows([[(560, "学士学位证书")], [(180, "学生 吴佳 性别 男 一九九六年三月五日生")],
                       [(180, "在本校会计学专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予管理学学士学位")],
                       [(900, "西山财经学院校长 陈立")]], han=True)
    assert registry.extract("degree_certificate", doc)["institution"].value == "西山财经学院"


def test_fintech_posts_use_finance():
    assert related_families("金融学", "Payments Product Lead") == ["finance"]
    assert related_families("Financial Engineering", "Fintech Product Lead") == ["finance"]
