"""The four-hundred-and-fifty-seventh to -sixty-third drawn sets (sample_docs/drawn_kiskadee_fourhundredfiftyseventh.py …
drawn_pewee_fourhundredsixtythird.py), read cold at 94 / 108 after stop 82's first mends: a translation headed 'Certificate
of Academic Degree'; a degree's initials in brackets, no subject and no part of its name, and a subject wrapped after them; the holder after 'has
awarded' or 'recorded that'; a professional degree named by a field that ends as a category does (兽医学学士); the post
at leaving after 'left us on … as'; a school named 'X School of Y'; 'specialising in'; a label's own words before its
colon (主修专业：). Tested on other wording."""
from PIL import Image

from extractors.applicant_docs import with_field_of_degree
from extractors.registry import extract
from pipeline.classify import score_page
from pipeline.model import Field, Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_a_translation_headed_certificate_of_academic_degree_is_titled_a_degree():
    words = [w for k, (x, t) in enumerate([(480, "Certificate of Academic Degree"), (200, "Name   LU Qiang"), (200, "Gender   Male"),
                                           (200, "Degree   Bachelor of Laws"), (200, "Discipline   Law")]) for w in cells(200 + 60 * k, (x, t))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert "degree_certificate" in score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).titles


def _degree_and_major(degree: str):
    out = with_field_of_degree({"degree": Field(value=degree, confidence=0.9, file="p.png", page=1, bbox=None, source="ocr")})
    return out["degree"].value, (out["major"].value if "major" in out else None)


def test_a_degrees_initials_in_brackets_are_no_subject():
    assert _degree_and_major("Master of Philosophy (MPhil)") == ("Master of Philosophy", None)
    assert _degree_and_major("Master of Science (M.Sc.)") == ("Master of Science", None)
    assert _degree_and_major("Master of Science (Finance)") == ("Master of Science", "Finance")


def test_a_subject_wrapped_after_the_initials_and_the_holder_after_has_awarded():
    rows = [[(520, "Lakeside School of Music")], [(160, "The Academic Board has awarded")], [(160, "ZHOU Min")],
            [(160, "the degree of Master of Music (MMus) in Choral")], [(160, "Conducting at a ceremony held on 3 July 2021.")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert out["major"].value == "Choral Conducting"
    assert out["holder_name"].value.upper() == "ZHOU MIN"
    assert out["institution"].value == "Lakeside School of Music"


def test_a_professional_degree_named_by_a_field_ending_as_a_category():
    rows = [[(620, "学士学位证书")], [(500, "黎嘉欣，女，2000年3月4日生。在本校中医学专业完成了本科学习计划，经审核，授予")],
            [(160, "照片")], [(500, "中医学学士学位。")], [(900, "岭南中医药大学")], [(900, "2023年6月30日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["degree"].value == "中医学学士学位"


def test_specialising_in_names_the_major_and_a_labels_words_are_none():
    rows = [[(520, "Northgate University")], [(160, "This is to certify that Mr. KE Wen has been granted the degree of Master of Arts,")],
            [(160, "specialising in Applied Linguistics, on 1 July 2019.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Applied Linguistics"
    rows = [[(620, "学士学位证书")], [(500, "詹若彤，女，1999年9月1日生，在本校完成了本科学习计划，授予工学学士学位。")],
            [(500, "主修专业：环境工程；辅修专业：法学")], [(900, "东江理工大学")], [(900, "2021年6月20日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "环境工程"


def test_the_post_at_leaving_after_left_us_on():
    rows = [[(160, "Fuzhou Minjiang Ceramics Co., Ltd.")], [(160, "9 November 2026")],
            [(160, "Mr. YU Tao came to us on 1 April 2014 as a Sales Trainee and left us on 30 June 2020 as Area Sales Manager.")],
            [(160, "Personnel Office")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "Area Sales Manager"
