"""The hundred-and-forty-third drawn set (sample_docs/drawn_releases_hundredfortythird.py), five consents drawn to test
the consents' readers on wording they were not mended for, read cold at 18 / 20. What it needed: the person who means
to go to Hong Kong, named after their post (…电气工程师罗俊熙拟赴香港). Left: 溫 read as 温 by the engine."""
from extractors import registry
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_the_one_who_means_to_go():
    doc = _han_doc([(480, "兰州黄河智能电网有限公司"), (720, "意见书"),
                    (140, "本公司电气工程师罗俊熙拟赴香港特别行政区就业。本公司对此不反对并支持。")])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "罗俊熙"
