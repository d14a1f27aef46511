"""The ninety-eighth drawn set (sample_docs/drawn_consents_ninetyeighth.py), five consents read cold at 15 / 20. What
it needed: of two types' titles overlapping on a heading line, the one that ends it names the paper ('CERTIFICATE OF
EMPLOYMENT AND CONSENT'); the name under a chop read whole ('…研究院有限公司', not its '…研究院'), which the set's
reading checks."""
from PIL import Image

from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells


def test_a_title_holding_another_types_title():
    words = cells(150, (400, "CONFIRMATION OF EMPLOYMENT AND CONSENT"))
    for k, line in enumerate(["Ms QU Yan has been employed by this company as a buyer since March 2019. The company",
                              "consents to her taking up employment in Hong Kong. Human Resources Department"]):
        words += cells(300 + 50 * k, (140, line))
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    verdict = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white")))
    assert verdict.best[0] == "consent_letter" and "work_experience_letter" not in verdict.titles
