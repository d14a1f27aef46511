"""The hundred-and-ninety-fourth drawn set (sample_docs/drawn_allowances_hundredninetyfourth.py), a test set of four
consents, read cold at 14 / 16. What it needed: the person named after 'agrees that our <role>,'; a signature's
organisation without the signer's post before it ('HR Director, X Co., Ltd.')."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_consent_that_agrees_and_its_signers_post():
    doc = doc_of_rows([[(140, "Subject: release of staff")],
                       [(140, "Redstone Pharma (Suzhou) Co., Ltd. agrees that our quality manager, PENG Ruoxi, may join")],
                       [(140, "Harbourview Biologics Limited in Hong Kong. We have no objection to her application.")],
                       [(140, "Regards,")], [(140, "Personnel Manager, Redstone Pharma (Suzhou) Co., Ltd.")]])
    read = registry.extract("consent_letter", doc)
    assert (read["applicant_name"].value, read["organisation"].value) == ("PENG RUOXI", "Redstone Pharma (Suzhou) Co., Ltd.")
