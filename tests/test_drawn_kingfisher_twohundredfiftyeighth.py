"""The two-hundred-and-fifty-eighth drawn set (sample_docs/drawn_kingfisher_twohundredfiftyeighth.py), a whole clean
application for a logistics manager whose employer has a Chinese and an English name, read cold at 62 / 63 with one false
alarm: a post in logistics (物流方案經理) not tied to a master's degree in logistics engineering (`contract.
relevant_to_qualification` asked for review). Logistics and supply chain studies now lead to posts in logistics,
freight, procurement and warehousing. (Its one field missed, the BR certificate's address with '2208' read '2268' by
tesseract in a mono face, is left.) Tested on other wording."""
from validators.derived import related_families


def test_logistics_studies_lead_to_logistics_posts():
    assert "logistics" in related_families("物流工程", "供应链主管")
    assert "logistics" in related_families("Supply Chain Management", "Freight Forwarding Lead")
    assert related_families("Supply Chain Management", "Pastry Chef") == []
