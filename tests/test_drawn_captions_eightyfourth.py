"""The eighty-fourth drawn set (sample_docs/drawn_captions_eightyfourth.py), read cold at 22 / 30. What it needed:
a date in letter boxes whose first group holds four figures starts with its year, the row's first group read
(not the day's, level with the label too); an HKID's check digit boxed apart from its comb; a figure in the unit
its table's title states ('(HK$'000)'); a count of local staff after the year it is for ('in year 1: 4')."""
from extractors.base import DocView
from extractors.business_plan import extract as extract_plan
from extractors.declared import read_declared
from extractors.forms import extract_applicant
from pipeline.model import Page
from sample_docs.drawn_forms import H, Sheet, W
from tests.synthetic import cells, doc_of_rows


def test_a_year_first_date_in_box_groups_and_a_check_digit_boxed_apart():
    s = Sheet()
    for x, chars in [(600, "1988"), (820, "11"), (960, "07")]:
        s.boxes(x, 300, chars, len(chars))
    s.boxes(600, 420, "K215837", 7)
    s.boxes(960, 420, "4", 1)
    words = cells(310, (140, "Date of birth")) + cells(430, (140, "HKID No."))
    doc = DocView("a.png", [Page(file="a.png", number=1, width=W, height=H, dpi=200, source="ocr", words=words)], [s.img])
    read = extract_applicant(doc)
    assert (read["date_of_birth"].value, read["hkid_number"].value) == ("1988-11-07", "K215837(4)")


def test_a_tables_unit_in_its_title_and_a_count_after_its_year():
    doc = doc_of_rows([[(160, "Five-year forecast (in HK$'000)")], [(700, "2027"), (900, "2028")], [(160, "Sales"), (700, "1,640"), (900, "2,300")],
                       [(160, "Number of local employees for year 1 will be 3, rising to 5.")]])
    assert read_declared("business_plan", doc)["projected_turnover_hkd"].value == 1640000
    assert extract_plan(doc)["local_jobs"].value == 3
