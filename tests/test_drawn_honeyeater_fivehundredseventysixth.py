"""The five-hundred-and-seventy-sixth to -eighty-second drawn sets (sample_docs/drawn_honeyeater_fivehundredseventysixth.py …
drawn_logrunner_fivehundredeightysecond.py), stop 85's second round, read cold at 71 / 78: a subject on its own line under a degree
alone on its line, in the text's type; a label not run on into the next cell's value; papers typed by their awarding body; a
graduate's English name after 'Student'; a school's English name wrapped in its column; a period to the present; a professional
degree's field after its category. Tested on other wording."""
from extractors.registry import extract
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_subject_under_a_degree_alone_on_its_line():
    rows = [[(500, "WESTVALE UNIVERSITY")], [(300, "has conferred upon")], [(300, "TAN HAORAN")], [(300, "the degree of")],
            [(300, "Master of Applied Finance")], [(300, "Risk Management")], [(300, "on 21 June 2022")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["major"].value) == ("Master of Applied Finance", "Risk Management")


def test_a_signatures_caption_under_the_degree_is_no_subject():
    rows = [[(500, "WESTVALE UNIVERSITY")], [(300, "has conferred upon")], [(300, "TAN HAORAN")], [(300, "the degree of")],
            [(300, "Master of Applied Finance")], [(300, "Provost")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr")).get("major") is None or \
        extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value != "Provost"


def test_a_label_ends_where_the_next_cell_begins():
    rows = [[(540, "RECORD OF AWARD")], [(200, "Candidate"), (700, "MO Jiaqi")], [(200, "Award"), (700, "Bachelor of Laws")],
            [(200, "Conferring Institution"), (700, "University of Eastlake")], [(200, "Date of Award"), (700, "12 July 2021")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["institution"].value == "University of Eastlake"
    assert best_type([(200, "RECORD OF AWARD"), (200, "Award  Master of Nursing"), (200, "Awarding Institution  Eastlake University")])[1] \
        >= load_rules()["min_score"]


def test_a_graduate_named_after_student():
    rows = [[(500, "Certificate of Graduation (Translation)")],
            [(180, "Graduate Chen Yiran, female, born on 9 October 1998, studied Nursing at this college from September 2016")],
            [(180, "to July 2019 and is permitted to graduate.")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value.upper() == "CHEN YIRAN"


def test_a_schools_name_wrapped_in_its_column():
    rows = [[(300, "学士学位证书"), (880, "BACHELOR'S DEGREE CERTIFICATE")], [(140, "林书瑶，女，2000年3月生"), (880, "LIN Shuyao, female, born in March 2000,")],
            [(140, "在本校物理学专业完成本科学习"), (880, "is awarded the degree of Bachelor of Science.")],
            [(880, "Eastridge University")], [(140, "东岭科技大学"), (880, "of Science and Technology")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert out["institution"].value in ("Eastridge University of Science and Technology", "东岭科技大学")


def test_a_period_to_the_present_counted_to_the_letters_date():
    rows = [[(180, "HARBOURFRONT TRADING LIMITED")], [(500, "CERTIFICATE OF EMPLOYMENT")], [(180, "Name of Employee: Mr. KONG Weiran")],
            [(180, "Job Title: Shipping Coordinator")], [(180, "Period of Employment: 12 March 2018 — present")],
            [(180, "This letter is issued upon the employee's request.")], [(180, "Date: 2 November 2026")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2018-03-12", "2026-11-02")


def test_a_professional_degrees_field_after_its_category():
    rows = [[(600, "硕士专业学位证书")], [(200, "　　柯雨桐，女，1995年7月3日生，在工程管理专业学位类别项目管理领域完成了硕士专业学位研究生学习计划，")],
            [(200, "经审核，授予工程管理硕士专业学位。")], [(900, "北渚理工大学")], [(900, "2021年6月25日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "项目管理"


def test_a_subject_in_brackets_under_a_degree_alone_on_its_line():
    # (the 492nd set's layout, which the rule above first lost: found on reading the 492nd again)
    rows = [[(500, "EASTRIVER UNIVERSITY")], [(500, "THIS IS TO CERTIFY THAT")], [(560, "TANG HAOYU")], [(440, "HAS BEEN AWARDED THE DEGREE OF")],
            [(520, "MASTER OF SCIENCE")], [(500, "(APPLIED STATISTICS)")], [(560, "30 JUNE 2021")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["major"].value) == ("MASTER OF SCIENCE", "APPLIED STATISTICS")
