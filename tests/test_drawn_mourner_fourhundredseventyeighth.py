"""The four-hundred-and-seventy-eighth to -eighty-fourth drawn sets (sample_docs/drawn_mourner_fourhundredseventyeighth.py …
drawn_wallcreeper_fourhundredeightyfourth.py), read cold at 78 / 106 after stop 82's fourth mends: a Hong Kong degree line by
line (茲證明 / name / 已完成 / degree / 主修 / subject); 'the requirements for the degree of' or 'for the award of' a degree's
words; a student named where the degree is conferred (授予…同学…学位); a subject in brackets after the degree; a hyphenated
given name; 'was in our service from the 1st of April …'; 'post … was'; 我院任; a second promotion ('and to … on …').
Tested on other wording."""
from extractors.base import parse_date
from extractors.registry import extract
from tests.synthetic import best_type, doc_of_rows


def test_a_hong_kong_degree_line_by_line():
    rows = [(700, "香港北角大學"), (760, "茲證明"), (740, "李思敏"), (760, "已完成"), (660, "文學士（榮譽）學位"), (780, "主修"), (740, "翻譯"),
            (700, "二〇二二年十一月十日")]
    assert best_type(rows)[0] == "degree_certificate"
    out = extract("degree_certificate", doc_of_rows([[r] for r in rows], source="ocr"))
    assert (out["holder_name"].value, out["major"].value) == ("李思敏", "翻譯")
    assert out["degree"].value.startswith("文學士")


def test_requirements_for_the_award_of_a_degree_with_its_subject_in_brackets():
    rows = [(520, "Eastcliff University"), (160, "This is to certify that"), (160, "WEN Jia-Hui"),
            (160, "has satisfied the requirements for the award of Bachelor of Science (Nutrition) on 2 July 2018.")]
    assert best_type(rows)[0] == "degree_certificate"
    out = extract("degree_certificate", doc_of_rows([[r] for r in rows], source="ocr"))
    assert (out["degree"].value, out["major"].value) == ("Bachelor of Science", "Nutrition")
    rows = [[(520, "Eastcliff University")], [(160, "This is to certify that YANG Yu-Ting has completed the requirements for the degree of")],
            [(160, "Master of Arts.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value.upper() == "YANG YU-TING"


def test_a_student_named_where_the_degree_is_conferred():
    rows = [[(640, "学士学位证书")], [(160, "经审核，本校法学专业学生符合学士学位授予条件，授予郑可馨同学法学学士学位。")], [(900, "东岭政法学院")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["holder_name"].value, out["degree"].value) == ("郑可馨", "法学学士学位")


def test_in_our_service_from_the_first_of_a_month_and_post_was():
    assert parse_date("from the 1st of April 2012") == "2012-04-01"
    rows = [(160, "Jiaxing Canal Paper Co., Ltd."), (160, "2 November 2026"),
            (160, "Ms. HU Qing was in our service from the 3rd of May 2011 to the 31st of July 2016; her post was Mill Chemist.")]
    assert best_type(rows)[0] == "work_experience_letter"
    out = extract("work_experience_letter", doc_of_rows([[r] for r in rows], source="ocr"))
    assert (out["position"].value, out["start_date"].value, out["end_date"].value) == ("Mill Chemist", "2011-05-03", "2016-07-31")


def test_a_post_in_our_institute_and_a_second_promotion():
    rows = [[(700, "工作证明")], [(160, "兹证明柏子轩同志自2012年3月至2018年8月在我院任给排水工程师。")], [(900, "南湖市政设计研究院")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "给排水工程师"
    rows = [[(160, "Linyi Yimeng Food Co., Ltd.")], [(160, "3 November 2026")],
            [(160, "Mr. KONG Wei joined us on 1 March 2013 as Buyer. He was promoted to Senior Buyer on 1 May 2016 and to")],
            [(160, "Purchasing Manager on 1 June 2019.")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "Purchasing Manager"
