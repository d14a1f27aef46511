"""The five-hundred-and-thirty-fourth to -fortieth drawn sets (sample_docs/drawn_hawfinch_fivehundredthirtyfourth.py …
drawn_penduline_fivehundredfortieth.py), stop 84's second round, read cold at 65 / 79: 'admitted to the award of' a
degree's words; a diploma's number after 'Diploma' or 'Certificate number'; a professional degree after the holder's
bracketed number, its 专业领域; a stay in the Republic's years counted to a letter dated so; 进入我司 a start's cue; a college
programme's level; a school 'for' its people. Tested on other wording."""
from extractors.registry import extract
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_admitted_to_the_award_and_a_diploma_number():
    rows = [(500, "Northfield University"), (500, "This is to certify that"), (560, "HE Jiaxin"), (300, "has been admitted to the award of"),
            (460, "Master of Arts"), (500, "in Translation Studies"), (200, "on 3 December 2020")]
    doc_type, score = best_type(rows)
    assert doc_type == "degree_certificate" and score >= load_rules()["min_score"]
    rows = [[(500, "Northfield University")], [(200, "HE Jiaxin was admitted to the degree of Master of Arts on 3 December 2020.")],
            [(200, "Diploma 20-MA-1186")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["certificate_number"].value == "20-MA-1186"
    rows = [[(500, "Northfield University")], [(200, "HE Jiaxin was admitted to the degree of Master of Arts on 3 December 2020.")],
            [(200, "Certificate number: NU/20/MA/0715")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["certificate_number"].value == "NU/20/MA/0715"


def test_a_professional_degree_after_a_bracketed_number():
    rows = [[(560, "硕士专业学位证书")], [(160, "兹授予闵思琪（护照号：略）工商管理硕士专业学位，专业领域：数字营销。")], [(900, "滨海商学院")],
            [(900, "2023年6月30日")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["holder_name"].value, out["major"].value) == ("闵思琪", "数字营销")
    assert out["degree"].value in ("工商管理硕士", "工商管理硕士专业学位")


def test_a_stay_in_the_republics_years_and_a_start_by_entering():
    rows = [[(680, "在職證明書")], [(160, "茲證明蕭志豪先生自民國一百零八年二月十一日起任職本公司，擔任產品經理，迄今在職。")], [(860, "台中精密機械股份有限公司")],
            [(860, "中華民國一百一十五年十月五日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2019-02-11", "2026-10-05")
    rows = [[(680, "离职证明")], [(160, "贝雅文于2014年9月15日进入本公司，任行政助理；2017年3月起任行政主管，于2021年2月28日离职。")], [(860, "昆明滇池花卉有限公司")],
            [(860, "2026年11月20日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2014-09-15", "2021-02-28")


def test_a_college_programme_and_a_school_for_its_people():
    rows = [[(560, "Graduation Certificate")],
            [(160, "TAN Xiaoya studied in the two-year college program of Hotel Management at this college from September 2017 to June 2019")],
            [(160, "and is qualified to graduate.")], [(160, "Guilin College for Tourism Vocations")], [(160, "June 28, 2019")]]
    out = extract("graduation_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["level"].value, out["institution"].value) == ("two-year college", "Guilin College for Tourism Vocations")
