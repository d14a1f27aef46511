"""The fortieth drawn set (sample_docs/drawn_consents_fortieth.py): consents in other forms than a letter. What it
needed: an organisation's kind after 我, 本 or 该 refers to one ('其人事档案现存放于我中心'), no name of one: the
talent service centre that signs is the organisation (extractors/consent.extract)."""
from sample_docs import drawn_consents_fortieth as fortieth
from tests.conftest import read_each_as_uploaded


def test_a_talent_service_centre_consents(tmp_path):
    fortieth.write_all(tmp_path / "drawn")
    doc = read_each_as_uploaded(tmp_path / "drawn", ["consent-file-keeper-2.png"], tmp_path)["consent-file-keeper-2.png"]
    fields = {k: v["value"] for k, v in doc["fields"].items()}
    assert doc["type"] == "consent_letter"
    assert (fields["organisation"], fields["applicant_name"], fields["seal_present"]) == ("福州市人才服务中心", "郑雨萱", True)
