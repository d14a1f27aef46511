"""The three-hundred-and-second drawn set (sample_docs/drawn_linnet_threehundredsecond.py), read cold at 26 / 28: a
graduation certificate's translation stated 'Certificate number: 1946…' under its rows, no label of its number
then. What it needed: 'certificate number' and 'serial number' a graduation certificate's labels. (Its report's
code read 'W5K…' as 'WSK…' is an OCR confusion the code's alphabet cannot settle, left.) Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_graduation_certificates_number_under_its_english_label():
    doc = doc_of_rows([[(140, "Certificate of Graduation (English translation)")],
                       [(140, "Student: Ms. FENG Yixuan, born 4 May 1997")], [(140, "Major: Applied Chemistry")],
                       [(140, "Length of study: four years")], [(140, "Serial number: 104231201905000318")],
                       [(140, "Jiangnan Lakeside University")]])
    assert registry.extract("graduation_certificate", doc)["certificate_number"].value == "104231201905000318"
