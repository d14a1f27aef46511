"""The hundred-and-forty-sixth drawn set (sample_docs/drawn_hirers_hundredfortysixth.py), four ID 990B forms in layouts
no set drew, read cold at 21 / 24. What it needed: a company whose suffix is 'Co., Limited'; a bilingual label whose
Chinese half ('Applicant 申請人') is a label too, not the applicant's name; the applicant asked for as a question ('Who
is the person you wish to employ?'). Left: a handwritten 'ZHENYU' read 'ZHENYO' (a valid spelling, so nothing can tell)."""
import re

from extractors import registry
from extractors.base import COMPANY_EN
from tests.synthetic import doc_of_rows


def test_a_company_limited_after_co():
    assert re.search(COMPANY_EN, "Kowloon Bay Precision Moulding Co., Limited").group(1) == "Kowloon Bay Precision Moulding Co., Limited"


def test_a_label_s_chinese_half_is_not_the_name():
    doc = doc_of_rows([[(1260, "ID 990B")], [(140, "Applicant 申請人"), (620, "DENG LIHUA")], [(140, "Post 職位"), (620, "Mould Design Engineer")]])
    assert registry.extract("employer_form", doc)["applicant_name"].value == "DENG LIHUA"


def test_the_applicant_asked_for_by_a_question():
    doc = doc_of_rows([[(1260, "ID 990B")], [(140, "3.  Who is the person you wish to employ?")], [(200, "Mr XU Zhenyu")],
                       [(140, "4.  What post will he or she hold?")], [(200, "Regulatory Affairs Specialist")]])
    assert registry.extract("employer_form", doc)["applicant_name"].value == "XU ZHENYU"
