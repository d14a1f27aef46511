"""The ninth drawn set (sample_docs/drawn_photos_ninth.py): papers photographed by phone on a desk,
read as the product reads an upload. The generic reading it needed: the sheet found by its four
corners, seen square on and evenly lit (pipeline/paper.py); a scan is left as it is."""
import sys
import zlib

from sample_docs import drawn_papers_seventh as seventh
from sample_docs import drawn_photos_ninth as ninth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)


def test_a_ruled_table_photographed_at_a_slant_in_side_light(tmp_path):
    c = seventh.COMPANIES[1]
    sheet = seventh.offer_letter_table(c).img
    path = tmp_path / "IMG_5001.jpg"
    path.write_bytes(ninth.jpeg_as_taken(ninth.photographed(sheet, zlib.crc32(path.name.encode())), 1))
    want = seventh.truth(c, "employment_contract", "offer-table")
    got = read_as(path, "employment_contract", pages=1)
    assert {k: norm(got.get(k)) for k in want} == {k: norm(v) for k, v in want.items()}


def test_the_sheet_is_cut_out_of_a_photo_and_a_scan_is_left_as_it_is():
    from pipeline.paper import flattened
    sheet = seventh.br_renewal_notice(seventh.COMPANIES[0])
    photo = ninth.photographed(sheet.img, 7)
    flat = flattened(photo)
    assert flat is not None and 0.6 < flat.width / flat.height < 0.8  # about A4's 0.71, from a 0.75 frame
    assert flattened(sheet.scanned(7)) is None
