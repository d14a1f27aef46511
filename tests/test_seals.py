"""Red chops over the signature block: found where they are (not the certificate's red frame),
lifted out, and the print under them read again, through the real pipeline and tesseract."""
import random
from datetime import date

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from flows.case import analyse_file
from pipeline import seals
from pipeline.ingest import describe_file
from sample_docs.generator import applicant_docs as A
from sample_docs.generator.identity import MAJORS, UNIVERSITIES, person
from sample_docs.generator.render import to_image
from sample_docs.generator.scan import jpeg_bytes, scanned
from tests.test_document_layouts import _check


def _read_colour_scan(tmp_path, gen_doc, seed):
    """A blurred, noisy 200-dpi colour scan saved as JPEG at quality 60, as phones and many office scanners send them."""
    path = tmp_path / "scan.jpg"
    page = scanned(to_image(gen_doc.pages[0], 300), random.Random(seed), 200, skew=1.0, blur=0.8, noise=8)
    path.write_bytes(jpeg_bytes(page, 60, 200))
    documents = analyse_file(describe_file(tmp_path, path), 0).documents
    assert len(documents) == 1
    return documents[0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_date_and_organisation_under_a_chop_are_read(tmp_path, seed):
    rng = random.Random(seed)
    letter = A.consent_letter(person(rng), "杭州西湖软件有限公司", date(2026, 9, 21), rng, id_number="330106199001011234")
    got = _read_colour_scan(tmp_path, letter, seed)
    _check(got, letter, ["organisation", "date", "seal_present"])
    seal = got.fields["seal_present"].bbox
    org = got.fields["organisation"].bbox
    assert seal[0] < org[2] and org[0] < seal[2] and seal[1] < org[3] and org[1] < seal[3]  # it was under the chop


def test_award_date_under_the_chop_of_a_framed_certificate(tmp_path):
    rng = random.Random(5)
    cert = A.degree_certificate(person(rng), UNIVERSITIES[0], MAJORS[0], 2019, rng)
    got = _read_colour_scan(tmp_path, cert, 5)
    _check(got, cert, ["date_awarded", "certificate_number"])


def test_a_red_frame_is_not_a_seal_but_the_chop_inside_it_is():
    img = Image.new("RGB", (2000, 1400), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([60, 60, 1940, 1340], outline=(200, 30, 30), width=14)  # the certificate's frame
    d.ellipse([1300, 800, 1620, 1120], outline=(215, 25, 32), width=12)
    found = seals.red_seals(img)
    assert len(found) == 1
    x0, y0, x1, y1 = found[0]
    assert abs(x0 - 1300) < 10 and abs(y1 - 1120) < 10


def test_lifting_keeps_black_print_and_drops_the_red():
    img = Image.new("RGB", (400, 120), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([20, 40, 380, 80], fill=(205, 40, 45))  # chop ink
    d.rectangle([100, 50, 110, 70], fill=(10, 10, 10))  # a black stroke on top of it
    lifted = np.asarray(seals.lift_seal(scanned(img, random.Random(1), 300, rotate=0, skew=0, blur=0.4, noise=0)))
    assert lifted[60, 30] > 240  # the ink is paper now
    assert lifted[60, 105] < 80  # the stroke is still black


def test_a_grey_copy_of_a_chop_is_found_by_its_ring():
    img = Image.new("RGB", (1700, 2400), "white")
    d = ImageDraw.Draw(img)
    d.text((200, 200), "no colour on this page", fill=(0, 0, 0))
    d.ellipse([900, 1000, 1250, 1350], outline=(95, 95, 95), width=10)
    found = seals.seals_on(img)
    assert len(found) == 1
    assert abs(found[0][0] - 900) < 25 and abs(found[0][3] - 1350) < 25


@pytest.mark.parametrize("kind", ["ruled table", "lines of text"])
def test_a_grey_page_without_a_stamp_has_no_ring(kind):
    """Hough fits circles through a ruled table's rows or a page of text lines; no stamp's ring
    is inked all round, and none of those is."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    img = Image.new("RGB", (1700, 2400), "white")
    d = ImageDraw.Draw(img)
    if kind == "ruled table":
        for y in range(300, 1500, 70):
            d.line([150, y, 1550, y], fill=(40, 40, 40), width=3)
        for x in (150, 700, 1550):
            d.line([x, 300, x, 1490], fill=(40, 40, 40), width=3)
        for i, y in enumerate(range(315, 1480, 70)):
            d.text((170, y), f"Particular {i} of the applicant", font=font, fill=(0, 0, 0))
            d.text((720, y), f"Value number {i * 37} here", font=font, fill=(0, 0, 0))
    else:
        sentence = "We raise no objection to our staff member taking up work in Hong Kong."
        for i, y in enumerate(range(200, 2200, 48)):
            d.text((150, y), sentence[:40 + (i * 7) % 40], font=font, fill=(0, 0, 0))
    assert seals.seals_on(img) == []


def test_a_grey_stamp_is_lifted_where_broad_and_print_kept_whole():
    """A grey copy: a stretch of the stamp's ring, a flat grey band 8 px wide with paler
    fringes, crossed by a printed stroke with grey edges, the two multiplied where they
    cross as ink on paper does. The ring becomes paper; the stroke keeps its core under the
    ring and its grey edges away from it, which whitening everything paler than print strips."""
    paper = np.full((120, 300), 255.0)
    ring = paper.copy()
    ring[40:48] = 100
    ring[[39, 48]] = 180
    print_ = paper.copy()
    print_[:, 150] = 20
    print_[:, [149, 151]] = 140
    gray = (ring * print_ / 255).astype(np.uint8)
    lifted = seals.lift_grey_stamp(gray, 100.0)
    assert (lifted[38:50, :140] == 255).all()  # ring and fringe are paper
    assert (lifted[40:48, 150] < 30).all()  # the stroke under the ring
    assert (lifted[60:, 149] == 140).all() and (lifted[60:, 150] == 20).all()  # its grey edge, away from it


def test_a_page_is_searched_for_its_chop_once(monkeypatch):
    """The page's reading and its document's reader both ask for the chop: the second asks the
    page, not the pixels; a copy of the page is searched on its own."""
    img = Image.new("RGB", (2000, 1400), "white")
    ImageDraw.Draw(img).ellipse([1300, 800, 1620, 1120], outline=(215, 25, 32), width=12)
    searched = []
    real = seals.red_seals
    monkeypatch.setattr(seals, "red_seals", lambda image: searched.append(image) or real(image))
    first = seals.seals_on(img)
    first.clear()  # a caller's list is its own
    assert len(seals.seals_on(img)) == 1 and len(searched) == 1
    assert seals.seals_on(img.copy()) == seals.seals_on(img) and len(searched) == 2
