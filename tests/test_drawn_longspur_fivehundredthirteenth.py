"""The five-hundred-and-thirteenth to -twenty-sixth drawn sets (sample_docs/drawn_longspur_fivehundredthirteenth.py …
drawn_crimsonwing_fivehundredtwentysixth.py), read cold at 200 / 212 after stop 83's last reader change: a record of a
conferment by its labels ('Awarded by:'); a number in a table's cell under 'Number'; a subject after a label inside a
sentence, wrapped; a dotted name; 授予其…学位; an honours class before the subject; a school's name with an apostrophe; a
holder called 同学 before 在本校. Tested on other wording."""
from extractors.registry import extract
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_conferment_recorded_by_its_labels():
    rows = [(420, "Record of Conferment"), (200, "Holder: WEN Zhiyi"), (200, "Qualification: Juris Doctor"),
            (200, "Conferred by: Southgate School of Law"), (200, "Date: 2 July 2021")]
    doc_type, score = best_type(rows)
    assert doc_type == "degree_certificate" and score >= load_rules()["min_score"]
    rows = [[(420, "Record of Conferment")], [(200, "Holder: WEN Zhiyi")], [(200, "Degree: Doctor of Philosophy")],
            [(200, "Awarded by: Southgate Institute of Law")], [(200, "Date: 2 July 2021")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["institution"].value) == ("Doctor of Philosophy", "Southgate Institute of Law")


def test_a_number_in_a_cell_under_its_heading():
    rows = [[(500, "Eastbrook University")], [(120, "Graduate"), (420, "Award"), (900, "Date"), (1150, "No.")],
            [(120, "MO Qianyu"), (420, "Master of Laws"), (900, "1 July 2019"), (1150, "1926822019000431")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["certificate_number"].value == "1926822019000431"
    # an identity card's number in a cell headed otherwise is no certificate's
    rows = [[(500, "Eastbrook University")], [(120, "Graduate"), (420, "Award"), (1150, "ID")],
            [(120, "MO Qianyu"), (420, "Master of Laws"), (1150, "4401061995030712")]]
    assert "certificate_number" not in extract("degree_certificate", doc_of_rows(rows, source="ocr"))


def test_a_subject_after_a_label_in_a_sentence_wrapped():
    rows = [[(500, "Harbourside University")],
            [(160, "This certifies that LIANG Ruoxi was awarded the degree of Master of Science with Distinction, concentration: Urban")],
            [(160, "Water Systems, on 4 December 2023.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Urban Water Systems"


def test_a_dotted_name_and_a_pronoun_before_the_degree():
    rows = [[(640, "硕士学位证书")], [(160, "学生古丽娜尔·吐尔逊，女，1997年8月3日生，在本校完成了硕士研究生学业，授予其法律硕士专业学位。")],
            [(900, "北疆政法大学")], [(900, "2023年6月25日")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["holder_name"].value, out["degree"].value) in [("古丽娜尔·吐尔逊", "法律硕士专业学位"), ("古丽娜尔·吐尔逊", "法律硕士")]


def test_a_class_before_the_subject_and_an_apostrophe():
    rows = [[(500, "SOUTH COAST UNIVERSITY")], [(160, "THE DEGREE OF BACHELOR OF SCIENCE WITH LOWER SECOND CLASS HONOURS IN MARINE BIOLOGY")],
            [(160, "WAS CONFERRED UPON HU JINGWEN ON 5 JULY 2019.")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["major"].value) == ("BACHELOR OF SCIENCE", "MARINE BIOLOGY")
    rows = [[(500, "Degree Certificate")],
            [(160, "DENG Yuhang has completed the postgraduate program in Accounting at Xi'an Institute of Finance and is awarded the")],
            [(160, "degree of Master of Professional Accounting.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["institution"].value == "Xi'an Institute of Finance"


def test_a_holder_called_a_student_before_the_school():
    rows = [[(640, "学士学位证书")], [(160, "经学位评定委员会审核，易思涵同学在本校环境工程专业完成了本科学业，授予工学学士学位。")],
            [(900, "湘中理工大学")], [(900, "2022年6月20日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value == "易思涵"
