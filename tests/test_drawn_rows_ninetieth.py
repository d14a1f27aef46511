"""The ninetieth drawn set (sample_docs/drawn_rows_ninetieth.py), read cold at 22 / 28. What it needed: figures whose
thousands are grouped by spaces, as OCR reads them ('1588 700', '11.530 120'); a business registered by its Chinese
name only, and a Chinese address without the spaces a reading puts round its figures; a letter's writer is not the
company a wrapped sentence names on its last line ('… in Hong Kong with' / 'Jiasui … Limited.')."""
from PIL import Image

from extractors.base import DocView
from extractors.br_certificate import extract as extract_br
from extractors.declared import read_declared
from extractors.letters import writer
from extractors.prose import Prose
from extractors.running_text import RunningText
from extractors.statement_figures import figures as _figures
from pipeline.model import Page
from tests.synthetic import cells, doc_of_rows


def test_thousands_grouped_by_spaces():
    assert _figures("Profit for the year 2 045 310 1 870 400") == [2045310, 1870400]
    assert _figures("Total equity 4406 120 (3.118 090)") == [4406120, -3118090]
    assert _figures("Revenue 3,210,400 2,990,100") == [3210400, 2990100]
    assert 512478 not in _figures("Profit for the year 512 478")  # two columns in thousands, not one figure


def test_a_chinese_name_only_and_a_chinese_address():
    words = cells(240, (140, "業務名稱"), (700, "豐德貿易有限公司"), han=True) + cells(320, (140, "地址"), (700, "香港灣仔軒尼詩道"), han=True)
    words += cells(320, (1040, "88")) + cells(320, (1090, "號"), han=True) + cells(320, (1150, "5")) + cells(320, (1180, "樓"), han=True)
    doc = DocView("b.png", [Page(file="b.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)],
                  [Image.new("RGB", (1654, 2339), "white")])
    assert extract_br(doc)["business_name"].value == "豐德貿易有限公司"
    assert read_declared("br_certificate", doc)["address"].value == "香港灣仔軒尼詩道88號5樓"


def test_a_wrapped_sentences_last_line_is_no_signature():
    doc = doc_of_rows([[(140, "Nanfeng Materials Co., Ltd.")], [(140, "We agree that our chemist may take up a post in Hong Kong with the")],
                       [(140, "Harbour Coatings Limited.")], [(140, "Human Resources Department")]])
    rt = RunningText(doc.lines())
    assert writer(Prose(rt.text, rt.breaks, rt.type_changes))[0] == "Nanfeng Materials Co., Ltd."
