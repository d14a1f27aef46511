"""The hundredth drawn set (sample_docs/drawn_blanks_hundredth.py), read cold at 17 / 19. What it needed: the person a
consent names after the unit's word for itself ('同意本单位 周晴 同志'); a table's unit in its first header cell, a line
of Han characters read a character a word ('港幣千元 | 第一年 | …')."""
from extractors import registry
from extractors.declared import read_declared
from tests.synthetic import cells, doc_of_rows


def test_the_person_after_the_units_word_for_itself():
    doc = doc_of_rows([[(140, "经研究，同意本单位周晴同志赴香港工作。")], [(900, "苏州吴淞精密机械有限公司")]], han=True)
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "周晴"


def test_a_unit_in_the_first_header_cell_of_han_print():
    doc = doc_of_rows([[(140, "千港元"), (560, "第一年"), (820, "第二年"), (1080, "第三年")]], han=True)
    doc.pages[0].words.extend(cells(320, (140, "營業額"), han=True) + cells(320, (560, "1,850"), (820, "2,900"), (1080, "4,100")))
    assert read_declared("business_plan", doc)["projected_turnover_hkd"].value == 1850000
