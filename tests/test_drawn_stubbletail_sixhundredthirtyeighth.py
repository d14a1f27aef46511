"""The six-hundred-and-thirty-eighth and -thirty-ninth drawn sets (sample_docs/drawn_stubbletail_sixhundredthirtyeighth.py,
drawn_mudlark_sixhundredthirtyninth.py), stop 87's third round, read cold at 14 / 15 and 16 / 18: a yes/no answer given by striking the
other option through ('Yes / No (delete as appropriate)'); a surname a pen's letter made another ('TIANG' for 江's JIANG), mended by the
Chinese name; a post with the next field's sum after it on one line ('Post / salary: DATA ENGINEER / HK$41,000'). Tested on other wording."""
from extractors.base import DocView
from extractors.registry import extract
from pipeline.pages import RawPage
from pipeline.read import read_page
from sample_docs.drawn_forms import Sheet
from tests.synthetic import doc_of_rows


def test_the_option_left_standing_where_the_other_is_struck_through():
    s = Sheet()
    s.text(140, 100, "ID 990B", 28, "sans_bold")
    s.text(140, 200, "Name of employer: Redcliff Marine Supplies Limited", 26, "sans")
    s.text(140, 300, "Does the post appear on the Talent List?", 26, "sans")
    x = s.text(720, 300, "Yes / ", 26, "sans")
    end = s.text(x, 300, "No", 26, "sans")
    s.d.line([x - 4, 316, end + 4, 316], fill=(20, 30, 120), width=4)  # 'No' struck through: the answer is yes
    s.text(end + 20, 300, "(strike out whichever does not apply)", 22, "sans")
    read = read_page(RawPage(number=1, image=s.img, dpi=200, text_words=None), "form.png")
    out = extract("employer_form", DocView(file="form.png", pages=[read.page], images=[read.image]))
    assert out["talent_list"].value is True


def test_a_surname_a_letter_off_mended_by_the_chinese_name():
    rows = [[(140, "ID 990A")], [(140, "Surname:"), (500, "TIN")], [(140, "Given names:"), (500, "HAOYU")], [(140, "Name in Chinese:"), (500, "金浩宇")],
            [(140, "Date of birth:"), (500, "12/10/1993")]]
    out = extract("applicant_form", doc_of_rows(rows, source="ocr"))
    assert (out["surname"].value, out["given_names"].value) == ("JIN", "HAOYU")


def test_a_post_with_the_next_fields_sum_after_it():
    rows = [[(140, "ID 990A")], [(140, "Job title and pay: PROCESS CHEMIST ; HK$38,000 a month")]]
    out = extract("applicant_form", doc_of_rows(rows, source="ocr"))
    assert out["position"].value == "PROCESS CHEMIST"
