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
