"""The hundred-and-ninetieth drawn set (sample_docs/drawn_stints_hundredninetieth.py), a second test set of four work
experience letters, read cold at 8 / 16. What it needed: letters known by 'worked with us', 'in the role of' and a title
of an employment record; a period 'from … through …'; 'Joined' and 'Left' as the rows of its start and end."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def _best(rows: list[tuple[int, str]]) -> tuple[str, float]:
    words = [w for k, (x, text) in enumerate(rows) for w in cells(200 + 60 * k, (x, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best


def test_a_letter_of_one_who_worked_with_us_through_a_date():
    rows = [(140, "Nanchang Redhill Ceramics Co., Ltd."), (140, "Ms KE Yutong worked with us in the role of Glaze Chemist"),
            (140, "from 4 January 2017 through 31 July 2022.")]
    best, score = _best(rows)
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
    read = registry.extract("work_experience_letter", doc_of_rows([[r] for r in rows]))
    assert (read["start_date"].value, read["end_date"].value) == ("2017-01-04", "2022-07-31")


def test_an_employment_record_of_rows():
    rows = [[(140, "Lanzhou Yellow River Pharmaceutical Co., Ltd.")], [(560, "SERVICE RECORD")], [(240, "Employee"), (540, "Ms NIU Jiaxin")],
            [(240, "Title"), (540, "QA Supervisor")], [(240, "Joined"), (540, "1 March 2015")], [(240, "Left"), (540, "28 February 2021")]]
    best, score = _best([r[0] for r in rows])
    assert best == "work_experience_letter"
    read = registry.extract("work_experience_letter", doc_of_rows(rows))
    assert (read["start_date"].value, read["end_date"].value) == ("2015-03-01", "2021-02-28")
