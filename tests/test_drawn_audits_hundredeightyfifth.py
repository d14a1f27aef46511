"""The hundred-and-eighty-fifth drawn set (sample_docs/drawn_audits_hundredeightyfifth.py), a test set of four sets of
accounts, read cold at 16 / 20. What it needed: sentences whose figures 'rose to' or 'fell to' their sums, and
shareholders' funds with a curly apostrophe; a 'result for the year' as the year's profit; a figure the page read
unsurely ('5.2' as '2', confidence near nought) read again alone by PP-OCR."""
from extractors import registry
from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_audits_hundredeightyfifth import millions_one_decimal
from tests.synthetic import doc_of_rows


def test_sums_that_rose_or_fell_to_a_figure():
    doc = doc_of_rows([[(140, "KINGSWAY OPTICAL LIMITED")], [(140, "MANAGING DIRECTOR'S REVIEW")],
                       [(140, "In the year ended 30 June 2026 turnover grew to HK$5,406,000 while our net loss fell to HK$82,500.")],
                       [(140, "Shareholders’ funds were HK$1,930,000 at 30 June 2026.")]])
    read = registry.extract("financial_statement", doc)
    assert (read["revenue"].value, read["profit"].value, read["total_equity"].value) == (5406000.0, -82500.0, 1930000.0)


def test_a_result_for_the_year_with_a_minus_sign():
    doc = doc_of_rows([[(140, "ALDERGROVE PRINTING LIMITED")], [(140, "Summary accounts for the year ended 31 March 2026 (HK$)")],
                       [(1000, "2026"), (1300, "2025")], [(140, "Sales"), (1000, "1,204,300"), (1300, "1,350,900")],
                       [(140, "Result for the year"), (1000, "-58,700"), (1300, "42,100")]])
    assert registry.extract("financial_statement", doc)["profit"].value == -58700.0


def test_a_figure_read_unsurely_is_read_again(tmp_path):
    png, truth = millions_one_decimal()
    (tmp_path / "accounts.png").write_bytes(png)
    doc = analyse_file(describe_file(tmp_path, tmp_path / "accounts.png"), 0).documents[0]
    assert doc.fields["profit"].value == truth["profit"]
