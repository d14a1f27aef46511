"""The sixty-third drawn set (sample_docs/drawn_webforms_sixtythird.py): forms in four layouts no set drew, read cold
at 29 / 34. What they needed: round option buttons as a web page prints them, grey, with a dot for the one chosen
(pipeline/layout.radio_buttons); an answer written on the line after a question that wraps, past its '(Yes/No)'
(extractors/questions._after_the_question); a form's value written in its own script among labels printed in the
other ('雇主名称：澄園支付科技有限公司', pipeline/script)."""
from PIL import Image, ImageDraw, ImageFont

from extractors.base import Line
from extractors.questions import _after_the_question
from pipeline.layout import radio_buttons
from pipeline.model import Page, Word
from pipeline.read import HAN
from pipeline.script import in_script

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"


def _buttons() -> tuple[Image.Image, list[Word]]:
    img = Image.new("RGB", (1654, 400), (247, 247, 247))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 26)
    words = []
    for x, label, chosen in ((60, "Yes", False), (220, "No", True)):
        d.ellipse([x, 104, x + 28, 132], outline=(126, 126, 126), width=2)
        if chosen:
            d.ellipse([x + 7, 111, x + 21, 125], fill=(45, 96, 198))
        d.text((x + 40, 100), label, font=font, fill="black")
        words.append(Word(text=label, bbox=(x + 40, 104, x + 40 + 15 * len(label), 130)))
    d.text((600, 100), "Done No 100", font=font, fill="black")  # letters' loops: no buttons
    words += [Word(text=t, bbox=(x, 104, x + 15 * len(t), 130)) for x, t in ((600, "Done"), (680, "No"), (730, "100"))]
    return img, words


def test_radio_buttons_and_the_one_chosen():
    img, words = _buttons()
    found = sorted(radio_buttons(img, words), key=lambda b: b.bbox[0])
    assert [(b.bbox[0] // 10, b.ticked) for b in found] == [(6, False), (22, True)]


def _lines(*texts: str) -> list[Line]:
    page = Page(file="f.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=[])
    return [Line(t, [Word(text=t, bbox=(100, 100 + 60 * k, 900, 130 + 60 * k))], page) for k, t in enumerate(texts)]


def test_an_answer_after_a_question_that_wraps():
    written = r"(?i)(?<![/／])(?<![/／] )(?:\b(?:yes|no|y|n)\b|是|否)(?!\s?[/／])"
    lines = _lines("Has the applicant obtained any degree or higher qualification in a full-time and locally-",
                   "accredited programme in Hong Kong? (Yes/No)", "No")
    assert _after_the_question(lines, ["qualification in a full-time"], written)[0] == "No"
    unanswered = _lines("Has the applicant obtained any degree in a full-time", "programme in Hong Kong? (Yes/No)", "Employer")
    assert _after_the_question(unanswered, ["degree in a full-time"], written)[0] is None


def test_a_value_in_its_own_script_among_labels_in_the_other():
    def row(y, label, value):
        return [Word(text=c, bbox=(100 + 34 * k, y, 130 + 34 * k, y + 32)) for k, c in enumerate(label + "：")] + \
               [Word(text=c, bbox=(520 + 36 * k, y, 552 + 36 * k, y + 32)) for k, c in enumerate(value)]
    words = row(100, "雇主名称", "澄園支付科技有限公司") + row(200, "商业登记号码", "71459302") + row(300, "职位", "風險模型經理")
    page = Page(file="f.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang=HAN, words=words)
    lines = ["".join(w.text for w in ln) for ln in in_script(page, "majority").lines()]
    assert lines == ["雇主名称：澄園支付科技有限公司", "商业登记号码：71459302", "职位：風險模型經理"]
