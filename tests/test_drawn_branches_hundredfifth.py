"""The hundred-and-fifth drawn set (sample_docs/drawn_branches_hundredfifth.py), read cold at 29 / 32. What it needed:
a person named by a surname alone in the body ('Mr Ouyang') and in full in the reference line ('Re: OUYANG Feng');
a surname of two syllables misread by one look-alike letter ('QUYANG FENG'); the Talent List asked for by the
profession's name where it applies, answered 'Not applicable' (no) or with a profession (yes)."""
from extractors import registry
from pipeline.names import mended_compound_surname
from tests.synthetic import doc_of_rows

LETTER = [[(140, "Chengdu Jinxin Life Insurance Co., Ltd.")], [(140, "2nd December 2026")],
          [(140, "Re: OUYANG Feng (Mainland Travel Permit No. C58301746)")],
          [(140, "Mr Ouyang has been our senior actuary since 2016. We have no objection to Mr Ouyang taking up")],
          [(140, "employment with Harbour Life (Asia) Limited in Hong Kong.")]]


def test_a_surname_alone_in_the_body_is_named_in_full_in_the_reference_line():
    assert registry.extract("consent_letter", doc_of_rows(LETTER))["applicant_name"].value == "OUYANG FENG"


def test_a_two_syllable_surname_one_letter_off():
    assert mended_compound_surname("QUYANG FENG") == "OUYANG FENG"
    assert mended_compound_surname("OUYANG FENG") is None
    assert mended_compound_surname("QU YANG") is None  # a surname of one syllable stays


def _form(answer: str):
    return doc_of_rows([[(140, "1. Company name"), (760, "Willowbank Optical Limited")], [(140, "4. Post"), (760, "Optometry Services Manager")],
                        [(140, "6. If the post is under a profession of the Talent List, state the profession:")], [(200, answer)]])


def test_the_talent_list_asked_by_the_professions_name():
    assert registry.extract("employer_form", _form("Not applicable"))["talent_list"].value is False
    assert registry.extract("employer_form", _form("Actuaries"))["talent_list"].value is True
