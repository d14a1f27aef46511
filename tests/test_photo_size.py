"""A photo's size is the uploaded image's own (SPEC §5), not the enlarged page the reading used."""
import random

import pytest

from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.generator.applicant_docs import face_image
from sample_docs.generator.scan import jpeg_bytes, png_bytes


@pytest.mark.parametrize("size,fmt", [((354, 472), "jpeg"), ((480, 600), "png")])
def test_photo_reports_the_uploaded_pixel_size(tmp_path, size, fmt):
    image = face_image(random.Random(3)).resize(size)
    path = tmp_path / f"photo.{'jpg' if fmt == 'jpeg' else 'png'}"
    path.write_bytes(jpeg_bytes(image, 92, 300) if fmt == "jpeg" else png_bytes(image, 300))
    analysis = analyse_file(describe_file(tmp_path, path), 0)
    doc = analysis.documents[0]
    assert doc.type == "photo"
    assert (doc.fields["width_px"].value, doc.fields["height_px"].value) == size
    assert analysis.pages[0].width > size[0]  # the page itself was enlarged to be read
