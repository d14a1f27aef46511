"""The hundred-and-thirtieth drawn set (sample_docs/drawn_lookalikes_hundredthirtieth.py), papers that are none of the
asked-for types, read cold at 3 / 5. What it needed: an employee's own letter of resignation (辞职申请书) is another
kind of paper; a title the page only asks for ('Request for a letter of consent', 'he needs a letter of consent') does
not make it that paper."""
from PIL import Image

from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells


def _best(words) -> str:
    """The type the page is read as, or unknown where no type scores enough (pipeline.classify.segment)."""
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    return best if score >= load_rules()["min_score"] else "unknown"


def test_an_employees_own_resignation():
    words = cells(120, (660, "辞职申请书"), han=True) + cells(240, (140, "尊敬的公司领导："), han=True) \
        + cells(310, (140, "本人于2019年7月入职公司，现任测试工程师。因本人已获香港一家公司聘用，拟赴港工作，特向公司提出辞职申请。"), han=True)
    assert _best(words) not in ("consent_letter", "work_experience_letter")


def test_a_request_for_a_consent_is_none():
    words = cells(200, (140, "Request for a letter of consent: Mr LU Siyuan")) \
        + cells(260, (140, "We have offered Mr LU Siyuan a post in Hong Kong. He needs a letter of consent from his present")) \
        + cells(320, (140, "employer. We should be grateful if you would issue one and send it to him."))
    assert _best(words) != "consent_letter"


def test_a_consent_is_still_one():
    words = cells(200, (140, "LETTER OF CONSENT")) + cells(260, (140, "We consent to Mr LU Siyuan taking up employment in Hong Kong."))
    assert _best(words) == "consent_letter"


def test_consenting_and_hong_kong_together():
    words = cells(200, (140, "Mr LU Siyuan, a test engineer of the Institute since 2019, is permitted to leave for Hong Kong")) \
        + cells(260, (140, "to take up his new post there from 1 February 2027."))
    assert _best(words) == "consent_letter"
    work = cells(200, (140, "This is to certify that Mr LU Siyuan has been employed by the Institute as a test engineer")) \
        + cells(260, (140, "since 2019. He has applied for a post in Hong Kong; this letter is issued at his request."))
    assert _best(work) != "consent_letter"
