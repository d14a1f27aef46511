"""The thirteenth drawn set (sample_docs/drawn_faxes_thirteenth.py): earlier papers faxed (black
and white, Group 4 TIFF, a chop gone black over the print) and scanned grey at 150 dpi as a
strongly compressed JPEG, read as the product reads an upload. It needed no reader change: this
keeps those ways in read."""

from sample_docs import drawn_faxes_thirteenth as thirteenth
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["consent_letter-chopped-fax-1.tif", "business_plan-table-grey150-2.jpg"]


def test_a_faxed_letter_under_a_black_chop_and_a_small_grey_scan(tmp_path):
    forms = {f["file"]: f for f in thirteenth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)) == {}
