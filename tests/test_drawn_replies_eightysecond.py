"""The eighty-second drawn set (sample_docs/drawn_replies_eightysecond.py), read cold at 18 / 26. What it needed:
a degree conferred by a research institute ('在本院…专业', the institute named under it); a hiring table's local
column on its total row; a column a month with the period's total last; 'Equity' alone on its row; a post
without the employer named after it ('… Scientist of Brightshore …'); pay named by its period before the figure
('an annual salary of HK$…, payable in twelve monthly instalments')."""
from extractors import registry
from extractors.applicant_docs import extract_degree
from extractors.business_plan import extract as extract_plan
from extractors.financial_statement import extract as extract_statements
from tests.synthetic import doc_of_rows


def test_a_degree_conferred_by_a_research_institute():
    doc = doc_of_rows([[(140, "李晓彤，女，1992年11月3日生。在本院凝聚态物理专业完成了博士研究生学习计划，")],
                       [(140, "经审核符合规定，授予理学博士学位。")], [(900, "北方先进材料研究院")]], han=True)
    read = extract_degree(doc)
    assert (read["institution"].value, read["degree"].value) == ("北方先进材料研究院", "理学博士学位")
    assert registry.extract("degree_certificate", doc)["major"].value == "凝聚态物理"


def test_local_staff_on_a_hiring_tables_total_row():
    doc = doc_of_rows([[(160, "Staffing in year one")], [(160, "Position"), (800, "Local"), (1000, "Overseas")],
                       [(160, "Engineers"), (800, "3"), (1000, "2")], [(160, "Total"), (800, "4"), (1000, "2")]])
    assert extract_plan(doc)["local_jobs"].value == 4


def test_the_periods_total_column_and_equity_alone():
    doc = doc_of_rows([[(160, "Profit and loss account, April to June 2026 (HK$)")], [(700, "Apr"), (900, "May"), (1100, "Jun"), (1300, "YTD")],
                       [(160, "Turnover"), (700, "1,200,000"), (900, "1,300,000"), (1100, "1,500,000"), (1300, "4,000,000")],
                       [(160, "Profit for the period"), (700, "100,000"), (900, "120,000"), (1100, "130,000"), (1300, "350,000")],
                       [(160, "Equity"), (700, "905,000")]])
    read = extract_statements(doc)
    assert (read["revenue"].value, read["profit"].value, read["total_equity"].value) == (4000000, 350000, 905000)


def test_a_post_without_its_employer_and_a_salary_by_the_year():
    doc = doc_of_rows([[(140, "Kestrel Semiconductor Limited")], [(140, "Dear Mr YAN Zhiyuan,")],
                       [(140, "We are pleased to engage you as Senior Process Engineer of Kestrel Semiconductor")],
                       [(140, "Limited, starting on 4 January 2027.")],
                       [(140, "Remuneration: an annual salary of HK$660,000, paid in monthly instalments.")]])
    read = registry.extract("employment_contract", doc)
    assert (read["position"].value, read["monthly_salary_hkd"].value) == ("Senior Process Engineer", 55000)
