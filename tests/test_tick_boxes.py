"""Tick boxes found on the page image and a form's yes/no answer read from the ticked one.
The pages are drawn here by hand (PIL), in wording and marks the generator does not use."""
import pytest
from PIL import Image, ImageDraw

from extractors.base import DocView
from extractors.questions import answer_of, yes_no
from pipeline.layout import tick_boxes
from pipeline.pages import RawPage
from pipeline.read import read_page
from sample_docs.generator.render import pil_font


def _form(question: str, options: tuple[str, str], ticked: int, comb: str = "", cjk: bool = False) -> Image.Image:
    img = Image.new("RGB", (1654, 700), "white")
    d = ImageDraw.Draw(img)
    font = pil_font("sans_cjk" if cjk else "sans", 34)
    d.text((100, 100), question, font=font, fill="black")
    x = 160
    for i, option in enumerate(options):
        d.rectangle([x, 190, x + 34, 224], outline="black", width=3)
        if i == ticked:  # a pen's tick, two strokes
            d.line([x + 6, 206, x + 14, 218], fill=(20, 30, 120), width=5)
            d.line([x + 14, 218, x + 30, 192], fill=(20, 30, 120), width=5)
        d.text((x + 50, 188), option, font=font, fill="black")
        x += 260
    if comb:  # letter boxes, touching: a comb field, not tick boxes
        d.text((100, 330), "Family name" if not cjk else "姓", font=font, fill="black")
        for i, ch in enumerate(comb):
            d.rectangle([500 + i * 40, 320, 540 + i * 40, 360], outline="black", width=2)
            d.text((510 + i * 40, 325), ch, font=font, fill="black")
    return img


def _doc(img: Image.Image) -> DocView:
    read = read_page(RawPage(number=1, image=img, dpi=200, text_words=None), "form.png")
    return DocView(file="form.png", pages=[read.page], images=[read.image])


def test_lone_squares_are_tick_boxes_and_a_comb_is_not():
    boxes = tick_boxes(_form("Any degree obtained in Hong Kong?", ("Yes", "No"), 1, comb="CHAN"))
    assert len(boxes) == 2
    assert [b.ticked for b in boxes] == [False, True]


@pytest.mark.parametrize("ticked,want", [(0, True), (1, False)])
def test_the_ticked_option_is_the_answer_not_the_first_word(ticked, want):
    img = _form("Degree from a full-time, locally-accredited programme in HK?", ("Yes", "No"), ticked)
    field = yes_no(_doc(img), "hk_local_degree")
    assert field is not None and field.value is want and field.confidence <= 0.85


def test_chinese_options_and_question():
    img = _form("曾否取得香港本地學位？", ("是", "否"), 1, cjk=True)
    field = yes_no(_doc(img), "hk_local_degree")
    assert field is not None and field.value is False


def test_an_answer_written_after_the_question_still_reads():
    img = Image.new("RGB", (1654, 400), "white")
    ImageDraw.Draw(img).text((100, 150), "Is the post on the Talent List:  No", font=pil_font("sans", 34), fill="black")
    field = yes_no(_doc(img), "talent_list")
    assert field is not None and field.value is False
    assert answer_of("Yes.") is True and answer_of("否") is False and answer_of("maybe") is None


def _comb_form() -> Image.Image:
    img = Image.new("RGB", (1654, 700), "white")
    d = ImageDraw.Draw(img)
    font = pil_font("sans", 34)
    # names and dates filled in by hand, the number typed (a handwritten 1 reads as V or I)
    for y, label, value, hand in ((120, "Family name", "CHAN", "hand"), (260, "Date of birth (DD/MM/YYYY)", "07041990", "hand"),
                                  (400, "Passport no.", "K1234567", "sans")):
        d.text((100, y), label, font=font, fill="black")
        for i, ch in enumerate(value):  # boxes a little taller than wide, as forms print them
            d.rectangle([700 + i * 42, y - 8, 742 + i * 42, y + 44], outline="black", width=2)
            d.text((710 + i * 42, y), ch, font=pil_font(hand, 34), fill=(20, 30, 120))
    return img


def test_letter_boxes_are_read_as_one_value_per_field():
    from extractors.forms import extract_applicant
    from pipeline.layout import combs
    img = _comb_form()
    assert [len(c.boxes) for c in combs(img)] == [4, 8, 8]
    out = extract_applicant(_doc(img))
    assert out["surname"].value == "CHAN"
    assert out["date_of_birth"].value == "1990-04-07"
    assert out["travel_document_number"].value == "K1234567"



@pytest.mark.parametrize("ticked,want", [(0, "M"), (1, "F")])
def test_an_option_question_takes_the_ticked_options_value(ticked, want):
    from extractors.questions import choice
    img = _form("Gender of the applicant", ("Male", "Female"), ticked)
    field = choice(_doc(img), "sex")
    assert field is not None and field.value == want


def _tight_form() -> Image.Image:
    """Rows closer than the value boxes are tall, a thin I in a name, more boxes than letters,
    and the sex options printed hard by their boxes, the chosen one crossed."""
    img = Image.new("RGB", (1654, 600), "white")
    d = ImageDraw.Draw(img)
    font, small = pil_font("sans", 30), pil_font("sans", 28)
    for y, label, value, boxes in ((100, "Surname", "LIAO", 6), (152, "Given names", "XIE", 6),
                                   (204, "Date of birth (DD/MM/YYYY)", "04121991", 8),
                                   (256, "Travel document No.", "EG2129752", 9)):
        d.text((100, y), label, font=font, fill="black")
        for i in range(boxes):
            d.rectangle([700 + i * 40, y - 6, 740 + i * 40, y + 42], outline="black", width=2)
            if i < len(value):
                d.text((711 + i * 40, y), value[i], font=small, fill="black")
    d.text((100, 330), "Sex", font=font, fill="black")
    for x, option, crossed in ((700, "M", False), (800, "F", True)):
        d.rectangle([x, 332, x + 32, 364], outline="black", width=3)
        if crossed:
            d.line([x + 5, 337, x + 27, 359], fill="black", width=4)
            d.line([x + 27, 337, x + 5, 359], fill="black", width=4)
        d.text((x + 36, 332), option, font=font, fill="black")
    return img


def test_letter_boxes_on_tight_rows_give_each_label_its_own_row_and_length():
    from extractors.forms import extract_applicant
    from pipeline.layout import combs
    img = _tight_form()
    assert [c.written for c in combs(img)] == [4, 3, 8, 9]
    out = extract_applicant(_doc(img))
    assert {k: out[k].value for k in ("surname", "given_names", "date_of_birth", "travel_document_number", "sex")} == {
        "surname": "LIAO", "given_names": "XIE", "date_of_birth": "1991-12-04", "travel_document_number": "EG2129752",
        "sex": "F"}
    assert out["surname"].bbox == combs(img)[0].bbox  # the evidence is the boxes


def test_a_form_asking_for_a_travel_document_number_is_the_form_not_the_document():
    """A row label 'Travel document No.' near the top is no title: the page is ID 990A."""
    from pipeline.classify import segment
    img = Image.new("RGB", (1654, 2339), "white")  # an A4 page: the rows lie in its top third
    img.paste(_tight_form(), (0, 100))
    ImageDraw.Draw(img).text((100, 60), "ID 990A Application for Entry for Employment (Mainland Professionals)", font=pil_font("sans", 30),
                             fill="black")
    read = read_page(RawPage(number=1, image=img, dpi=200, text_words=None), "form.png")
    assert [s.type for s in segment([read])] == ["applicant_form"]
