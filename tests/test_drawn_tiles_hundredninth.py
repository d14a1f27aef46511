"""The hundred-and-ninth drawn set (sample_docs/drawn_tiles_hundredninth.py), read cold at 11 / 16. What it needed:
the capital paid in over a registered or authorised one stated beside it ('注册资本港币100万元（已实缴50万元）'); a
figure tile, a big figure over its small caption ('HK$2.4M' over 'Revenue, year 1'); a sole proprietor's equity, its
capital account's closing balance; a letter that greets its person by given name ('Dear Wenjing,') and names them in
full elsewhere ('To: Yan Wenjing <…>')."""
import re

from extractors import registry
from extractors.declared import read_declared
from pipeline.model import Word
from tests.synthetic import cells, doc_of_rows


def _as_ocr_reads(text: str):
    """A line of Han print as OCR gives it: a word a character, a number one word."""
    doc = doc_of_rows([])
    x = 140
    for token in re.findall(r"\d+|.", text):
        doc.pages[0].words.append(Word(text=token, bbox=(x, 240, x + 20 * len(token) if token.isdigit() else x + 40, 280), conf=0.95))
        x = doc.pages[0].words[-1].bbox[2] + 2
    return doc


def test_the_capital_paid_in_over_the_registered_one():
    doc = _as_ocr_reads("一、公司概况：本公司注册资本港币100万元（已实缴50万元），从事跨境支付服务。")
    assert read_declared("business_plan", doc)["capital_hkd"].value == 500000


def test_a_registered_capital_where_no_paid_one_is_stated():
    doc = _as_ocr_reads("一、公司概况：本公司注册资本港币100万元，从事跨境支付服务。")
    assert read_declared("business_plan", doc)["capital_hkd"].value == 1000000


def test_a_big_figure_over_its_caption():
    doc = doc_of_rows([])
    doc.pages[0].words = (cells(300, (160, "HK$800K"), (880, "HK$2.4M"), height=80) + cells(420, (164, "Paid-up capital"), (884, "Revenue, year 1"))
                          + cells(720, (160, "5"), (880, "HK$4.1M"), height=80) + cells(840, (164, "Local hires, year 1"), (884, "Revenue, year 2")))
    found = read_declared("business_plan", doc)
    assert (found["capital_hkd"].value, found["projected_turnover_hkd"].value, found["local_jobs"].value) == (800000, 2400000, 5)


def test_a_sole_proprietors_capital_account():
    doc = doc_of_rows([[(140, "PROFIT AND LOSS ACCOUNT FOR THE YEAR ENDED 31 MARCH 2026")], [(160, "Sales"), (1100, "3,846,200")],
                       [(160, "Net profit for the year"), (1100, "292,500")], [(160, "CAPITAL ACCOUNT")],
                       [(160, "Balance at 1 April 2025"), (1100, "952,100")], [(160, "Drawings"), (1100, "(93,600)")],
                       [(160, "Balance at 31 March 2026"), (1100, "1,151,000")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == 1151000


def test_a_person_greeted_by_given_name_and_named_in_full_elsewhere():
    doc = doc_of_rows([[(80, "To: Qiu Haoran <haoran.qiu@example.com>")], [(80, "Dear Haoran,")],
                       [(80, "The company consents to your taking up employment in Hong Kong.")],
                       [(80, "Human Resources, Suzhou Lingyun Optics Co., Ltd.")]])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "QIU HAORAN"


def test_a_stacked_forms_previous_value_is_no_tile():
    doc = doc_of_rows([])
    doc.pages[0].words = (cells(200, (140, "Surname"), height=20) + cells(226, (140, "WEI"), height=44)
                          + cells(300, (140, "Given names"), height=20) + cells(326, (140, "JIAQI"), height=44)
                          + cells(400, (140, "Post"), height=20) + cells(426, (140, "Risk Modelling Manager"), height=44))
    found = read_declared("applicant_form", doc)
    assert (found["given_names"].value, found["position"].value) == ("JIAQI", "Risk Modelling Manager")
