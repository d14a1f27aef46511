"""The hundred-and-eighty-eighth drawn set (sample_docs/drawn_registrations_hundredeightyeighth.py), four business
registration certificates, read cold at 20 / 24. What it needed: a period's end where a year ends the period's start
('12/09/2026 - 11/09/2027' is no 2026-11-09); a capital O read as nought inside an address's word ('RO0M'). Left: a
blue 'CERTIFIED TRUE COPY' stamp across two dates of a grey copy (neither tesseract nor PP-OCR reads them through it)."""
from extractors import registry
from extractors.base import period_end
from tests.synthetic import doc_of_rows


def test_a_period_whose_start_ends_in_its_year():
    assert period_end("11/03/2026 - 10/03/2027") == "2027-03-10"
    assert period_end("2026.03.01 - 2027.02.28") == "2027-02-28"


def test_a_capital_o_read_as_nought_in_an_address():
    doc = doc_of_rows([[(440, "BUSINESS REGISTRATION CERTIFICATE")], [(140, "Name of Business"), (620, "BRIGHTSIDE LOGISTICS LIMITED")],
                       [(140, "Address"), (620, "R0OM 8, 3/F, 12 HOI YUEN ROAD, KWUN TONG")]])
    assert registry.extract("br_certificate", doc)["address"].value == "ROOM 8, 3/F, 12 HOI YUEN ROAD, KWUN TONG"
