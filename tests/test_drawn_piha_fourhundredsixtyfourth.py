"""The four-hundred-and-sixty-fourth to -seventieth drawn sets (sample_docs/drawn_piha_fourhundredsixtyfourth.py …
drawn_royalflycatcher_fourhundredseventieth.py), read cold at 95 / 102 after stop 82's second mends: a diploma in
capitals, its subject on the line after 'IN' and its date 'THIS 30TH DAY OF JUNE'; a degree parted into a category's row
and a level's; a school after 'programme of' is no major; 'Field:' labels a major; a stay from a month on with no end
(自…起在我公司工作，现任…) counted to the letter's date. Tested on other wording."""
from extractors.base import parse_date
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_an_ordinal_day_in_capitals():
    assert parse_date("AWARDED ON THE 3RD DAY OF JULY 2020") == "2020-07-03"


def test_a_capital_degree_with_its_subject_after_in_on_lines_of_their_own():
    rows = [[(500, "THE UNIVERSITY OF WESTERN LAKES")], [(650, "CONFERS UPON")], [(680, "HU JIAYI")], [(650, "THE DEGREE OF")],
            [(640, "MASTER OF ARTS")], [(800, "IN")], [(620, "MODERN HISTORY")], [(560, "AWARDED ON THE 3RD DAY OF JULY 2020")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["major"].value, out["date_awarded"].value) == ("MASTER OF ARTS", "MODERN HISTORY", "2020-07-03")


def test_a_degree_named_by_its_category_row_and_its_level_row():
    rows = [[(640, "博士学位证书")], [(200, "姓名"), (560, "甘文博")], [(200, "学科门类"), (560, "工学")], [(200, "学位级别"), (560, "博士")],
            [(200, "专业"), (560, "水利工程")], [(200, "授予单位"), (560, "长江水利大学")], [(200, "授予日期"), (560, "2022年12月1日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["degree"].value == "工学博士"


def test_a_school_after_programme_of_is_no_major_and_field_labels_one():
    rows = [[(500, "BACHELOR'S DEGREE CERTIFICATE (Translation)")],
            [(160, "Ms. YUAN Qi, having completed the undergraduate programme of Lakeshore Normal University, is conferred the")],
            [(160, "Bachelor of Education in Preschool Education on 30 June 2020.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Preschool Education"
    rows = [[(500, "Fenghuang Maritime Institute")], [(160, "Name: ZHAO Yu")], [(160, "Degree: Master of Engineering")],
            [(160, "Field: Marine Engineering")], [(160, "Conferred: 1 July 2021")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Marine Engineering"


def test_a_stay_from_a_month_on_with_no_end_runs_to_the_letters_date():
    rows = [[(700, "在职证明")], [(160, "兹证明苗雨欣自2019年11月起在我单位工作，现任项目经理。")], [(900, "贵阳筑城建设有限公司")], [(900, "2026年11月2日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2019-11-01", "2026-11-02")
