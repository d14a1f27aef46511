"""The hundred-and-sixty-ninth drawn set (sample_docs/drawn_hirings_hundredsixtyninth.py), a test set of four employment
contracts, read cold at 25 / 28. What it needed: a housing allowance named after its amount ('pays HK$10,000 per month as
housing allowance'); a post with its unit after a comma that ends the sentence ('employed as Associate Director,
Corporate Finance.'). Left: 恒 read as its variant 恆 in a traditional letter's company name."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_an_allowance_named_after_its_amount():
    doc = doc_of_rows([[(140, "Skyharbour Aviation Services Limited")], [(140, "LETTER OF EMPLOYMENT")], [(140, "Dear Mr QIAO Mingxuan,")],
                       [(140, "We are pleased to employ you as Aircraft Maintenance Planner from 3 May 2027 on a contract of 36 months.")],
                       [(140, "Your basic salary is HK$46,500 per month. In addition, the Company pays HK$10,000 per month as housing")],
                       [(140, "allowance, subject to receipts.")]])
    read = registry.extract("employment_contract", doc)
    assert (read["monthly_salary_hkd"].value, read["housing_allowance_hkd"].value) == (46500.0, 10000.0)


def test_a_post_with_its_unit_after_a_comma():
    doc = doc_of_rows([[(560, "EMPLOYMENT CONTRACT")], [(140, "Employer: Westmount Capital Advisory Limited")], [(140, "Employee: Mr ZENG Haoxuan")],
                       [(140, "1. Position. The Employee is employed as Associate Director, Corporate Finance.")],
                       [(140, "2. Commencement and term. The employment commences on 1 March 2027 for a fixed term of two years.")]])
    assert registry.extract("employment_contract", doc)["position"].value == "Associate Director, Corporate Finance"
