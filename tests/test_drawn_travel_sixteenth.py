"""The sixteenth drawn set (sample_docs/drawn_travel_sixteenth.py): the applicant's identity papers in
a design of our own, read as the product reads an upload. What it needed: a booklet's cover and its
data page are one travel document (one zone, one document; a zone's line read with its O as 0 still
a zone's line), and a photograph pasted on a scanned page is the photo, its size the portrait's
(pipeline/portrait.py)."""

from PIL import Image, ImageDraw

from pipeline.classify import MRZ_LINE, segment
from pipeline.model import Page, Word
from pipeline.portrait import pasted_photo
from pipeline.read import ReadPage
from sample_docs import drawn_travel_sixteenth as sixteenth
from sample_docs.drawn_forms import Sheet
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["scan-passport-pdf-1.pdf", "scan-photo-on-page-2.png"]


def test_a_passport_behind_its_cover_and_a_photograph_on_a_page(tmp_path):
    forms = {f["file"]: f for f in sixteenth.write_all(tmp_path / "drawn")}
    docs = read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)
    assert misread(forms, docs) == {}
    assert docs["scan-passport-pdf-1.pdf"]["pages"] == [1, 2]
    photo = docs["scan-photo-on-page-2.png"]["fields"]
    want = sixteenth.HOLDERS[1].photo_size
    assert abs(photo["width_px"]["value"] - want[0]) <= 6 and abs(photo["height_px"]["value"] - want[1]) <= 6


def _page(lines: list[str], y0: int = 1000) -> ReadPage:
    words = [Word(text=t, bbox=(200, y0 + 60 * n, 1400, y0 + 40 + 60 * n), conf=0.9) for n, t in enumerate(lines)]
    page = Page(file="p.pdf", number=1, width=1654, height=2339, dpi=200, source="ocr", lang="eng", words=words)
    return ReadPage(page, Image.new("RGB", (1654, 2339), "white"))


def test_a_cover_opens_the_passport_and_a_second_zone_starts_another():
    cover = _page(["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA", "护照 PASSPORT"], y0=1100)
    zone = ["P0CHNHUANG<<MEILING<<<<<<<<<<<<<<<<<<<<<<<<<", "E123456786CHN9001011F3001015<<<<<<<<<<<<<<<2"]
    data = _page(["护照 PASSPORT", "Passport No. E12345678", "国籍/Nationality CHINESE", *zone], y0=200)
    assert all(MRZ_LINE.match(line) for line in zone)
    assert [s.pages for s in segment([cover, data, data])] == [[0, 1], [2]]


def test_a_photograph_on_a_page_is_found_and_a_printed_panel_is_not():
    s = Sheet()
    s.img.paste(sixteenth._portrait((400, 520), (240, 240, 244)), (600, 400))
    s.text(500, 1000, "Photograph of the applicant", 26)
    box = pasted_photo(s.img, [])
    assert box is not None and abs(box[2] - box[0] - 400) <= 6 and abs(box[3] - box[1] - 520) <= 6
    panel = Sheet()
    ImageDraw.Draw(panel.img).rectangle([420, 400, 1230, 1500], fill=(150, 40, 45))
    on_panel = [Word(text="PASSPORT", bbox=(700, 1200, 960, 1250), conf=0.9)]
    assert pasted_photo(panel.img, on_panel) is None
    assert pasted_photo(Sheet().img, []) is None  # a blank page
