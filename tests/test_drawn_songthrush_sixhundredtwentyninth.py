"""The six-hundred-and-twenty-ninth and -thirtieth drawn sets (sample_docs/drawn_songthrush_sixhundredtwentyninth.py,
drawn_treeswift_sixhundredthirtieth.py), stop 86's ninth round, read cold at 12 / 15 and 17 / 18: a BR number in boxes with its
branch's three after a dash; an address set in under its label over lines with no comma at their ends; a sum in Chinese numerals before a
year in its sentence; a capital named after 'as', a few words after its figure; an address wrapped for width kept whole (the 58th,
found on the re-read). Tested on other wording."""
from extractors.base import DocView
from extractors.registry import extract
from pipeline.amounts import parse_amount
from pipeline.pages import RawPage
from pipeline.read import read_page
from sample_docs.drawn_forms import Sheet
from tests.synthetic import doc_of_rows


def test_a_br_number_in_boxes_with_its_branch():
    s = Sheet()
    s.text(140, 100, "ID 990B", 28, "sans_bold")
    s.text(140, 200, "Name of employer", 24, "sans")
    s.text(600, 196, "Northgate Coastal Surveys Limited", 28, "sans")
    s.text(140, 300, "BR number", 24, "sans")
    x = s.boxes(600, 290, "62301187", 8)
    s.text(x + 10, 296, "-", 30, "sans")
    s.boxes(x + 40, 290, "001", 3)
    read = read_page(RawPage(number=1, image=s.img, dpi=200, text_words=None), "form.png")
    out = extract("employer_form", DocView(file="form.png", pages=[read.page], images=[read.image]))
    assert out["br_number"].value == "62301187"


def test_an_address_set_in_under_its_label_over_lines():
    rows = [[(160, "BUSINESS REGISTRATION CERTIFICATE")], [(160, "Address")], [(200, "FLAT 12, 3/F")], [(200, "61 NGAU TAU KOK ROAD")],
            [(200, "KOWLOON BAY, KOWLOON")], [(160, "Nature of Business")], [(200, "CATERING")]]
    out = extract("br_certificate", doc_of_rows(rows, source="ocr", step=40))
    assert out["address"].value == "FLAT 12, 3/F, 61 NGAU TAU KOK ROAD, KOWLOON BAY, KOWLOON"


def test_a_chinese_sum_before_a_year_in_its_sentence():
    assert parse_amount("港币八十万元，计划于2026年9月开业") == 800000.0


def test_a_capital_named_after_as():
    rows = [[(140, "Tidewell Kayak Tours Limited")], [(140, "Money")], [(140, "HK$600,000 from the two founders as start-up capital, already paid in.")],
            [(140, "Sales")], [(140, "Year 1 revenue: HK$1.2m.")]]
    assert extract("business_plan", doc_of_rows(rows, source="ocr"))["capital_hkd"].value == 600000.0


def test_an_address_wrapped_for_width_keeps_its_name_whole():
    from pipeline.model import Word
    from pipeline.text import lines_joined

    def line(y: int, *texts: str) -> list[Word]:
        x, out = 100, []
        for t in texts:
            out.append(Word(text=t, bbox=(x, y, x + 16 * len(t), y + 30)))
            x += 16 * len(t) + 12
        return out
    wrapped = line(0, "UNIT", "7,", "9/F,", "SUNBEAM", "PLAZA,", "12", "KWAI") + line(40, "HING", "ROAD,", "KWAI", "CHUNG")
    assert lines_joined(wrapped) == "UNIT 7, 9/F, SUNBEAM PLAZA, 12 KWAI HING ROAD, KWAI CHUNG"
    ended = line(0, "SHOP", "4,", "G/F") + line(40, "27", "CASTLE", "PEAK", "ROAD") + line(80, "YUEN", "LONG")
    assert lines_joined(ended) == "SHOP 4, G/F, 27 CASTLE PEAK ROAD, YUEN LONG"
