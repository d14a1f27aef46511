"""The two-hundred-and-fifty-fourth drawn set (sample_docs/drawn_cormorant_twohundredfiftyfourth.py), a whole clean
application for a research scientist, read cold at 62 / 65 with no false alarm: the doctor's degree read from its
sentence as '该同志博士学位' over the table's 理学博士; the report's school, a research institute (研究院), not taken for a
school; the group's 'Profit attributable to shareholders' passed over for the profit before tax. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_profit_attributable_to_the_owners():
    doc = doc_of_rows([[(140, "RIVERSTONE FOODS HOLDINGS LIMITED")], [(140, "Consolidated income statement for the year ended 31 March 2026")],
                       [(140, "Revenue"), (1100, "12,480,300")], [(140, "Profit before taxation"), (1100, "1,604,200")],
                       [(140, "Taxation"), (1100, "(264,700)")], [(140, "Profit attributable to owners of the company"), (1100, "1,339,500")]])
    assert registry.extract("financial_statement", doc)["profit"].value == 1339500.0


def test_a_research_institute_awards_the_degree():
    doc = doc_of_rows([[(300, "中国高等教育学位在线验证报告")], [(160, "姓名：林远")], [(160, "学位授予单位：西岭光电研究所")]], han=True)
    assert registry.extract("qualification_report", doc)["institution"].value == "西岭光电研究所"


def test_a_degree_conferred_on_the_holder_by_pronoun():
    doc = doc_of_rows([[(600, "博士学位证书")], [(180, "姓名"), (420, "周远"), (760, "学位级别"), (1000, "工学博士")],
                       [(180, "根据《中华人民共和国学位条例》的规定，授予该生博士学位。")]], han=True)
    assert registry.extract("degree_certificate", doc)["degree"].value == "工学博士"
