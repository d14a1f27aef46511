"""The hundred-and-eightieth drawn set (sample_docs/drawn_careers_hundredeightieth.py), a test set of five work
experience letters, read cold at 12 / 19. What it needed: an 'experience certificate' known for a work letter, its
period 'from … till …'; an appointment's date as the start; a branch's name kept with its company's ('…有限公司深圳分公司');
the name printed once under the chop read again by PP-OCR where tesseract read its characters unsurely."""
from PIL import Image

from extractors import registry
from flows.case import analyse_file
from pipeline.classify import load_rules, score_page
from pipeline.ingest import describe_file
from pipeline.model import Page
from pipeline.read import ReadPage
from sample_docs.drawn_careers_hundredeightieth import two_pairs_a_row
from tests.synthetic import cells, doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_certificate_of_experience_and_its_period_till_its_end():
    rows = [(140, "Wuxi Taihu Precision Castings Co., Ltd."), (520, "CERTIFICATE OF EXPERIENCE"),
            (140, "Ms QU Meiling served the company as Quality Inspector from 03.05.2015 till 30.04.2019."),
            (140, "During her service she was punctual and careful.")]
    words = [w for k, (x, text) in enumerate(rows) for w in cells(200 + 60 * k, (x, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
    read = registry.extract("work_experience_letter", doc_of_rows([[(x, text)] for x, text in rows]))
    assert (read["start_date"].value, read["end_date"].value) == ("2015-05-03", "2019-04-30")


def test_an_appointments_date_starts_the_period():
    doc = doc_of_rows([[(140, "Xiamen Harbour Games Co., Ltd.")], [(140, "Mr HE Junyi was appointed Game Designer on 2018-09-03.")],
                       [(140, "His employment ended on 2023-01-31.")]])
    assert registry.extract("work_experience_letter", doc)["start_date"].value == "2018-09-03"


def test_a_branch_signs_with_its_companys_name():
    doc = _han_doc([(600, "在职证明"), (140, "兹证明罗梓晴女士自2020年5月6日起在我公司工作，现任销售经理。特此证明。"),
                    (820, "长春北国汽车零部件有限公司广州分公司"), (980, "2026年11月23日")])
    assert registry.extract("work_experience_letter", doc)["employer"].value == "长春北国汽车零部件有限公司广州分公司"


def test_the_name_under_the_chop_read_again(tmp_path):
    png, truth = two_pairs_a_row()
    (tmp_path / "letter.png").write_bytes(png)
    doc = analyse_file(describe_file(tmp_path, tmp_path / "letter.png"), 0).documents[0]
    assert doc.fields["employer"].value == truth["employer"]
