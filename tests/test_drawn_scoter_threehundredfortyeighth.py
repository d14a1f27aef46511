"""The three-hundred-and-fortieth and -forty-eighth drawn sets' reports (sample_docs/drawn_merganser_threehundredfortieth.py,
drawn_scoter_threehundredfortyeighth.py): each code's 5 read S by tesseract at a confidence above the one below which
a code was doubted (0.85, chosen on the reports drawn until then), PP-OCR reading the line right. The threshold was
raised to 0.95 after every report set was read again under it with no code lost. Real OCR on the drawn pages."""
import pytest

from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_merganser_threehundredfortieth import answer_to_an_enquiry
from sample_docs.drawn_scoter_threehundredfortyeighth import entry_and_graduation


@pytest.mark.parametrize("draw", [entry_and_graduation, answer_to_an_enquiry])
def test_a_codes_5_read_s_read_again(tmp_path, draw):
    png, truth = draw()
    (tmp_path / "report.png").write_bytes(png)
    code = analyse_file(describe_file(tmp_path, tmp_path / "report.png"), 0).documents[0].fields["verification_code"]
    assert code.value == truth["verification_code"]


def test_a_code_with_its_label_run_into_it():
    from extractors.qualification_report import codes_in
    pattern = "^[0-9A-HJ-NP-Z]{16}$"
    assert codes_in("Online Verification CodeK7WQ3ZN9PX2MT4RB", pattern, 16) == ["K7WQ3ZN9PX2MT4RB"]
    assert codes_in("Online Verification CodeK7WQ3ZN9PX2MT4RB", pattern) == []
