"""The two-hundred-and-eighteenth drawn set (sample_docs/drawn_endreads_twohundredeighteenth.py), a test set of three
plans and three work letters, read cold at 12 / 21. What it needed: a paper no type's words claim typed by the fields
it states in rows (a plan's table under a heading that names no type); a stay told as being 'on the staff of' a firm
with its 'final title'; a post after 'title being'; capital 'subscribed and paid'; roles a plan will 'open'. Tested on
other wording."""
from PIL import Image

from extractors import registry
from extractors.plan_hires import local_hires
from extractors.stated_type import type_by_stated_rows
from flows.case import analyse_file
from pipeline.classify import load_rules, segment
from pipeline.ingest import describe_file
from pipeline.model import Page
from pipeline.read import ReadPage
from sample_docs.drawn_forms import Sheet, scanned_png
from sample_docs.drawn_memos_seventieth import _ruled
from tests.synthetic import best_type, cells, doc_of_rows


def test_a_table_of_a_plans_figures_is_a_plan_by_what_it_states(tmp_path):
    s = Sheet()
    s.text(140, 100, "Brightwater Ceramics Limited", 30, "serif_bold")
    _ruled(s, 140, 200, [["", "31 March 2028"], ["Capital paid in", "HK$900,000"], ["Takings", "HK$3,600,000"],
                         ["Staff hired in HK", "5"]], [560, 460], 64, 26)
    (tmp_path / "figures.png").write_bytes(scanned_png(s, "figures"))
    doc = analyse_file(describe_file(tmp_path, tmp_path / "figures.png"), 0).documents[0]
    assert doc.type == "business_plan"
    assert (doc.fields["capital_hkd"].value, doc.fields["projected_turnover_hkd"].value, doc.fields["local_jobs"].value) == (900000.0, 3600000.0, 5)


def test_rows_two_types_share_type_nothing():
    # a payslip's employee, post and salary are a contract's rows and a form's alike
    doc = doc_of_rows([[(140, "Employee name:"), (600, "WEN Jiahao")], [(140, "Position:"), (600, "Buyer")],
                       [(140, "Basic salary:"), (600, "HK$31,000")]])
    assert type_by_stated_rows(doc) is None


def test_a_paper_of_another_kind_is_not_typed_by_its_rows():
    words = [w for k, row in enumerate([[(140, "CURRICULUM VITAE")], [(140, "Company:"), (600, "Tanglin Freight Limited")],
                                         [(140, "Position:"), (600, "Route Planner")], [(140, "Period:"), (600, "2017 - 2022")]])
             for w in cells(200 + 60 * k, *row)]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    seg = segment([ReadPage(page, Image.new("RGB", (1654, 2339), "white"))])[0]
    assert seg.type == "unknown" and seg.declined


def test_a_stay_on_the_staff_of_a_firm_with_its_final_title():
    rows = [(140, "Weifang Blue Sail Textiles Co., Ltd."), (140, "To whom it may concern"),
            (140, "Ms. QIAO Lanxin was on the staff of our company from 3 March 2014 to 28 February 2022, her last position being Dyeing Process Engineer.")]
    best, score = best_type(rows)
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
    assert registry.extract("work_experience_letter", doc_of_rows([[r] for r in rows]))["position"].value == "Dyeing Process Engineer"


def test_capital_subscribed_and_paid():
    doc = doc_of_rows([[(140, "Note to directors: first year")], [(140, "Amount subscribed and paid: HK$480,000.")],
                       [(140, "Expected turnover HK$1,900,000.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 480000.0


def test_roles_a_plan_will_open():
    assert local_hires("In the first year we shall open 4 Hong Kong-based posts for designers.")[0] == 4


def test_share_capital_before_subscribed_and_paid():
    # 'subscribed and paid' counts as a label only before a colon: here 'share capital' after its sum is the label
    doc = doc_of_rows([[(140, "Larchmere Foods Limited")], [(140, "HK$0.9m of share capital has been fully subscribed and paid.")],
                       [(140, "We forecast revenue of HK$2,000,000 in the first year.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 900000.0


def test_capital_with_paid_in_brackets():
    doc = doc_of_rows([[(140, "Larchmere Foods Limited")], [(140, "Capital (paid): HK$350,000")], [(140, "Turnover forecast: HK$1,200,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 350000.0
