"""The nineteenth drawn set (sample_docs/drawn_screens_nineteenth.py): screenshots of papers on a phone and
in a PDF viewer, read as the product reads an upload. What it needed: a letter's table that names the
employee as its 'appointee' (extractors/data/fields.yaml), where the salutation's name was misread."""

from sample_docs import drawn_screens_nineteenth as nineteenth
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["Screenshot_2026-03-15.png", "Screenshot_2026-03-11.png"]


def test_a_viewer_window_and_a_phone_preview(tmp_path):
    forms = {f["file"]: f for f in nineteenth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)) == {}
