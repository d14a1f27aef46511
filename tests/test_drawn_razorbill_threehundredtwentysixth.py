"""The three-hundred-and-twenty-sixth and -seventh drawn sets (sample_docs/drawn_razorbill_threehundredtwentysixth.py,
drawn_albatross_threehundredtwentyseventh.py), of work letters and reports, read cold at 13 / 16 and 23 / 26: a stay
told in months in Chinese numerals gave no dates; a start date after a long company's name ('joined … (Wuxi) Co., Ltd.
on the 1st of August 2016') was too far from its cue; a report's holder under 持證人, and one named in a sentence
before '(born …)'. What they needed: a month in Chinese numerals is a month; a company's name right after a cue counts
as one word; 持證人 a holder's label; 'born' a cue after the person. Tested on other wording."""
from extractors import registry
from pipeline.date_words import month_bounds
from tests.synthetic import doc_of_rows


def test_a_month_in_chinese_numerals():
    assert month_bounds("二〇一一年十一月") == ("2011-11-01", "2011-11-30")
    assert month_bounds("二○○九年三月") == ("2009-03-01", "2009-03-31")
    assert month_bounds("二〇〇九年三月五日") is None


def test_a_stay_in_chinese_numeral_months():
    doc = doc_of_rows([[(640, "在職證明")], [(160, "茲證明陸嘉怡女士於二〇一一年九月加入本行，任職客戶經理，")],
                       [(160, "至二〇一九年二月止。")], [(900, "恒遠商業銀行（廣州）有限公司")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value) == ("2011-09-01", "2019-02-28")


def test_a_start_after_a_long_company_name():
    doc = doc_of_rows([[(160, "Qinghe Paper Products (Hefei) Co., Ltd.")], [(160, "To whom it may concern,")],
                       [(160, "Ms. LIANG Wen began work at Qinghe Paper Products (Hefei) Co., Ltd. on the 3rd of May 2012")],
                       [(160, "and left us on 30 June 2019. Her last post was Senior Buyer.")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value) == ("2012-05-03", "2019-06-30")


def test_a_report_holder_under_chizhengren():
    doc = doc_of_rows([[(560, "学历认证结果")], [(200, "持证人："), (560, "韦嘉伦")], [(200, "出生日期："), (560, "1996年5月8日")],
                       [(200, "院校："), (560, "黔南工程学院")], [(200, "专业："), (560, "园林")], [(200, "层次："), (560, "专科")],
                       [(200, "证书编号："), (560, "194091201806000218")]])
    assert registry.extract("qualification_report", doc)["holder_name"].value == "韦嘉伦"


def test_a_report_holder_named_before_born():
    doc = doc_of_rows([[(160, "Degree Check Outcome")],
                       [(160, "Our search of the national records found Mr. QIN Haoyu (born 2 March 1993), who completed")],
                       [(160, "a bachelor's programme in Marine Biology at Beihai Ocean University on 1 July 2015.")],
                       [(160, "Verification code: H6TQ2WX9RM3KZ7PA")]])
    assert str(registry.extract("qualification_report", doc)["holder_name"].value).upper() == "QIN HAOYU"


def _report_as_read(rows):
    """A report page read by OCR in both Chinese models, put in its type's script as the pipeline does."""
    from pipeline.classify import load_rules
    from pipeline.model import Page
    from pipeline.read import HAN
    from pipeline.script import in_script
    from tests.synthetic import cells
    words = [w for n, row in enumerate(rows) for w in cells(240 + 60 * n, *row, han=True)]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang=HAN, words=words)
    return " / ".join("".join(w.text for w in line) for line in in_script(page, load_rules()["types"]["qualification_report"]["script"]).lines())


def test_a_report_keeps_the_script_its_values_are_printed_in():
    """The 304th, 313th and 327th sets' reports print their values in traditional characters; the held-out draws'
    reports with traditional labels print theirs in simplified. Each value is read in its own script."""
    printed_traditional = _report_as_read([[(200, "學歷認證報告")], [(200, "姓名："), (600, "溫嘉駿")], [(200, "院校："), (600, "閩東師範學院")],
                                           [(200, "專業："), (600, "會計學")]])
    assert "溫嘉駿" in printed_traditional and "閩東師範學院" in printed_traditional and "會計學" in printed_traditional
    labels_traditional = _report_as_read([[(200, "學歷認證報告")], [(200, "姓名："), (600, "吕海涛")], [(200, "院校："), (600, "闽东师范学院")],
                                          [(200, "專業："), (600, "会计学")]])
    assert "吕海涛" in labels_traditional and "闽东师范学院" in labels_traditional and "会计学" in labels_traditional
