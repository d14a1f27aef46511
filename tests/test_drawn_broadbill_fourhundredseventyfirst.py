"""The four-hundred-and-seventy-first to -seventy-seventh drawn sets (sample_docs/drawn_broadbill_fourhundredseventyfirst.py
… drawn_cockoftherock_fourhundredseventyseventh.py), read cold at 102 / 110 after stop 82's third mends: a degree named by
its initials ('B.Eng. (Hons) in …', typed by 'awarded the degree' and its honours); 'Ref.' labels its number; a
department studied in (在本校…系修業期滿) gives the major; a major inside a bracket of the sentence keeps no closing bracket.
Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import best_type, doc_of_rows


def test_a_degree_by_its_initials_is_typed_and_read():
    rows = [(520, "Harbour Institute of Applied Sciences"), (160, "It is certified that"), (160, "LAM Wing Sze"),
            (160, "was awarded the degree of B.Sc. (Hons) in Applied Chemistry with First Class Honours on 1 December 2014.")]
    assert best_type(rows)[0] == "degree_certificate"
    out = extract("degree_certificate", doc_of_rows([[r] for r in rows] + [[(160, "Ref. No.: HIAS/BSC/14/0219")]], source="ocr"))
    assert (out["degree"].value, out["major"].value) == ("B.Sc. (Hons)", "Applied Chemistry")
    assert out["certificate_number"].value == "HIAS/BSC/14/0219"


def test_a_department_studied_in_gives_the_major():
    rows = [[(640, "學位證書")], [(160, "學生陳怡君，中華民國八十八年一月二日生，在本校土木工程系修業期滿，成績及格，")],
            [(160, "授予管理學學士學位。")], [(900, "國立東灣大學")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "土木工程"


def test_a_major_inside_a_bracket_keeps_no_closing_bracket():
    rows = [[(520, "BACHELOR'S DEGREE CERTIFICATE (Translation)")],
            [(160, "HE Lu, male, has completed the four-year programme (major: Tourism Management) of Lingnan Coast University")],
            [(160, "and is awarded the degree of Bachelor of Management.")], [(160, "30 June 2021")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Tourism Management"
