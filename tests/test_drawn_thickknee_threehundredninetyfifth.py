"""The three-hundred-and-ninety-fifth to -ninety-seventh drawn sets (sample_docs/drawn_thickknee_threehundredninetyfifth.py
… drawn_ibisbill_threehundredninetyseventh.py), read cold at 44 / 45: a post after a department in brackets (…在我单位
（财务部）任会计); with them stop 78's 370th, a report whose labels head a ruled table's columns over one row of values,
its graduation date taken as the row's first date. Tested on other wording."""
from PIL import Image

from extractors.base import DocView
from extractors.registry import extract
from pipeline.model import Page
from tests.synthetic import cells, doc_of_rows


def test_a_post_after_a_bracketed_department():
    rows = [[(700, "证明")], [(160, "兹证明，龚一鸣，男，2016年3月至2022年5月在我单位（人事部）任招聘专员。")], [(900, "昆明滇池文旅发展有限公司")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "招聘专员"


def test_a_date_under_its_heading():
    # (Han a token a character, each date one token, as OCR reads a ruled table's cells)
    heads = [(92, "姓名"), (253, "性别"), (362, "出生日期"), (593, "院校"), (893, "专业"), (1121, "层次"), (1253, "毕业日期")]
    values = [(95, "白若溪", True), (241, "女", True), (362, "1998-03-02", False), (593, "滇西学院", True), (895, "护理学", True),
              (1121, "本科", True), (1253, "2020-07-01", False)]
    words = [w for x, text in heads for w in cells(300, (x, text), han=True)]
    words += [w for x, text, han in values for w in cells(380, (x, text), han=han)]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    out = extract("qualification_report", doc)
    assert (out["date_of_birth"].value, out["graduation_date"].value) == ("1998-03-02", "2020-07-01")
