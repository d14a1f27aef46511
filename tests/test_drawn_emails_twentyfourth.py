"""The twenty-fourth drawn set (sample_docs/drawn_emails_twentyfourth.py): papers that came as e-mails, printed to
PDF, read as the product reads an upload. What it needed: a company's name in a signature block starts after
the line with the signer's calling ('Human Resources Manager'; the callings are data, extractors/parties)."""

from sample_docs import drawn_emails_twentyfourth as twentyfourth
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["mail-2-offer.pdf", "mail-1-consent.pdf"]


def test_an_offer_and_a_consent_sent_as_mail(tmp_path):
    forms = {f["file"]: f for f in twentyfourth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)) == {}
