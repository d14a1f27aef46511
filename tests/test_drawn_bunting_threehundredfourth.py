"""The three-hundred-and-fourth drawn set (sample_docs/drawn_bunting_threehundredfourth.py), of qualification reports,
read cold at 7 / 36: a traditional Chinese search result (高等學歷證書查詢結果), a report told in one paragraph ('Qualification
Record') and a bilingual report (学历证书验证报告 Degree Certificate Check) were typed as other papers, or as none; the
ruled English report's 'Completed on' and 'Certificate serial no.' were no labels; the bilingual one's labels' English
('所学专业 Studied   金融工程') taken as values, its title's 'Degree …' as the level. What it needed: titles of a search's
result and of a qualification's check or record; a report printed in traditional characters kept so; a level that names
a level; the Latin words set close after a Han label, a wider gap after them, its translation; labels of completion,
serial numbers and check codes; a report's level and sex told in its sentences. Tested on other wording."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page
from tests.synthetic import best_type, cells, doc_of_rows


def test_a_search_result_and_a_qualification_check_are_reports():
    assert best_type([(420, "學位證書查詢結果"), (160, "姓名： 程柏霖"), (160, "學位： 工學學士"), (160, "證書編號： 1048742019000233")])[0] \
        == "qualification_report"
    assert best_type([(300, "Qualification Verification"), (160, "Name: LIN Yue"), (160, "Programme: Applied Physics"),
                      (160, "Level: Master")])[0] == "qualification_report"


def test_a_level_names_a_level_and_other_labels_of_a_report():
    doc = doc_of_rows([[(300, "Qualification Check: Degree Record")], [(160, "Name"), (520, "LIN Yue")],
                       [(160, "Level of study"), (520, "Master (3 years)")], [(160, "Completed on"), (520, "30 June 2021")],
                       [(160, "Certificate serial no."), (520, "104871202106000233")], [(160, "Check code"), (520, "H3KW9ZP2MX7QT4RN")]])
    read = registry.extract("qualification_report", doc)
    assert read["level"].value == "硕士研究生"
    assert read["graduation_date"].value == "2021-06-30"
    assert read["certificate_number"].value == "104871202106000233"
    assert read["verification_code"].value == "H3KW9ZP2MX7QT4RN"


def test_the_english_after_a_chinese_label_is_its_translation():
    # (a gap under two lines' heights after the translation: no column of its own)
    words = cells(240, (160, "专业"), han=True) + cells(240, (252, "Course")) + cells(240, (390, "应用化学"), han=True) \
        + cells(300, (160, "出生日期"), han=True) + cells(300, (335, "Born")) + cells(300, (440, "1999.08.03"))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    read = registry.extract("qualification_report", DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")]))
    assert read["major"].value == "应用化学"


def test_a_reports_level_and_sex_told_in_its_sentence():
    doc = doc_of_rows([[(160, "The records show that ZHAO Min (female, born 2 May 1997) completed a postgraduate programme in Finance")],
                       [(160, "at Lakeshore University of Commerce and graduated on 28 June 2022.")]])
    read = registry.extract("qualification_report", doc)
    assert read["sex"].value == "F"
    assert read["level"].value == "postgraduate"
