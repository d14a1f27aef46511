"""The hundred-and-seventy-eighth drawn set (sample_docs/drawn_fifteenthhand_hundredseventyeighth.py), a fifteenth whole
clean application, read cold at 61 / 64, checks not passed 2 / 18. What it needed: a brochure's page that tells of its
platform and customers known for a profile; a job board's posting known by its headings ('What you will do'). Left: a
form's label that runs over into its value's cell ('… institution?' over 'No'); the drawn portrait is no face."""
from PIL import Image

from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells


def _best(*rows: tuple[int, str]) -> tuple[str, float]:
    words = [w for k, (x, text) in enumerate(rows) for w in cells(200 + 50 * k, (x, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best


def test_a_brochure_page_about_a_platform_and_its_customers_is_a_profile():
    best, score = _best((140, "Harbourline Freight Software"), (140, "Since 2016 we have served shipping agents across Asia."),
                        (140, "Our platform books and tracks containers for 85 customers in six ports."))
    assert best == "company_profile" and score >= load_rules()["min_score"]


def test_a_job_boards_posting_is_a_record_of_recruitment():
    best, score = _best((140, "Data Analyst"), (140, "Kestrel Insights Limited"), (140, "Kwun Tong - Permanent"),
                        (140, "What you'll do"), (140, "- Build dashboards for our retail clients"), (140, "What we're looking for"),
                        (140, "- A degree in statistics or economics"))
    assert best == "recruitment_evidence" and score >= load_rules()["min_score"]
