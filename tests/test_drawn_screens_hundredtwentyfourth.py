"""The hundred-and-twenty-fourth drawn set (sample_docs/drawn_screens_hundredtwentyfourth.py), read cold at 16 / 19.
What it needed: an item's label read with 'rn' run together as 'm' ('Tumover') still names it; a Chinese date whose
year lost its leading 2 (026年) is a date; the columns' unit row a fax made unreadable ('HS KS') read again for its
currency."""
from extractors import registry
from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_screens_hundredtwentyfourth import statement_by_fax
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_turnover_read_as_tumover():
    doc = doc_of_rows([[(160, "INCOME STATEMENT FOR THE YEAR ENDED 31 AUGUST 2026")], [(1100, "2026"), (1340, "2025")],
                       [(160, "Tumover"), (1000, "6,318,200"), (1240, "5,904,700")], [(160, "Profit after taxation"), (1000, "668,800"), (1240, "548,800")]])
    assert registry.extract("financial_statement", doc)["revenue"].value == 6318200.0


def test_a_year_that_lost_its_two():
    doc = _han_doc([(480, "武汉光谷云图信息技术有限公司"), (680, "同意函"), (140, "我公司员工侯嘉怡，女，经研究，同意其赴香港工作。"),
                    (920, "武汉谷云图信息技术有限公司"), (1000, "026年11月22日")])
    assert registry.extract("consent_letter", doc)["date"].value == "2026-11-22"


def test_a_faxed_unit_row_read_again(tmp_path):
    data, _ = statement_by_fax()
    (tmp_path / "statement.png").write_bytes(data)
    doc = analyse_file(describe_file(tmp_path, tmp_path / "statement.png"), 0).documents[0]
    assert doc.fields["currency"].value == "HKD"
    assert doc.fields["revenue"].value == 6318200.0
