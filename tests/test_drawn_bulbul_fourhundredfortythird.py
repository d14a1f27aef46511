"""The four-hundred-and-forty-third to -forty-ninth drawn sets (sample_docs/drawn_bulbul_fourhundredfortythird.py …
drawn_cisticola_fourhundredfortyninth.py), read cold at 84 / 97 (90 / 97 with the 445th's diploma typed by the project's
rule) after round two's mends: a post after 'title … were' with its pay grade before it; an office of 'Administration'
signs for its firm; a professional degree named by one field ('Master of Finance'); a BR certificate's name after the
certificate number's check letter; 赖 a surname; a post once held named before the person after an apposition; 本校
names no school. Tested on other wording."""
from extractors.applicant_docs import with_field_of_degree
from extractors.registry import extract
from pipeline.model import Field
from tests.synthetic import doc_of_rows


def test_a_grade_before_the_post_is_none_of_it():
    rows = [[(160, "Weifang Coastal Rural Bank Co., Ltd.")], [(160, "1 November 2026")],
            [(160, "Ms. QI Lan was with us from 3 March 2012 to 30 April 2019; her final band and title were Band 7 – Senior")],
            [(160, "Treasury Analyst.")], [(160, "Personnel Division")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "Senior Treasury Analyst"


def test_an_administration_office_signs_for_its_firm():
    rows = [[(160, "Ningbo Harbour Group Co., Ltd.")], [(160, "5 November 2026")],
            [(160, "Mr. XU Bin worked with us as our Fleet Planner from 2 May 2013 until 30 June 2019.")],
            [(160, "Yours faithfully,")], [(160, "Group General Administration")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["employer"].value == "Ningbo Harbour Group Co., Ltd."


def _major_of(degree: str):
    out = with_field_of_degree({"degree": Field(value=degree, confidence=0.9, file="p.png", page=1, bbox=None, source="ocr")})
    return out["major"].value if "major" in out else None


def test_a_professional_degree_names_its_field_an_academic_one_does_not():
    assert _major_of("MASTER OF ACCOUNTANCY") == "ACCOUNTANCY" and _major_of("Master of Journalism") == "Journalism"
    assert _major_of("Master of Science") is None and _major_of("Bachelor of Laws") is None


def test_a_business_name_after_the_certificate_numbers_check_letter():
    rows = [[(400, "Business Registration Certificate")], [(160, "61234507-000-03-26-B SEAGLASS STUDIO LIMITED")],
            [(160, "FLAT 3, 8/F, 12 MINDEN AVENUE, TSIM SHA TSUI, KOWLOON")]]
    assert extract("br_certificate", doc_of_rows(rows, source="ocr"))["business_name"].value == "SEAGLASS STUDIO LIMITED"


def test_lai_is_a_surname():
    rows = [[(700, "劳动合同")], [(160, "甲方深圳前海云帆科技有限公司聘用员工赖思成担任测试主管，合同期限两年，自2027年2月1日起。")],
            [(160, "月薪港币叁万捌仟元。")]]
    assert extract("employment_contract", doc_of_rows(rows, source="ocr"))["employee_name"].value == "赖思成"


def test_a_post_once_held_before_the_name_after_an_apposition():
    rows = [[(700, "证明")], [(160, "本公司原员工、前财务部主管萧雅文女士，于2011年4月至2016年9月在本公司工作。")],
            [(900, "佛山禅城陶瓷有限公司")], [(900, "2026年10月9日")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "财务部主管"


def test_our_school_names_no_school():
    rows = [[(620, "学士学位证书")], [(500, "龚佳慧，女，1997年2月3日生。在本校土木")], [(500, "工程专业完成了大学本科学习计划，")],
            [(500, "授予工学学士学位。")], [(900, "江北理工学院")], [(900, "2019年6月28日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["institution"].value == "江北理工学院"
