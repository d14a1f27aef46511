"""The three-hundred-and-ninety-ninth drawn set (sample_docs/drawn_sheathbill_threehundredninetyninth.py), read cold
and left unmended at stop 79 (2 / 3 of its work letters' posts, a start lost), mended at stop 80, with two dates of
stop 79's end (the 126th's consent, the 251st's graduation certificate) whose 日 a chop hid at the line's end.
Tested on other wording."""
from extractors.base import DocView, parse_date
from extractors.registry import extract
from pipeline.model import Page
from tests.synthetic import cells, doc_of_rows


def test_a_month_whose_year_lost_its_zero():
    rows = [[(700, "工作证明")], [(160, "兹证明韦子航于二一七年九月加入本公司，现任采购主管，工作至今。")], [(900, "南宁邕江物产有限公司")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["start_date"].value == "2017-09-01"


def test_a_post_after_employed_by_the_firm_as():
    rows = [[(700, "证明")], [(160, "兹证明陈志远先生自2018年3月1日起受雇于本公司为高级测量师，现仍在职。")], [(900, "厦门鹭江测绘有限公司")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "高级测量师"


def test_a_value_ends_at_a_paragraphs_space():
    # the particulars row reaches the margin, as the paragraph under it does, but a paragraph's space parts them
    rows = [(240, "员工姓名：卢嘉慧，身份证件：已核验，入职日期：2015年8月3日"),
            (300, "离职日期：2021年4月30日，离职原因：合同期满，最后岗位：仓储主管"),
            (480, "该员工在职期间表现良好，遵守公司各项规章制度，特此证明。"), (600, "天津滨海港运物流有限公司")]
    words = [w for y, text in rows for w in cells(y, (160 if y < 600 else 900, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    out = extract("work_experience_letter", DocView(file="p.png", pages=[page], images=[]))
    assert out["position"].value == "仓储主管"


def test_a_han_day_whose_mark_a_chop_hid():
    assert parse_date("二〇二五年十二月十九") == "2025-12-19"
    assert parse_date("二〇二五年十二月十九 深圳") == "2025-12-19"
    assert parse_date("二〇一三年七月一 二〇一六年六月三十日") == "2016-06-30"  # a lone 一 may be a dash: no day


def test_a_consent_dated_at_its_last_line_without_its_mark():
    rows = [[(700, "同意函")], [(160, "本院职工程立新，男，现任检验科主管技师。经研究，本院同意程立新前往香港工作。")],
            [(900, "南昌市第九人民医院")], [(900, "二〇二六年十月二十三")]]
    assert extract("consent_letter", doc_of_rows(rows, source="ocr"))["date"].value == "2026-10-23"


def test_a_name_that_splits_into_pinyin_only_through_an_interjection_is_mended():
    # (stop 79's end: the 146th's and 267th's forms read ZHENYO and SIYOAN: 'yo' is pinyin, but no name's)
    from pipeline.names import is_pinyin, mended_pinyin
    assert not is_pinyin("TANG JIAYO") and mended_pinyin("TANG JIAYO") == "TANG JIAYU"
    assert is_pinyin("OU YUE") and is_pinyin("E LINA")
