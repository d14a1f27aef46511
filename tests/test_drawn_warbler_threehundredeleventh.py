"""The three-hundred-and-eleventh drawn set (sample_docs/drawn_warbler_threehundredeleventh.py), of graduation
certificates, read cold at 22 / 24: an English certificate whose sentence wraps 'programme from …' onto a line gave
the next row's 'Date' as the major ('programme' opening the line taken for a row's label); a holder named before
同学 ('汤某同学于…') was unread. (Its 专升本 number was drawn with a level code of none, 07: the product said so,
`education.certificate_number_format`; mended in the drawing.) What it needed: a word in lower case opening a line with
no colon after it no row's label; a name before 同学 or 同志 and 于 the holder. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_sentence_wrapped_onto_a_line_is_no_row():
    doc = doc_of_rows([[(160, "Certificate of Graduation")], [(160, "Lingnan Coast University")], [(160, "Presented to  ZOU KAIWEN")],
                       [(160, "who, majoring in Marine Biology, completed a four-year undergraduate")],
                       [(160, "programme, September 2015 to June 2019, and is permitted to graduate.")],
                       [(160, "Issued:  28 June 2019")]])
    assert registry.extract("graduation_certificate", doc)["major"].value == "Marine Biology"


def test_a_holder_named_before_tongxue():
    doc = doc_of_rows([[(640, "毕业证书")], [(180, "贺一鸣同学 于 2017年 9月至 2020年 6月在我校软件技术专业三年制专科学习，成绩合格，准予毕业。")],
                       [(900, "湘中信息职业技术学院")], [(900, "2020年 6月 30日")]], han=False)
    assert registry.extract("graduation_certificate", doc)["holder_name"].value == "贺一鸣"

