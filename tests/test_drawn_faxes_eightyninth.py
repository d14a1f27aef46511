"""The eighty-ninth drawn set (sample_docs/drawn_faxes_eightyninth.py), read cold at 27 / 33. What it needed: the
Hong Kong degree question as a fax's reading gives it ('localy-accredited', 'full-tine'); 'your company' in a
letter is no profile's 'Our Company' heading, and a university's release of its staff a consent's words; a
contract's clauses read column by column, a clause's heading in title case ('4. Salary.') opening its sentence."""
from PIL import Image

from extractors.base import DocView
from extractors.employment_contract import extract as extract_contract
from extractors.questions import yes_no
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_the_degree_question_as_small_print_is_read():
    doc = doc_of_rows([[(140, "11. Have you a degree from a ful-tine localy-accredited programme in Hong Kong?"), (1400, "No")]])
    assert yes_no(doc, "hk_local_degree").value is False


def test_a_universitys_release_is_a_consent_not_a_profile():
    words = cells(200, (140, "NORTHRIDGE UNIVERSITY")) + cells(300, (140, "Ms TAO Xin, a lecturer in our School of Design, will take up the post of"))
    words += cells(340, (140, "Product Designer with your company. The University has approved her resignation."))
    page = Page(file="u.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "consent_letter"


def test_a_contracts_two_columns_and_a_title_case_heading():
    left = ["This agreement is made between", "Larkhill Optics Limited and WEI", "Dan (the Employee), who is", "employed as an optical engineer", "in the Kwun Tong workshop."]
    right = ["5. Remuneration. The Company", "pays the Employee HK$38,900", "a month in arrears by bank", "transfer on the last working", "day of each calendar month."]
    words = [w for k, (a, b) in enumerate(zip(left, right)) for w in cells(240 + 40 * k, (100, a), (1000, b))]
    doc = DocView("c.pdf", [Page(file="c.pdf", number=1, width=1654, height=2339, dpi=200, source="text_layer", words=words)],
                  [Image.new("RGB", (1654, 2339), "white")])
    assert extract_contract(doc)["monthly_salary_hkd"].value == 38900

