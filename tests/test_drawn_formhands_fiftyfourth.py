"""The fifty-fourth drawn set (sample_docs/drawn_formhands_fiftyfourth.py): forms in four layouts no set drew. What
they needed: a question's answer on the line after it, after 'A:' (pipeline/pairs); a Chinese sentence's blank with
its label in brackets after it, where the blank begins at a change of script or a gap; a month's name misread by a
letter or two (pipeline/date_words.month_number); a pen's $ read as 8 before a space ('HK8 46.500'); 'basic monthly
salary' and '每月基本薪金' (data/fields.yaml); a lone letter's answer and a number's read again by PP-OCR, those with
figures first (extractors/declared)."""
from pipeline.amounts import parse_amount
from pipeline.date_words import month_number
from pipeline.labels import find_labels
from pipeline.model import Word
from pipeline.pairs import values_beside


def _line(y: int, *texts: str, x: int = 100) -> list[Word]:
    out = []
    for text in texts:
        out.append(Word(text=text, bbox=(x, y, x + 14 * len(text), y + 26)))
        x += 14 * len(text) + 10
    return out


def test_a_questions_answer_after_its_cue():
    lines = [_line(100, "Q5.", "What", "is", "your", "date", "of", "birth?"), _line(140, "A:", "26", "January", "1992"),
             _line(200, "Q6.", "What", "is", "your", "post?"), _line(240, "Q7.", "Salary")]
    found = values_beside(lines, find_labels(lines, ["date of birth"])[0], [])
    assert [(c.placement, c.text) for c in found] == [("answer", "26 January 1992")]
    assert all(c.placement != "answer" for c in values_beside(lines, find_labels(lines, ["post"])[0], []))


def test_a_chinese_blank_before_its_bracketed_label():
    words = [Word(text=c, bbox=(100 + 34 * k, 100, 130 + 34 * k, 130)) for k, c in enumerate("本公司")]
    words += _line(100, "SALTMARSH", "ROBOTICS", "LIMITED", x=230)
    words += [Word(text=c, bbox=(700 + 34 * k, 100, 730 + 34 * k, 130)) for k, c in enumerate("(僱主名稱)")]
    found = values_beside([words], find_labels([words], ["僱主名稱"])[0], [])
    assert [(c.placement, c.text) for c in found] == [("bracketed", "SALTMARSH ROBOTICS LIMITED")]


def test_a_months_name_misread_and_a_pens_dollar_sign():
    assert month_number("TANDARY") == 1 and month_number("Decenber") == 12 and month_number("Sept") == 9
    assert month_number("Jume") is None and month_number("Summer") is None
    assert parse_amount("HK8 46.500") == 46500 and parse_amount("HK854,500") == 54500
