"""The hundred-and-seventieth drawn set (sample_docs/drawn_blessings_hundredseventieth.py), a third test set of four
consents, read cold at 14 / 16. What it needed: the longest run of capitalised words after a cue that is pinyin ('Subject: Consent for
Zhao Yiran' over 'Dear Sir or Madam'); a name after the unit's word for itself and a profession ('本所律師溫嘉朗自…').
(An e-mail consent with no chop fails its seal check, as it should.)"""
from extractors import registry
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_name_after_its_cue_is_the_pinyin_run():
    doc = doc_of_rows([[(140, "Sent: Monday, 23 November 2026 10:42")], [(140, "Subject: Consent for Zhao Yiran")], [(140, "Dear Sir or Madam,")],
                       [(140, "Yiran ZHAO has worked in our lens design department since 2019. Suzhou Lakeview")],
                       [(140, "Optics Co., Ltd. consents to her taking up employment in Hong Kong.")]])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "ZHAO YIRAN"


def test_a_name_after_a_profession():
    doc = _han_doc([(560, "粵海聯合律師事務所"), (760, "同意書"), (140, "本所律師溫嘉朗自二零二零年起於本所執業。本所同意其前往香港特別行政區工作。"),
                    (900, "粵海聯合律師事務所"), (960, "2026年11月26日")])
    assert registry.extract("consent_letter", doc)["applicant_name"].value in ("溫嘉朗", "温嘉朗")
