"""The hundred-and-nineteenth drawn set (sample_docs/drawn_slips_hundrednineteenth.py), read cold at 19 / 23 (its
degree as printed, 工商管理碩士學位, added to the truth after). What it needed: a line that opens with 日期 is a
letter's date even after a line ending in Han (a reply slip's date under its unit's name, not the request's above the
cut line); capital stated as shares paid at their par ('800,000 shares of HK$1 each, all paid up'); a count of staff
'all of them Hong Kong residents'; a professional degree's name gives its major (工商管理碩士 -> 工商管理)."""
import re

from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page, Word
from tests.synthetic import doc_of_rows


def _han_doc(rows: list[tuple[int, str]]) -> DocView:
    """A page of Chinese lines, a character a word and a run of digits one, as OCR gives them."""
    words = []
    for n, (x, text) in enumerate(rows):
        for token in re.findall(r"\d+|\S", text):
            width = 16 * len(token) if token.isdigit() else 30
            words.append(Word(text=token, bbox=(x, 240 + 60 * n, x + width, 266 + 60 * n), conf=0.95))
            x += width
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])


def test_a_reply_slips_date_under_its_units_name():
    doc = _han_doc([(140, "贵公司员工孙志豪先生已获我司聘用，烦请将下方回执填妥盖章后寄回。"), (1000, "香港匯川物流有限公司人事部"),
                    (1000, "2026年11月10日"), (720, "回执"), (200, "我单位同意孙志豪同志赴港工作。"),
                    (700, "单位名称（盖章）：合肥天穹光电科技有限公司"), (700, "日期：2026年11月24日")])
    assert registry.extract("consent_letter", doc)["date"].value == "2026-11-24"


def test_capital_as_shares_paid_and_staff_all_local():
    doc = doc_of_rows([[(140, "2. Money"), (520, "The two shareholders subscribed for 600,000 shares of HK$1 each, all paid up in cash, and the")],
                       [(520, "company has a bank overdraft facility of HK$250,000 which it has not used.")],
                       [(140, "4. People"), (520, "Besides the director, the company will employ five staff, all of them Hong Kong residents,")],
                       [(520, "by the end of its first year.")]])
    read = registry.extract("business_plan", doc)
    assert read["capital_hkd"].value == 600000.0
    assert read["local_jobs"].value == 5


def test_authorised_shares_are_no_capital_paid():
    doc = doc_of_rows([[(140, "Authorised share capital: 10,000,000 shares of HK$1 each.")],
                       [(140, "Paid-up capital: HK$400,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 400000.0


def test_a_professional_degree_names_its_field():
    doc = _han_doc([(560, "澳門濠江理工大學"), (700, "碩士學位證書"), (300, "茲證明黃嘉穎修畢本校工商管理碩士課程，"),
                    (300, "成績合格，經本校學位評定委員會審議，"), (300, "授予工商管理碩士學位。")])
    read = registry.extract("degree_certificate", doc)
    assert read["major"].value == "工商管理"


def test_an_academic_degree_names_no_field():
    doc = _han_doc([(560, "南岭理工大学"), (700, "学士学位证书"), (300, "学生林晓，女，1996年3月2日生，已通过学士学位课程考核，"),
                    (300, "授予工学学士学位。")])
    assert registry.extract("degree_certificate", doc).get("major") is None
