"""The hundred-and-twenty-sixth drawn set (sample_docs/drawn_permissions_hundredtwentysixth.py), read cold at 11 / 20.
What it needed: consents that grant permission, endorse an application to work in the Hong Kong SAR, 'do not object'
(不持异议) or let an employee go to Hong Kong (到香港就职, 往香港工作) tell themselves by those words; a day in Chinese
numerals with a character read twice under the chop (二十八八日) is the 28th."""
from PIL import Image

from extractors import registry
from extractors.base import cn_numerals_in_dates
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def _best(words) -> str:
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0]


def test_permission_and_endorsement_are_consents():
    permission = cells(240, (140, "PERMISSION LETTER")) + cells(300, (140, "This letter grants permission to Mr HU Zhengyang to accept an")) \
        + cells(360, (140, "appointment with a company in Hong Kong and to leave our service for that purpose."))
    assert _best(permission) == "consent_letter"
    endorsement = cells(240, (140, "Date: 27 November 2026")) \
        + cells(300, (140, "We hereby endorse Ms LI Na's application to work in the Hong Kong SAR as a clinical data manager."))
    assert _best(endorsement) == "consent_letter"


def test_a_unit_that_does_not_object():
    doc = _han_doc([(520, "青岛蓝湾海洋装备有限公司"), (720, "证明"), (140, "兹证明车浩宇，男，自2014年7月至2026年11月在我公司任结构设计工程师。"),
                    (140, "我公司已于2026年11月30日准予其辞职。本单位对其到香港就职不持异议。")])
    assert _best(doc.pages[0].words) == "consent_letter"


def test_a_day_read_twice():
    assert cn_numerals_in_dates("二〇二六年十一月二十八八日") == "2026年11月28日"
    assert cn_numerals_in_dates("二〇二〇年十二月二十二日") == "2020年12月22日"


def test_a_consents_date_with_a_day_read_twice():
    doc = _han_doc([(480, "廈門市規劃和自然資源局"), (720, "同意函"), (140, "經局務會議研究，本局同意鄭雅婷往香港工作，並按規定辦理離職手續。"),
                    (900, "廈門市規劃和自然資源局"), (940, "二○二六年十一月二十八八日")])
    assert registry.extract("consent_letter", doc)["date"].value == "2026-11-28"


def test_a_permits_endorsements_are_no_consent():
    back = cells(240, (140, "签注 ENDORSEMENTS")) + cells(300, (140, "香港逗留 D HK STAY")) + cells(360, (140, "有效期至 2031.03.01"))
    assert _best(back) != "consent_letter"
