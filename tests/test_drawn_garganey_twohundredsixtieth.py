"""The two-hundred-and-sixtieth drawn set (sample_docs/drawn_garganey_twohundredsixtieth.py): plans, letters and a
degree, read cold at 18 / 24. What it needed: hires listed by role, 'all locals' ('two baristas and a kitchen hand'); a
headcount by place, the place before its count ('Hong Kong 6, Shenzhen 4'); a letter on 'a member of our staff since …',
'is currently' a post; a school (中学) the employer that signs. Tested on other wording."""
from extractors import registry
from extractors.plan_hires import local_hires
from tests.synthetic import best_type, doc_of_rows


def test_hires_listed_by_role_all_locals():
    assert local_hires("We plan to hire three florists and a delivery hand, all locals.")[0] == 4


def test_a_headcount_by_place():
    assert local_hires("Staff at the end of year one: Shenzhen 3, Hong Kong 5")[0] == 5


def test_a_member_of_staff_since_and_now():
    rows = [(140, "Wuxi Lakeside Instruments Co., Ltd."), (140, "Ms. QIN Yue has been a member of our staff since 3 April 2017."),
            (140, "She is currently Quality Assurance Manager.")]
    assert best_type(rows)[0] == "work_experience_letter"
    assert registry.extract("work_experience_letter", doc_of_rows([[r] for r in rows]))["position"].value == "Quality Assurance Manager"


def test_a_school_signs_the_letter():
    doc = doc_of_rows([[(600, "工作证明")], [(160, "兹证明刘洋老师从2012年9月1日到2019年7月31日在我校担任数学教师。")], [(900, "南阳市实验小学")],
                       [(900, "2026年11月20日")]])
    assert registry.extract("work_experience_letter", doc)["employer"].value == "南阳市实验小学"
