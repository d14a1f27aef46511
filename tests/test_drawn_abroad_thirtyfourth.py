"""The thirty-fourth drawn set (sample_docs/drawn_abroad_thirtyfourth.py): degree certificates from universities
outside the Mainland. What it needed: a diploma's particulars stand on lines of their own in larger type, so a
degree does not run on into the subject under it, the subject is the display line after the degree (past an
honours class), and the holder is a display line that is a name (extractors/display_type.py, the type's size from
its words' boxes in pipeline/type_size.py); a date in words ('the fifteenth day of May, in the year two thousand
and twenty', pipeline/date_words.py); a university's own serial after 'Certificate number'."""
from pipeline.date_words import dates_in_figures
from pipeline.model import Word
from pipeline.type_size import em_size
from sample_docs import drawn_abroad_thirtyfourth as thirtyfourth
from tests.conftest import read_each_as_uploaded


def test_dates_in_words_are_written_in_figures():
    assert dates_in_figures("Given on the twenty-third day of June, in the year two thousand and nineteen.") == \
        "Given on 23 June 2019."
    assert dates_in_figures("this thirtieth day of April nineteen hundred and ninety-eight and sealed") == \
        "this 30 April 1998 and sealed"
    assert dates_in_figures("the fortieth day of May, two thousand") == "the fortieth day of May, two thousand"


def test_the_type_size_of_a_line_does_not_depend_on_its_letters():
    # 'Science' has no descender and 'Engineering' one, in the same type: the same size
    science = em_size([Word(text="Science", bbox=(0, 0, 200, 36))])
    engineering = em_size([Word(text="Engineering", bbox=(0, 0, 300, 47))])
    assert abs(science - engineering) / science < 0.05 and em_size([Word(text="---", bbox=(0, 0, 9, 2))]) == 0.0


def test_diplomas_from_abroad_are_read_by_their_display_lines(tmp_path):
    thirtyfourth.write_all(tmp_path / "drawn")
    docs = read_each_as_uploaded(tmp_path / "drawn", ["diploma-us.png", "degree-uk.png"], tmp_path)
    assert {d["type"] for d in docs.values()} == {"degree_certificate"}
    us, uk = ({k: v["value"] for k, v in docs[name]["fields"].items()} for name in ("diploma-us.png", "degree-uk.png"))
    assert (us["degree"], us["major"], us["date_awarded"]) == ("Master of Science", "Electrical Engineering", "2020-05-15")
    assert (uk["holder_name"], uk["major"], uk["certificate_number"]) == ("HUANG MINGZHE", "CIVIL ENGINEERING", "2021/UG/085514")
    assert uk["degree"].upper() == "BACHELOR OF ENGINEERING"


def test_running_text_measures_a_line_it_took_a_stray_mark_off():
    """A wrapped Chinese line whose first 'character' is a speck far left of the rest (read off a photo) is
    joined without it; its type is measured as joined (a KeyError here once lost a consent letter's fields)."""
    from extractors.base import Line
    from extractors.running_text import RunningText
    from pipeline.model import Page
    first = [Word(text=c, bbox=(100 + 40 * i, 100, 136 + 40 * i, 136)) for i, c in enumerate("兹证明我公司员工同意其赴香港工作本单位")]
    stray = Word(text="人", bbox=(10, 160, 40, 196))
    second = [stray] + [Word(text=c, bbox=(300 + 40 * i, 160, 336 + 40 * i, 196)) for i, c in enumerate("无异议特此证明")]
    third = [Word(text="Date", bbox=(100, 260, 180, 290)), Word(text="2026-05-20", bbox=(200, 260, 400, 290))]
    page = Page(file="x.png", number=1, width=1000, height=400, dpi=200, source="ocr", words=first + second + third)
    lines = [Line(" ".join(w.text for w in ws), ws, page) for ws in (first, second, third)]
    text = RunningText(lines).text
    assert "无异议" in text and "人" not in text
