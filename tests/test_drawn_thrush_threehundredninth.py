"""The three-hundred-and-ninth drawn set (sample_docs/drawn_thrush_threehundredninth.py), of qualification reports, read
cold at 9 / 36: a web page's printout (学历查询 - 查询结果), a report with dashes between labels and values ('Higher
Education Qualification - Verification') and a 'Report on a Registered Academic Qualification' were typed as other
papers or as none; in two columns the name ran into the next cell's label (栾晓东性); 'Graduation —', 'School:',
'Course:' and '(Female)' after the holder were unread. What it needed: those titles; a row's label after a gap only
where its words and colon stand in one cell; 院校, 'school', 'graduation', 'course' a report's labels; the sex in
brackets closed after it. (A study's period as the graduation date, left.) Tested on other wording."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page
from tests.synthetic import best_type, cells, doc_of_rows


def test_a_search_page_and_a_registered_qualification_are_reports():
    assert best_type([(300, "学位查询 - 结果"), (160, "姓名： 邱子墨"), (160, "学位： 理学硕士")])[0] == "qualification_report"
    assert best_type([(300, "Registered Qualification Statement"), (160, "Holder: HU Yan"), (160, "School: Ganjiang University"),
                      (160, "Level: Bachelor")])[0] == "qualification_report"


def test_a_value_runs_to_the_gap_before_the_next_cells_label():
    words = cells(240, (160, "姓名："), han=True) + cells(240, (360, "蒙若溪"), han=True) + cells(240, (880, "性别："), han=True) \
        + cells(240, (1020, "女"), han=True) + cells(300, (160, "院校："), han=True) + cells(300, (360, "黔东师范学院"), han=True)
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    read = registry.extract("qualification_report", DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")]))
    assert read["holder_name"].value == "蒙若溪"
    assert read["institution"].value == "黔东师范学院"


def test_other_labels_of_a_report():
    doc = doc_of_rows([[(160, "Qualification Verification")], [(160, "Holder:  PAN Xiaoyu (Male)")], [(160, "School:  Xiangxi University")],
                       [(160, "Course:  Tourism Management")], [(160, "Graduation  -  30 June 2020")]])
    read = registry.extract("qualification_report", doc)
    assert read["sex"].value == "M"
    assert read["institution"].value == "Xiangxi University"
    assert read["major"].value == "Tourism Management"
    assert read["graduation_date"].value == "2020-06-30"
