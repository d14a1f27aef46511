"""The hundred-and-seventy-seventh drawn set (sample_docs/drawn_ventureplans_hundredseventyseventh.py), five business
plans, read cold at 6 / 15. What it needed: a label that ends its Chinese sentence (实缴。) gives no value from the
next; a registered capital stated as paid in full; local hires counted as '香港本地员工', as positions for permanent
residents and as a headcount in HK; figure tiles whose captions stand further below than their own height; a staffing
table that says where each role is based; a row of labels and values over a heading's 'first year' no chart."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page
from tests.synthetic import cells, doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_registered_capital_paid_in_full_and_hong_kong_local_staff():
    doc = _han_doc([(560, "业务计划书"), (140, "本公司注册资本港币50万元，已全部实缴。预计第一年营业额约港币180万元，"),
                    (140, "并将聘用2名香港本地员工。")])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value, read["local_jobs"].value) == (500000.0, 1800000.0, 2)


def test_positions_for_permanent_residents_and_a_headcount_in_hk():
    prose = doc_of_rows([[(140, "Copperleaf Tutoring Limited")],
                         [(140, "Paid-up capital is HK$300,000. We expect to open five positions for local permanent residents.")]])
    assert registry.extract("business_plan", prose)["local_jobs"].value == 5
    table = doc_of_rows([[(140, "Plan summary")], [(500, "2027"), (800, "2028")], [(140, "Headcount in Hong Kong"), (500, "4"), (800, "6")]])
    assert registry.extract("business_plan", table)["local_jobs"].value == 4


def test_tiles_whose_captions_stand_well_below_their_figures():
    words = cells(200, (140, "Year one in figures")) + cells(300, (140, "HK$450K"), (640, "HK$1.6M"), height=48) \
        + cells(420, (140, "capital paid up"), (640, "first-year sales"), height=18)
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="text_layer", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value) == (450000.0, 1600000.0)


def test_a_staffing_table_by_where_each_role_is_based():
    doc = doc_of_rows([[(140, "Share capital paid: HK$900,000")], [(140, "Sales forecast for year 1: HK$3,300,000")],
                       [(140, "Hiring plan, first year")], [(140, "Post"), (700, "No."), (900, "Location")],
                       [(140, "Chef"), (700, "2"), (900, "Hong Kong")], [(140, "Buyer"), (700, "1"), (900, "Guangzhou")],
                       [(140, "Waiter"), (700, "3"), (900, "Hong Kong")]])
    read = registry.extract("business_plan", doc)
    assert (read["local_jobs"].value, read["projected_turnover_hkd"].value) == (5, 3300000.0)
