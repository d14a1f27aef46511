"""The eighty-third drawn set (sample_docs/drawn_glyphs_eightythird.py), read cold at 24 / 25. What it needed: a
form's boxes typed as characters ('□ Yes  ■ No'), the filled one read as letters glued to its option ('MHINo'),
with the next question and its own boxes on the line under it."""
from PIL import Image, ImageDraw, ImageFont

from extractors.base import DocView
from extractors.questions import _options_bottom, yes_no
from pipeline.model import Page, Word

GLYPHS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def test_boxes_typed_as_characters_with_the_next_question_under():
    image = Image.new("RGB", (1654, 2339), "white")
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(GLYPHS, 30)
    words = []
    for y, question, ticked in [(400, "Does the post appear on the Talent List?", "No"), (480, "Is the company listed?", "Yes")]:
        x = 150
        for token in question.split():
            words.append(Word(text=token, bbox=(x, y, x + 14 * len(token), y + 24), conf=0.95))
            x += 14 * len(token) + 10
        for k, option in enumerate(["Yes", "No"]):
            left = 760 + 150 * k
            draw.text((left, y - 6), "\u25a0" if option == ticked else "\u25a1", font=font, fill="black")
            # a filled square read as letters before its option; an empty one left out of the reading
            text, start = ("MHI" + option, left) if option == ticked else (option, left + 36)
            words.append(Word(text=text, bbox=(start, y, start + 44 + 14 * len(text), y + 24), conf=0.9))
    page = Page(file="f.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    doc = DocView("f.png", [page], [image])
    assert yes_no(doc, "talent_list").value is False


def test_a_questions_translation_under_it_is_no_next_question():
    image = Image.new("RGB", (1654, 2339), "white")
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(GLYPHS, 30)
    words = [Word(text=c, bbox=(150 + 34 * k, 400, 180 + 34 * k, 430), conf=0.9) for k, c in enumerate("你是否已在香港修讀全日制並經本地評審的學位課程？")]
    x = 150
    for token in "Have you obtained a degree from a full-time locally-accredited programme in Hong Kong?".split():
        words.append(Word(text=token, bbox=(x, 460, x + 14 * len(token), 484), conf=0.95))
        x += 14 * len(token) + 10
    for left, ticked in [(160, False), (400, True)]:
        draw.text((left, 514), "\u25a0" if ticked else "\u25a1", font=font, fill="black")
    # as a page's reading gives such a row: the empty box a character glued to its option, the filled one lost
    words += [Word(text="\u25a1是", bbox=(160, 514, 230, 546), conf=0.8), Word(text="Yes否", bbox=(240, 516, 330, 546), conf=0.8),
              Word(text="No", bbox=(480, 516, 510, 546), conf=0.9)]
    page = Page(file="g.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    doc = DocView("g.png", [page], [image])
    assert yes_no(doc, "hk_local_degree").value is False
    # the options under both the question and its translation belong to the question's first line too
    assert _options_bottom(doc.lines(), 0, None) >= 546
