"""The hundred-and-sixtieth drawn set (sample_docs/drawn_services_hundredsixtieth.py), four work experience letters in
wording and layouts no set used, read cold at 10 / 16. What it needed: a post after 离职前任; an English reference that
says the holder 'served as … with us from …' known for a work experience letter; the signing company under its chop read
a character wrong ('成都销城…') where the letter names it clear of the ink a character apart ('成都锦城…')."""
from PIL import Image

from extractors import registry
from flows.case import analyse_file
from pipeline.classify import load_rules, score_page
from pipeline.ingest import describe_file
from pipeline.model import Page
from pipeline.read import ReadPage
from sample_docs.drawn_services_hundredsixtieth import experience_period_in_one_cell
from tests.synthetic import cells
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_post_held_before_leaving():
    doc = _han_doc([(640, "工作证明"), (140, "兹证明孔令杰同志于2015年7月6日入职我公司研发中心，于2021年3月31日离职，"),
                    (140, "离职前任高级软件工程师。工作期间表现良好。特此证明。"), (900, "南京钟山云软件技术有限公司"), (980, "2026年11月9日")])
    assert registry.extract("work_experience_letter", doc)["position"].value == "高级软件工程师"


def test_served_as_with_us_is_work_experience():
    words = cells(240, (140, "Ningbo Eastport Home Furnishings Co., Ltd.")) + cells(300, (140, "REFERENCE")) \
        + cells(360, (140, "This is to certify that Ms SHI Wenjing served as Senior Buyer with us from 1 September 2017 until")) \
        + cells(420, (140, "28 February 2022, when she left of her own accord."))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


def test_the_company_read_clear_of_its_chop(tmp_path):
    data, _ = experience_period_in_one_cell()
    (tmp_path / "letter.png").write_bytes(data)
    doc = analyse_file(describe_file(tmp_path, tmp_path / "letter.png"), 0).documents[0]
    assert doc.fields["employer"].value == "成都锦城精密机械有限公司"
