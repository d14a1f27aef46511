"""The hundred-and-fifty-seventh drawn set (sample_docs/drawn_goaheads_hundredfiftyseventh.py), a test set of five
consents drawn after the consents' mends, read cold at 19 / 20. What it needed: the person consented for named after
their post and before where they go, with no 'intends to' between ('同意本公司结构工程师牛振宇赴香港特别行政区就业')."""
from extractors import registry
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_name_after_its_post_and_before_hong_kong():
    doc = _han_doc([(720, "同意书"), (140, "兹同意本公司结构工程师牛振宇赴香港特别行政区就业。"),
                    (560, "长沙湘麓建筑设计有限公司　二〇二六年十一月二十七日")])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "牛振宇"


def test_a_reply_in_the_red_header_style_keeps_to_the_name():
    doc = _han_doc([(360, "华屹能源投资集团有限公司文件"), (640, "华屹集人〔2026〕45号"), (360, "关于同意邱子墨同志赴港工作的批复"),
                    (140, "集团规划发展部："), (140, "你部《关于邱子墨同志申请赴香港工作的请示》收悉。经研究，同意邱子墨同志赴香港特别行政区工作。"),
                    (880, "华屹能源投资集团有限公司"), (960, "2026年11月19日")])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "邱子墨"
