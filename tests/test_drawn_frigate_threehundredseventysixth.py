"""The three-hundred-and-seventy-sixth to -eighty-second drawn sets (sample_docs/drawn_frigate_threehundredseventysixth.py …
drawn_kagu_threehundredeightysecond.py), read cold at 97 / 103: a page's skew measured on its chop's ring and arc of
lettering (a straight letter turned five degrees, its long line's tail read into the next); an office signing in
English ('Group Human Resources') taken for the employer; 'Role at exit' and 入司时间 no labels; a report's graduation
at the end of the months it says the holder studied. Tested on other wording and pages."""
import io

from PIL import Image

from extractors.base import DocView
from extractors.registry import extract
from pipeline.model import Page
from pipeline.ocr import estimate_skew
from sample_docs.drawn_forms import Sheet, scanned_png, text_lines
from sample_docs.drawn_papers_eighth import _chop
from tests.synthetic import cells, doc_of_rows


def test_a_chop_tilts_no_page():
    s = Sheet()
    s.text(680, 120, "收入证明", 44, "serif_cjk")
    text_lines(s, 180, 260, ["　　兹证明屠嘉禾自二〇一八年五月起在我公司工作，现任行政专员。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 880, 480, ["无锡太湖纺织印染有限公司", "二〇二六年十月九日"], 26, "serif_cjk", 56)
    _chop(s, 1380, 560, "无锡太湖纺织印染有限公司")
    assert abs(estimate_skew(Image.open(io.BytesIO(scanned_png(s, "income"))))) < 1.0  # (a flatbed's grain and grey paper)


def test_an_office_signing_is_no_employer():
    rows = [[(160, "Harrowgate Textiles (Nantong) Co., Ltd.")], [(160, "3 December 2026")],
            [(160, "Ms. LU Fang has been employed with us since 4 April 2019 as Dyeing Technician.")], [(160, "Group Payroll Team")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["employer"].value == "Harrowgate Textiles (Nantong) Co., Ltd."


def test_a_role_on_exit():
    rows = [[(160, "Kestrel Bay Paper Co., Ltd.")], [(200, "Staff member"), (560, "Mr. KONG Wei")],
            [(200, "Service"), (560, "02/05/2017 - 30/09/2022")], [(200, "Role on exit"), (560, "Warehouse Planner")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["position"].value == "Warehouse Planner"


def _page(rows: list[list[tuple[int, str, bool]]]) -> DocView:
    """Rows of (x, text, Han) cells: Han a token a character, digits and Latin a token a word, as OCR gives them."""
    words = [w for n, row in enumerate(rows) for x, text, han in row for w in cells(240 + 60 * n, (x, text), han=han)]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])


def test_joined_the_firm_under_a_heading():
    rows = [[(160, "兹证明下列员工在我公司工作至今：", True)],
            [(160, "姓名", True), (500, "所在部门", True), (900, "入厂日期", True)],
            [(160, "汪明", True), (500, "采购部", True), (900, "2019年6月3日", False)]]
    assert extract("work_experience_letter", _page(rows))["start_date"].value == "2019-06-03"


def test_graduated_at_the_studies_end():
    rows = [[(200, "Qualification Verification")],
            [(160, "MA Lin, female, studied Nursing at Huaiyin Medical College from September 2015 to July 2018 and has")],
            [(160, "graduated; certificate no. 193571201807000214.")]]
    assert extract("qualification_report", doc_of_rows(rows, source="ocr"))["graduation_date"].value == "2018-07-31"
