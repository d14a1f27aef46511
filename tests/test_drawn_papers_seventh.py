"""The seventh drawn set, the employer's papers (sample_docs/drawn_papers_seventh.py), read as the
product reads an upload, and the generic readings it needed: a value wrapping beside its label's
two languages, a clause's heading before a party's name, a firm's name without its calling, a pay
item stated as none, a word in brackets inside a company's name."""
import sys
import zlib

import pytest

from sample_docs import drawn_papers_seventh as seventh
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)


def _wrong(got: dict, want: dict) -> dict:
    return {k: (norm(got.get(k)), norm(want[k])) for k in want if norm(got.get(k)) != norm(want[k])}


@pytest.mark.parametrize("company,kind,layout,keys", [
    (0, "br_certificate", "bilingual", ["address", "business_name"]),
    (1, "employment_contract", "clauses", ["employer_name", "employee_name"]),
    (1, "employment_contract", "offer-table", ["housing_allowance_hkd", "monthly_salary_hkd"]),
    (0, "employment_contract", "clauses", ["housing_allowance_hkd"]),  # under its clause's heading
    (1, "financial_statement", "two-years", ["company_name", "profit"]),
])
def test_the_seventh_sets_papers(tmp_path, company, kind, layout, keys):
    c = seventh.COMPANIES[company]
    path = tmp_path / f"{kind}-{layout}.png"
    seventh.LAYOUTS[kind][layout](c).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    want = seventh.truth(c, kind, layout)
    assert not _wrong(read_as(path, kind, pages=1), {k: want[k] for k in keys})


def test_a_clauses_heading_or_number_is_no_part_of_the_name_after_it():
    from extractors.parties import name_before
    for text, name in [("AGREEMENT 2. EMPLOYER. Mossgate Freight Limited", "Mossgate Freight Limited"),
                       ("PART II. Brightwater J. K. Holdings Co. Ltd.", "Brightwater J. K. Holdings Co. Ltd.")]:
        assert name_before(text + " (the Employer)", len(text))[0] == name


def test_a_pay_item_stated_as_none_is_none_and_one_not_stated_is_unknown():
    from extractors.employment_contract import MONEY
    from extractors.pay_terms import pay_items
    assert [i.none_stated for i in pay_items("Accommodation allowance - N/A", MONEY)] == [True]
    assert [i.none_stated for i in pay_items("住房津貼：無", MONEY)] == [True]
    assert [i.none_stated for i in pay_items("Accommodation allowance to be agreed", MONEY)] == [False]
    assert [i.none_stated for i in pay_items("There is no rental allowance with this post.", MONEY)] == [True]
    assert [i.none_stated for i in pay_items("本職位不提供住房補貼。", MONEY)] == [True]


def test_a_clauses_heading_starts_the_sentence_after_it():
    from extractors.base import Line
    from extractors.clauses import clauses
    from pipeline.model import Page
    page = Page(file="c.pdf", number=1, width=100, height=100, dpi=200, source="text_layer", lang="eng", words=[])
    texts = [t for t, _ in clauses([Line("12. ACCOMMODATION ALLOWANCE. You receive HK$4,500 monthly.", [], page)])]
    assert texts == ["12. ACCOMMODATION ALLOWANCE. You receive HK$4,500 monthly."]


def test_a_bracketed_word_inside_a_company_name():
    from extractors.value_types import PARSERS
    assert PARSERS["company"]("Pinecrest Instruments (Macau) Limited") == "Pinecrest Instruments (Macau) Limited"
    assert PARSERS["company"]("ORCHID LANE (Hk) LIMITED") == "ORCHID LANE (Hk) LIMITED"
