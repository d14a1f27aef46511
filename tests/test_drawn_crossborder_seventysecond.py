"""The seventy-second drawn set (sample_docs/drawn_crossborder_seventysecond.py), read cold at 22 / 33. What it
needed: dates in the Republic of China's years (中華民國一一三年六月二十日, as Taiwan's certificates print them); a
holder after '研究生'; a major before '學系'; a Taiwan certificate's word number, and such a certificate not held
to the Mainland's national numbering (thresholds.yaml: outside_mainland_*); a value in Chinese with its English
after it; a sum in renminbi with its Hong Kong dollars in brackets, its sentence going on past 'of RMB' to the
next line; a university's release ('approves the release of', doc_types.yaml)."""
from types import SimpleNamespace

from PIL import Image

from extractors.applicant_docs import extract_degree
from extractors.base import DocView, parse_date
from extractors.prose_fields import read_prose
from extractors.registry import extract
from extractors.value_types import PARSERS
from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from pipeline.reference import load
from validators.rules.applicant import _mainland


def _page(lines: list[str], start: int = 300, step: int = 60) -> Page:
    words = []
    for n, text in enumerate(lines):
        x = 160
        for word in text.split(" "):
            width = 38 * len(word) if not word.isascii() else 16 * len(word)
            words.append(Word(text=word, bbox=(x, start + step * n, x + width, start + step * n + 36), conf=0.95))
            x += width + 14
    return Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)


def _doc(lines: list[str]) -> DocView:
    return DocView(file="p.png", pages=[_page(lines)], images=[None])


def test_dates_in_the_republics_years():
    assert parse_date("中華民國八十九年三月五日生") == "2000-03-05"
    assert parse_date("中 華 民 國 一 一 三 年 六 月 二 十 日") == "2024-06-20"
    assert parse_date("民國113年6月20日") == "2024-06-20"


def test_a_taiwan_degree_is_read_and_not_held_to_the_mainlands_numbers():
    doc = _doc(["碩士學位證書", "研究生陳怡君，中華民國八十九年三月五日生，在本校化學工程學系碩士班修業期滿，成績及格，",
                "經碩士學位考試通過，依學位授予法之規定，授予工學碩士學位。", "國立東澄大學", "中華民國一一三年六月二十日"])
    own = extract_degree(doc)
    assert (own["holder_name"].value, own["date_of_birth"].value) == ("陳怡君", "2000-03-05")
    assert read_prose("degree_certificate", doc)["major"].value == "化學工程"
    th = load("thresholds")
    taiwan = SimpleNamespace(type="degree_certificate", fields={"institution": SimpleNamespace(value="國立東澄大學"),
                                                                "certificate_number": SimpleNamespace(value="(113)東大碩字第004127號")})
    assert not _mainland(taiwan, th)
    mainland = SimpleNamespace(type="degree_certificate", fields={"institution": SimpleNamespace(value="青崖科技大学")})
    assert _mainland(mainland, th)


def test_a_value_in_chinese_with_its_english_after_it_and_a_sum_with_its_hong_kong_dollars():
    assert PARSERS["text"]("高級數據工程師 Senior Data Engineer") == "高級數據工程師"
    assert PARSERS["money"]("of RMB 1,500,000 (about HK$1,620,000) into the company") == 1620000
    plan = _doc(["1. Funding. The parent company in Zhanjiang has injected capital of RMB",
                 "1,500,000 (about HK$1,620,000) into the Hong Kong company."])
    assert extract("business_plan", plan)["capital_hkd"].value == 1620000


def test_a_universitys_release_is_a_consent():
    page = _page(["EASTBROOK UNIVERSITY OF SCIENCE AND TECHNOLOGY", "Office of Human Resources", "To whom it may concern",
                  "The University approves the release of Dr. HUANG Zeyu, Lecturer in the School of Materials, to take",
                  "up the appointment offered to him in Hong Kong. His post will be kept for him for two years."], 120, 90)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "consent_letter"
