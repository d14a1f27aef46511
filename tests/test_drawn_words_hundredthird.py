"""The hundred-and-third drawn set (sample_docs/drawn_words_hundredthird.py), read cold at 15 / 23. What it needed:
two dates a digit or two apart are two dates, so a letter's dated heading read by its role stands over its type's
own reading (the last date, a last day of service); 'our plan' titles a plan; a sum in words with its currency, just
before its label or going on onto the next line; the part of a team that is local ('four of them Hong Kong
residents'); a value going on after a few Chinese characters onto the next line ('已發行及繳足股本為港幣' / '六十萬元');
a count after the first year and its verb ('首年聘用三人'); a firm's 'Fee income' as its revenue; a Chinese sentence
wrapped inside a word ('本校不提' / '供房屋津貼') read whole."""
from PIL import Image

from extractors import registry
from extractors.declared import read_declared
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_a_letters_dated_heading_over_a_last_day_a_digit_apart():
    doc = doc_of_rows([[(140, "Nanjing Ruiguang Optics Co., Ltd.")], [(140, "19 November 2026")], [(140, "Ms TAO Yilin")],
                       [(140, "Acceptance of your resignation")],
                       [(140, "The company accepts your resignation; your last day of service will be 31 December 2026.")],
                       [(140, "The company has no objection to your employment in Hong Kong.")]])
    doc.pages[0].words.extend(cells(160, (140, "南京瑞光光学有限公司"), han=True))
    assert registry.extract("consent_letter", doc)["date"].value == "2026-11-19"


def test_a_plan_in_words():
    rows = ["Fernhill Optics Limited: our plan", "Who we are. Fernhill grinds lenses for opticians in Hong Kong. Its founders",
            "have paid up seven hundred thousand Hong Kong dollars of share capital. We expect sales of",
            "two million four hundred thousand Hong Kong dollars in our first year of trading. We start",
            "with a team of six, five of them Hong Kong residents."]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr",
                words=[w for k, row in enumerate(rows) for w in cells(200 + 60 * k, (140, row))])
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "business_plan"
    found = registry.extract("business_plan", doc_of_rows([[(140, row)] for row in rows]))
    assert (found["capital_hkd"].value, found["projected_turnover_hkd"].value, found["local_jobs"].value) == (700000, 2400000, 5)


def test_a_sum_going_on_after_a_few_chinese_characters_and_a_count_after_the_first_year():
    doc = doc_of_rows([[(140, "（一）公司資本：本公司法定股本為港幣一百萬元，已發行及繳足股本為港幣")], [(140, "六十萬元。")],
                       [(140, "（四）本地員工：首年聘用三人，次年增至六人。")]], han=True)
    found = read_declared("business_plan", doc)
    assert found["capital_hkd"].value == 600000
    assert found["local_jobs"].value == 3


def test_fee_income_is_a_firms_revenue():
    doc = doc_of_rows([[(140, "INCOME STATEMENT FOR THE YEAR ENDED 30 SEPTEMBER 2026")],
                       [(140, "Fee income"), (1000, "2,184,900"), (1250, "2,406,300")],
                       [(140, "Income tax"), (1000, "(12,000)"), (1250, "(23,400)")]])
    assert registry.extract("financial_statement", doc)["revenue"].value == 2184900


def test_a_chinese_sentence_wrapped_inside_a_word():
    doc = doc_of_rows([[(140, "閣下每月薪酬為港幣六萬八千二百元，另享本校醫療福利。本校不提")], [(140, "供房屋津貼。")]], han=True)
    assert registry.extract("employment_contract", doc)["housing_allowance_hkd"].value == 0


def test_a_short_row_stating_none_is_not_joined_to_the_next_line():
    doc = doc_of_rows([[(140, "每月工資：港幣49,500元")], [(140, "房屋津貼：不適用")], [(140, "其他條款依照《僱傭條例》辦理。")]], han=True)
    assert registry.extract("employment_contract", doc)["housing_allowance_hkd"].value == 0
