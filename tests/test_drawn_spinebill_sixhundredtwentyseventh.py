"""The six-hundred-and-twenty-seventh and -twenty-eighth drawn sets (sample_docs/drawn_spinebill_sixhundredtwentyseventh.py,
drawn_cuckooshrike_sixhundredtwentyeighth.py), stop 86's eighth round, read cold at 13 / 14 and 17 / 21: a business registered by a
Chinese name with no company's ending; a name's order said in a bracket after its label ('Name in English (surname first)'); a Latin
name the page's reading lost beside its label, read again from its strip. Tested on other wording."""
from extractors.base import DocView
from extractors.registry import extract
from pipeline.pages import RawPage
from pipeline.read import read_page
from tests.synthetic import doc_of_rows
from tests.test_label_values import _page


def test_a_business_by_its_chinese_name_alone():
    rows = [[(600, "商業登記證")], [(160, "登記證號碼：71420968-000-05-26-2")], [(160, "業務名稱：金記燒臘飯店")], [(160, "業務性質：食肆")]]
    assert extract("br_certificate", doc_of_rows(rows, source="ocr"))["business_name"].value == "金記燒臘飯店"


def test_a_names_order_said_in_a_bracket_after_its_label():
    rows = [[(140, "ID 990A")], [(140, "Name in English (surname first)"), (760, "_|"), (800, "LAI JUNYI")], [(140, "Date of birth"), (800, "12/03/1994")]]
    out = extract("applicant_form", doc_of_rows(rows, source="ocr"))
    assert (out["surname"].value, out["given_names"].value) == ("LAI", "JUNYI")


def test_a_latin_name_lost_beside_its_label_read_again():
    img = _page([(140, 200, "Family name", "sans"), (700, 200, "PEI", "sans"), (140, 300, "Given names", "sans"), (700, 300, "YUNSHAN", "sans"),
                 (140, 400, "Travel document no.", "sans"), (700, 400, "EK7730215", "sans")])
    read = read_page(RawPage(number=1, image=img, dpi=200, text_words=None), "form.png")
    lost = read.page.model_copy(update={"words": [w for w in read.page.words if w.text not in ("PEI", "YUNSHAN")]})  # as a scan's reading may
    out = extract("applicant_form", DocView(file="form.png", pages=[lost], images=[read.image]))
    assert (out["surname"].value, out["given_names"].value) == ("PEI", "YUNSHAN")
