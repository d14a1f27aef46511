"""The five-hundred-and-eighty-third to -eighty-ninth drawn sets (sample_docs/drawn_sittella_fivehundredeightythird.py …
drawn_currawong_fivehundredeightyninth.py), stop 85's third round, read cold at 77 / 89: 'in' on a line of its own between a degree and
its subject; a Hong Kong degree bestowed (頒授) with its field in brackets; the holder after 兹证明; a degree's date before the committee's
review (经我校…审核); a subject that a paragraph's full line wraps. Tested on other wording."""
from extractors.registry import extract
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_in_alone_between_a_degree_and_its_subject():
    rows = [[(520, "University of Kilbarron")], [(300, "hereby certifies that")], [(300, "Zou Yiming")], [(300, "has been admitted to the degree of")],
            [(300, "DOCTOR OF EDUCATION")], [(300, "in")], [(300, "CURRICULUM STUDIES")], [(300, "on 8 July 2021")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "CURRICULUM STUDIES"


def test_a_degree_bestowed_with_its_field_in_brackets():
    rows = [[(700, "香港西貢大學")], [(790, "茲證明")], [(780, "何俊熙")], [(620, "修畢本大學所定課程，考試及格，")], [(800, "頒授")],
            [(580, "工商管理碩士（人力資源管理）學位")], [(700, "二〇二一年十一月二十六日")]]
    assert best_type([(row[0][0], row[0][1]) for row in rows])[1] >= load_rules()["min_score"]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert out["major"].value == "人力資源管理"


def test_the_holder_after_hereby_certified():
    rows = [[(640, "学位证明")], [(200, "　　兹证明龚文杰，男，1993年4月生，于2015年6月30日经我校学位评定委员会审议通过，被授予管理学学士学位。")],
            [(200, "原学位证书遗失，特此证明。")], [(900, "北川师范学院学位办公室")], [(900, "2026年9月15日")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["holder_name"].value, out["date_awarded"].value) == ("龚文杰", "2015-06-30")


def test_a_subject_a_paragraphs_full_line_wraps():
    rows = [[(480, "Redcliffe University")],
            [(200, "This is to certify that Ms. HAN Lulu has been awarded the degree of Master of Science in Financial")],
            [(200, "Mathematics for the dissertation entitled Pricing Options Under Stochastic Volatility Models Again.")],
            [(200, "Conferred on 3 December 2021.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Financial Mathematics"
