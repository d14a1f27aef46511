"""The eightieth drawn set (sample_docs/drawn_tickconsent_eightieth.py), read cold at 23 / 26. What it needed:
a degree named as a level's degree of a category ('the Bachelor's Degree of Engineering'), wrapped between its
words; a figure in the unit its row's label states ('营业收入（港币万元） 180'); a name that ends where the
next row's label starts on its line ('Ms LIAO Yuqing Post held: …')."""
from PIL import Image

from extractors.applicant_docs import extract_degree
from extractors.base import DocView
from extractors.consent import extract as extract_consent
from extractors.declared import read_declared
from pipeline.amounts import stated_unit
from pipeline.model import Page
from tests.synthetic import cells, doc_of_rows


def test_a_degree_named_as_a_levels_degree_of_a_category():
    doc = doc_of_rows([[(160, "We certify that Ms. QIN Ruoxi, having fulfilled the requirements, was awarded the Master's")],
                       [(160, "Degree of Economics by Huaxi University of Finance on 1 July 2019.")]])
    assert extract_degree(doc)["degree"].value == "Master's Degree of Economics"


def test_a_figure_in_the_unit_its_rows_label_states():
    words = cells(240, (160, "項目"), (700, "首年"), (900, "次年"), han=True) + cells(300, (160, "營業額（港幣萬元）"), han=True) \
        + cells(300, (700, "95"), (900, "140"))
    doc = DocView("p.png", [Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)],
                  [Image.new("RGB", (1654, 2339), "white")])
    assert read_declared("business_plan", doc)["projected_turnover_hkd"].value == 950000
    assert stated_unit("Revenue (HK$ million)") == 1_000_000 and stated_unit("（约50万元）") == 1


def test_a_name_ends_where_the_next_label_on_its_line_starts():
    doc = doc_of_rows([[(160, "Staff: Mr DENG Haoyu Job title: Process Engineer")],
                       [(160, "Our company has no objection to his employment in Hong Kong.")]])
    assert extract_consent(doc)["applicant_name"].value == "DENG HAOYU"
