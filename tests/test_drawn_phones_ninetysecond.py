"""The ninety-second drawn set (sample_docs/drawn_phones_ninetysecond.py), read cold at 22 / 26. What it needed: a
major named before '学科专业' without its '学科'; statements whose columns are headed 'Prior year | Current year' (or
上年 | 本年), this year's last."""
from extractors import registry
from extractors.financial_statement import extract as extract_statements
from extractors.prose_fields import read_prose
from tests.synthetic import doc_of_rows


def test_a_major_before_its_kind_of_discipline():
    doc = doc_of_rows([[(140, "郑文博，男，1991年3月2日生。在西岭农业大学植物保护学科专业完成了硕士研究生的学习计划，")],
                       [(140, "经审核，授予农学硕士学位。")]], han=True)
    assert registry.extract("degree_certificate", doc)["major"].value == "植物保护"
    assert read_prose("degree_certificate", doc)["major"].value == "植物保护"  # the sentence read by its roles agrees


def test_this_years_column_last_by_its_heading():
    doc = doc_of_rows([[(160, "Statement of profit or loss for the year ended 30 June 2026")], [(1000, "Previous year"), (1250, "This year")],
                       [(160, "Revenue"), (1000, "4,100,200"), (1250, "4,560,900")], [(160, "Profit for the year"), (1000, "301,400"), (1250, "355,800")]])
    read = extract_statements(doc)
    assert (read["revenue"].value, read["profit"].value) == (4560900, 355800)
