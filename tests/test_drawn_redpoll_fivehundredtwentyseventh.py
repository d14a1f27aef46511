"""The five-hundred-and-twenty-seventh to -thirty-third drawn sets (sample_docs/drawn_redpoll_fivehundredtwentyseventh.py …
drawn_bullfinch_fivehundredthirtythird.py), stop 84's first round, read cold at 72 / 77: a degree named only by its
category's row and its title's level; a Hong Kong degree's line with 主修 after it, a date in Han numerals under it; an award
record's 'Recipient' and a parchment's serial. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_degree_by_its_category_row_and_its_title():
    rows = [[(640, "硕士学位证书")], [(200, "姓名"), (420, "隋子航")], [(200, "学科门类"), (420, "管理学")], [(200, "专业"), (420, "会计学")],
            [(200, "授予单位"), (420, "松江商学院")], [(200, "授予日期"), (420, "2022年6月24日")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["degree_level"].value) == ("管理学硕士", "master")


def test_a_hong_kong_degree_with_its_major_after_it():
    rows = [[(600, "維港理工大學")], [(600, "茲證明")], [(600, "區浩然")], [(600, "已修畢本校課程，獲頒授")], [(400, "文學士（榮譽）學位　主修歷史")],
            [(560, "二〇二一年十一月二十日")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["major"].value) == ("文學士(榮譽)學位", "歷史")


def test_a_recipient_and_a_serial():
    rows = [[(500, "Northgate Academy of Music")], [(180, "Recipient"), (600, "Mr HOU Zhenyang")], [(180, "Award Title"), (600, "Master of Music")],
            [(180, "Date of Award"), (600, "12/12/2019")], [(180, "Testamur Serial"), (600, "NAM/MMUS/19/0082")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["holder_name"].value, out["certificate_number"].value) == ("HOU ZHENYANG", "NAM/MMUS/19/0082")
