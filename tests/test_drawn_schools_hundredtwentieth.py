"""The hundred-and-twentieth drawn set (sample_docs/drawn_schools_hundredtwentieth.py), read cold at 11 / 17. What it
needed: a school (…第二中学) and a bank's sub-branch (…有限公司…支行) are organisations that consent; one short Latin
word of a type's phrases counts only as a word ('chsi' is not in 'Sub-branch since'), and 'our consent' tells a consent;
a hiring table that marks each row Local or Non-local, its local rows' numbers summed; a ruled cell's lone figure,
which tesseract's layout drops, read again on its own."""
from PIL import Image, ImageDraw

from extractors import registry
from pipeline import ocr
from pipeline.classify import score_page
from pipeline.lone_marks import reread_lone_marks
from pipeline.model import Page
from pipeline.read import ReadPage
from sample_docs.generator.render import pil_font
from tests.synthetic import cells, doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_school_and_a_sub_branch_consent():
    school = _han_doc([(520, "杭州市临平区第二中学"), (600, "关于同意蒋一帆老师赴港工作的函"),
                       (140, "蒋一帆，男，2013年8月起在我校任教。我校同意其赴港工作。"), (960, "杭州市临平区第二中学")])
    assert registry.extract("consent_letter", school)["organisation"].value == "杭州市临平区第二中学"
    bank = _han_doc([(140, "岭南银行股份有限公司广州天河支行"), (140, "我行同意员工陈雨桐赴港工作。")])
    assert registry.extract("consent_letter", bank)["organisation"].value == "岭南银行股份有限公司广州天河支行"


def test_a_short_word_inside_others_tells_no_type():
    words = cells(240, (140, "Ms CHEN Yutong has been a credit analyst of Bank of Lingnan Co., Ltd. Guangzhou Tianhe Sub-branch since")) \
        + cells(300, (140, "March 2018. We understand that she has been offered a post in Hong Kong, and we hereby give")) \
        + cells(360, (140, "our consent for her to take up that employment."))
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "consent_letter"


def test_hires_marked_local_row_by_row():
    doc = doc_of_rows([[(140, "Staffing in the first year")], [(160, "Position"), (780, "Number"), (1000, "Local / Non-local")],
                       [(160, "Operations manager"), (790, "1"), (1000, "Local")],
                       [(160, "Engineer (this application)"), (790, "1"), (1000, "Non-local")],
                       [(160, "Warehouse assistant"), (790, "3"), (1000, "Local")], [(160, "Driver"), (790, "2"), (1000, "Local")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 6


def test_a_lone_figure_in_a_row_read_again():
    image = Image.new("RGB", (1400, 400), "white")
    draw = ImageDraw.Draw(image)
    for x, y, text in ((60, 80, "Position"), (700, 80, "Number"), (950, 80, "Local / Non-local"),
                       (60, 160, "Accounts clerk"), (700, 160, "1"), (950, 160, "Local")):
        draw.text((x, y), text, font=pil_font("serif", 24), fill="black")
    words = [w for w in ocr.ocr_words(image, lang="eng", psm=3) if w.text != "1"]  # the figure dropped, as in a grid
    assert [w.text for w in words] == ["Position", "Number", "Local", "/", "Non-local", "Accounts", "clerk", "Local"]
    again = reread_lone_marks(image, words, "eng")
    assert [(w.text, w.bbox[0] // 10) for w in again[len(words):]] == [("1", 70)]
