"""The hundred-and-fourth drawn set (sample_docs/drawn_practice_hundredfourth.py), read cold at 22 / 23. What it
needed: revenue stated in parts and their total ('Sales of goods' … 'Total revenue') is the total."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_revenue_in_parts_is_their_total():
    doc = doc_of_rows([[(140, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026")],
                       [(140, "Sales of goods"), (1000, "5,806,200"), (1250, "5,120,400")],
                       [(140, "Service income"), (1000, "1,248,600"), (1250, "1,032,900")],
                       [(140, "Total revenue"), (1000, "7,054,800"), (1250, "6,153,300")],
                       [(140, "Profit for the year"), (1000, "595,940"), (1250, "394,620")]])
    assert registry.extract("financial_statement", doc)["revenue"].value == 7054800


def test_total_revenue_and_other_income_is_not_revenue():
    doc = doc_of_rows([[(140, "Revenue"), (1000, "4,100,000"), (1250, "3,900,000")],
                       [(140, "Other income"), (1000, "120,000"), (1250, "80,000")],
                       [(140, "Total revenue and other income"), (1000, "4,220,000"), (1250, "3,980,000")]])
    assert registry.extract("financial_statement", doc)["revenue"].value == 4100000
