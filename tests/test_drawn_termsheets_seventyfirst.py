"""The seventy-first drawn set (sample_docs/drawn_termsheets_seventyfirst.py), read cold at 29 / 33. What it needed: a
Chinese line holding digits ends short of the margin by half a character a digit and still wraps on ('…2002年3月9日生。
在本校软件' / '工程专业'); 'is appointed' as a post's cue; 'paid up' as a label of a plan's capital; a lone 'N' in the
cell after a question, which the page's reading dropped, read again by PP-OCR (extractors/questions)."""
from PIL import Image, ImageDraw

from extractors.base import DocView
from extractors.prose_fields import read_prose
from extractors.questions import yes_no
from extractors.registry import extract
from pipeline.model import Page, Word
from sample_docs.generator.render import pil_font


def _doc(words: list[Word], image=None, width: int = 1654, height: int = 2339) -> DocView:
    page = Page(file="p.png", number=1, width=width, height=height, dpi=200, source="ocr", words=words)
    return DocView(file="p.png", pages=[page], images=[image])


def _han(x: int, y: int, text: str) -> list[Word]:
    out = []
    for part in text.split(" "):  # a run of digits is one word, half a character wide a digit
        width = 20 * len(part) if part.isascii() else 40
        if part.isascii():
            out.append(Word(text=part, bbox=(x, y, x + width, y + 40), conf=0.95))
            x += width + 2
        else:
            for c in part:
                out.append(Word(text=c, bbox=(x, y, x + 38, y + 40), conf=0.95))
                x += 40
    return out


def _latin(x: int, y: int, text: str, font=None) -> list[Word]:
    """The words of a line; with `font`, where that font prints them."""
    out = []
    for word in text.split():
        width = int(font.getlength(word)) if font else 16 * len(word)
        out.append(Word(text=word, bbox=(x, y, x + width, y + 32), conf=0.95))
        x += width + (int(font.getlength(" ")) if font else 12)
    return out


def test_a_chinese_line_with_digits_that_ends_short_still_wraps_on():
    lines = [_han(200, 300, "学士学位证书"), _han(200, 560, "祁明远，男， 2002 年 3 月 9 日生。在本校软件"),
             _han(200, 644, "工程专业完成了本科学习计划，业已毕业，经审核"), _han(200, 728, "符合《中华人民共和国学位条例》的规定，授予工"),
             _han(200, 812, "学学士学位。")]
    assert read_prose("degree_certificate", _doc([w for ws in lines for w in ws]))["major"].value == "软件工程"


def test_is_appointed_names_the_post_and_paid_up_the_capital():
    contract = _latin(200, 300, "Post. The Employee is appointed Test Engineering Manager and reports to the Director.")
    assert read_prose("employment_contract", _doc(contract))["position"].value == "Test Engineering Manager"
    plan = _latin(140, 400, "Its two shareholders have paid up HK$2,000,000 in cash, which funds the first store.")
    assert extract("business_plan", _doc(plan))["capital_hkd"].value == 2000000


def test_a_lone_answer_the_reading_dropped_after_a_question_is_read_again():
    image = Image.new("RGB", (1654, 400), "white")
    d = ImageDraw.Draw(image)
    d.rectangle([140, 150, 250, 240], outline="black", width=2)
    d.rectangle([250, 150, 810, 240], outline="black", width=2)
    d.rectangle([810, 150, 1510, 240], outline="black", width=2)
    font = pil_font("sans", 26)
    d.text((154, 182), "B6", font=font, fill="black")
    d.text((264, 182), "Profession on the Talent List? (Y/N)", font=font, fill="black")
    d.text((824, 182), "N", font=font, fill="black")
    d.text((824, 80), "Quillstone Semiconductor Testing Limited", font=font, fill="black")
    words = _latin(154, 182, "B6", font) + _latin(264, 182, "Profession on the Talent List? (Y/N)", font) \
        + _latin(824, 80, "Quillstone Semiconductor Testing Limited", font)  # the 'N' lost
    assert yes_no(_doc(words, image, 1654, 400), "talent_list").value is False
