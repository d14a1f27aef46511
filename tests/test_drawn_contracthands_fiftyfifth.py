"""The fifty-fifth drawn set (sample_docs/drawn_contracthands_fiftyfifth.py): contracts in four layouts no set drew.
What they needed: a pay item stated as none in a table's cell where the reading runs a Latin word into Han ('N/A不適用',
extractors/pay_terms); an offer addressed 'Dear Ms. Liang' that names its employee in full only where she signs
('Name: LIANG Xiaoyu', extractors/letters)."""
from extractors.letters import addressee
from extractors.pay_terms import _none_after
from extractors.prose import Prose


def test_an_item_stated_as_none_run_into_its_translation():
    assert _none_after(" N/A不適用") and _none_after(" Nil") and _none_after(" 無")
    assert not _none_after(" Nilsson") and not _none_after(" HK$6,000")


def test_the_addressee_named_in_full_where_she_signs():
    text = ("12 November 2026 Dear Ms. Liang, Offer of Employment We are delighted to offer you the position. "
            "Yours sincerely, Director ACCEPTANCE I accept the offer. Signature: Name: LIANG Xiaoyu Date:")
    assert addressee(Prose(text)) == "LIANG Xiaoyu"
    assert addressee(Prose("Dear Ms. Liang, Offer. Name: WONG Kaiming")) == ""
