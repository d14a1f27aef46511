"""The hundred-and-twenty-third drawn set (sample_docs/drawn_pages_hundredtwentythird.py), read cold at 18 / 24. What it
needed: an organisation whose name the chop's ink cost a character on the signature line is read from the line clear
of the chop that names it (the letterhead of the first page); a consent that agrees to 'release him' to 'a post in
Hong Kong' tells itself by those words; a count of 'full-time local staff'."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from sample_docs.drawn_forms import Sheet
from sample_docs.drawn_papers_eighth import _chop
from tests.synthetic import cells, doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_the_name_clear_of_the_chop():
    first = _han_doc([(480, "苏州工业园区澄湖微电子有限公司"), (140, "我公司员工龚思远，男，现任高级工程师。经公司研究决定，同意其赴港工作。")])
    second = _han_doc([(160, "特此函告。"), (880, "苏州工园区澄湖微电子有限公司"), (980, "2026年11月23日")])
    stamped = Sheet()
    _chop(stamped, 1100, 300, "苏州工业园区澄湖微电子有限公司")
    pages = [first.pages[0], second.pages[0].model_copy(update={"number": 2})]
    doc = DocView("c.pdf", pages, [first.images[0], stamped.img])
    assert registry.extract("consent_letter", doc)["organisation"].value == "苏州工业园区澄湖微电子有限公司"


def test_release_to_a_post_in_hong_kong_is_a_consent():
    words = cells(240, (140, "TO WHOM IT MAY CONCERN")) \
        + cells(300, (140, "Dr. ZHAO Lei, Associate Chief Physician in our Department of Nephrology, has applied to take up")) \
        + cells(360, (140, "a post in Hong Kong. The Hospital agrees to his application and will release him from 28 February 2027."))
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "consent_letter"


def test_full_time_local_staff():
    doc = doc_of_rows([[(140, "(c) Staff. Two full-time local staff will be engaged on approval of this application, and a third")],
                       [(140, "    in the second year.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 2
