"""The hundred-and-first drawn set (sample_docs/drawn_minutes_hundredfirst.py), read cold at 20 / 25. What it needed:
a consent worded as an agreement naming the employee its second party ('乙方：…'); a company signed with one of its
offices after it ('…有限公司总经理办公室'); a row's figure under the whole year's column where the table splits the
year into quarters ('Q1 … Q4 | Year 1'); a year's end stated without its year over columns of years
('截至三月三十一日止年度' over '2022 … 2026')."""
from extractors import registry
from extractors.declared import read_declared
from pipeline.period_columns import whole_period_figure
from tests.synthetic import cells, doc_of_rows


def test_the_employee_named_as_the_agreements_second_party():
    doc = doc_of_rows([[(140, "甲方：宁波海曙仪表有限公司")], [(140, "乙方：鲍静怡")],
                       [(140, "甲方同意乙方停薪留职，赴香港工作。")], [(140, "签订日期：2026年10月8日")]], han=True)
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "鲍静怡"


def test_a_company_signed_with_its_office_is_the_company():
    doc = doc_of_rows([[(140, "经研究，同意本公司职工朱敏赴香港工作。")], [(900, "宁波海曙仪表有限公司总经理办公室")], [(900, "2026年10月8日")]],
                      han=True)
    assert registry.extract("consent_letter", doc)["organisation"].value == "宁波海曙仪表有限公司"


def test_the_years_column_of_a_table_split_by_quarters():
    doc = doc_of_rows([[(560, "Q1"), (760, "Q2"), (960, "Q3"), (1160, "Q4"), (1360, "Full year")],
                       [(140, "Revenue"), (560, "150,000"), (760, "300,000"), (960, "450,000"), (1160, "600,000"), (1360, "1,500,000")],
                       [(140, "Local staff"), (560, "1"), (760, "2"), (960, "2"), (1160, "3"), (1360, "3")]])
    found = read_declared("business_plan", doc)
    assert found["projected_turnover_hkd"].value == 1500000
    assert found["local_jobs"].value == 3


def test_years_as_columns_are_not_split_periods():
    lines = [cells(240, (560, "Year 1"), (760, "Year 2"), (960, "Year 3")),
             cells(300, (140, "Revenue"), (560, "800,000"), (760, "1,200,000"), (960, "1,900,000"))]
    assert whole_period_figure(lines, 1, 0) is None
    assert read_declared("business_plan", doc_of_rows([[(560, "Year 1"), (760, "Year 2")], [(140, "Revenue"), (560, "800,000"), (760, "1,200,000")]])
                         )["projected_turnover_hkd"].value == 800000


def test_a_year_end_without_its_year_over_columns_of_years():
    doc = doc_of_rows([[(140, "截至三月三十一日止年度")]], han=True)
    doc.pages[0].words.extend(cells(300, (560, "2024"), (800, "2025"), (1040, "2026")) +
                              cells(360, (140, "營業額"), han=True) + cells(360, (560, "4,402,900"), (800, "5,010,300"), (1040, "5,688,750")))
    found = registry.extract("financial_statement", doc)
    assert found["period_end"].value == "2026-03-31"
    assert found["revenue"].value == 5688750
