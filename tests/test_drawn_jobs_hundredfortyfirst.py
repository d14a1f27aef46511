"""The hundred-and-forty-first drawn set (sample_docs/drawn_jobs_hundredfortyfirst.py), three plans read cold at 3 / 9.
What it needed: 'new jobs in Hong Kong' are local jobs; 本地就业岗位 counted after it with no word boundary before the
Han measure word (岗位5个); 销售收入 is a plan's turnover; 'capital invested'. Left: answers written by hand a little
above their row in a ruled box (OCR sets them on lines of their own)."""
from extractors import registry
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_new_jobs_in_hong_kong():
    doc = doc_of_rows([[(140, "Business plan")], [(140, "We will create 4 new jobs in Hong Kong in the first year: two field technicians,")],
                       [(140, "a data analyst and an office manager.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4


def test_sales_income_and_posts_counted_after():
    doc = _han_doc([(520, "经营计划"), (140, "公司预计首年实现销售收入港币260万元，第二年港币380万元。"),
                    (140, "公司首年将创造本地就业岗位5个，包括门店经理、咖啡师及物流人员。")])
    read = registry.extract("business_plan", doc)
    assert (read["projected_turnover_hkd"].value, read["local_jobs"].value) == (2600000.0, 5)


def test_a_labels_own_fallback_does_not_outmatch_it():
    # 'invested capital' (a label) matches 'injected capital' loosely; 'capital' (its own fallback) exactly: the label stands
    doc = doc_of_rows([[(140, "BUSINESS PLAN")], [(140, "1. Funding. The parent company in Zhanjiang has injected capital of RMB")],
                       [(140, "1,500,000 (about HK$1,620,000) into the Hong Kong company.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 1620000.0
