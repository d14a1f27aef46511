"""The hundred-and-fifty-first drawn set (sample_docs/drawn_engagements_hundredfiftyfirst.py), four employment contracts
in wording and layouts no set used, read cold at 25 / 28. What it needed: 'you (the "Appointee")' defines the letter's
addressee, not the words before it; an e-mail that greets its reader by the given name ('Dear Mingyue,') under 'To: Zhao
Mingyue'; an 'annual base salary' stated by the year though paid in monthly instalments."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_appointee_is_the_addressee():
    doc = doc_of_rows([[(140, "Lanternfield Architects Limited")], [(140, "18 November 2026")], [(140, "Mr PENG Zihao")],
                       [(140, "LETTER OF APPOINTMENT")],
                       [(140, 'The Firm is pleased to appoint you (the "Appointee") as Project Architect on the following terms:')],
                       [(140, "(a) Commencement: 11 January 2027.")], [(140, "(c) Remuneration: HK$47,500 per month.")]])
    assert registry.extract("employment_contract", doc)["employee_name"].value == "PENG ZIHAO"


def test_an_email_greeting_its_reader_by_the_given_name_and_a_yearly_salary():
    doc = doc_of_rows([[(140, "From: talent@crestline-capital.example")], [(140, "To: Zhao Mingyue")],
                       [(140, "Subject: Your offer - Crestline Capital Partners Limited")], [(140, "Dear Mingyue,")],
                       [(140, "We are delighted to offer you the role of Credit Risk Analyst at Crestline Capital Partners Limited.")],
                       [(140, "Your annual base salary will be HK$720,000, paid in twelve equal monthly instalments. You will start")],
                       [(140, "on 1 April 2027 on a two-year fixed-term contract, renewable by agreement.")]])
    read = registry.extract("employment_contract", doc)
    assert (read["employee_name"].value, read["monthly_salary_hkd"].value) == ("ZHAO MINGYUE", 60000.0)
