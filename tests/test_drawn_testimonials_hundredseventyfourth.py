"""The hundred-and-seventy-fourth drawn set (sample_docs/drawn_testimonials_hundredseventyfourth.py), five work
experience letters, read cold at 15 / 20. What it needed: an untitled letter telling of a career with the firm known
for a work letter ('joined us', 'promoted to'); the post a promotion reached read before the one joined in; a
separation's date as the period's end."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_an_untitled_letter_of_a_career_is_a_work_letter():
    words = cells(200, (140, "KESTREL BAY SHIPPING CO., LTD.")) + cells(300, (140, "2 December 2026")) \
        + cells(400, (140, "Mr LU Wenbo joined us in May 2016 as a trainee surveyor and was promoted to")) \
        + cells(440, (140, "Marine Surveyor in 2019. He left the company on 31 January 2025.")) \
        + cells(560, (140, "Yours sincerely,")) + cells(660, (140, "Operations Manager"))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


def test_the_post_a_promotion_reached():
    doc = doc_of_rows([[(140, "Sunward Optics Co., Ltd.")],
                       [(140, "Ms TAN Yiwen worked with us as Optical Designer from 3 May 2017. She was promoted to")],
                       [(140, "Lead Optical Designer in 2021 and resigned on 30 September 2024.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Lead Optical Designer"
    han = _han_doc([(560, "工作证明"), (140, "兹证明宋子涵自2016年7月1日至2023年5月31日在我公司工作，初任测试工程师，"),
                    (140, "2020年晋升为测试经理。特此证明。"), (900, "南京紫金软件有限公司")])
    assert registry.extract("work_experience_letter", han)["position"].value == "测试经理"


def test_a_separations_date_ends_the_period():
    doc = doc_of_rows([[(140, "Qingdao Haixin Foods Co., Ltd.")], [(560, "CERTIFICATE OF SERVICE")],
                       [(180, "Name"), (560, ": Ms GAO Ruoxi")], [(180, "Job Title"), (560, ": Quality Supervisor")],
                       [(180, "Date of Joining"), (560, ": 12 Oct 2016")], [(180, "Date of Resignation"), (560, ": 15 Mar 2021")]])
    assert registry.extract("work_experience_letter", doc)["end_date"].value == "2021-03-15"
