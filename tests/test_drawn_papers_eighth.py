"""The eighth drawn set, the applicant's papers (sample_docs/drawn_papers_eighth.py), read as the
product reads an upload, and the generic readings it needed: an English conferment's holder after
'it is certified that', an institute's name as the heading, a university's own serial number in
letters and digits."""
import sys
import zlib

import pytest

from sample_docs import drawn_papers_eighth as eighth
from sample_docs.generator.evaluate import norm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_cuad import read_as  # noqa: E402  (the bench's reader)


@pytest.mark.parametrize("graduate", [0, 1])
def test_an_english_conferment(tmp_path, graduate):
    g = eighth.GRADUATES[graduate]
    path = tmp_path / "degree_certificate-conferment.png"
    eighth.degree_conferment(g).scanned(zlib.crc32(path.name.encode())).save(path, dpi=(200, 200))
    want = eighth.truth(g, "degree_certificate", "conferment")
    got = read_as(path, "degree_certificate", pages=1)
    assert {k: norm(got.get(k)) for k in want} == {k: norm(v) for k, v in want.items()}


def _degree(*lines: str) -> dict:
    from extractors.applicant_docs import extract_degree
    from extractors.base import DocView
    from pipeline.model import Page, Word
    words = [Word(text=t, bbox=(100 + 90 * i, 100 + 60 * n, 180 + 90 * i, 140 + 60 * n), conf=0.95)
             for n, line in enumerate(lines) for i, t in enumerate(line.split())]
    page = Page(file="d.pdf", number=1, width=2000, height=2000, dpi=200, source="ocr", lang="eng", words=words)
    return {k: f.value for k, f in extract_degree(DocView(file="d.pdf", pages=[page], images=[])).items()}


def test_a_holder_an_institute_and_a_serial_in_other_wording():
    got = _degree("NORTHERN ACADEMY OF FINE ARTS", "The Academy certifies that Lin Qiaoyun has completed",
                  "the programme and is awarded the degree of Bachelor of Arts", "Diploma No. NAFA/2018/BA/01277")
    assert (got.get("holder_name"), got.get("institution"), got.get("certificate_number")) == \
        ("LIN QIAOYUN", "NORTHERN ACADEMY OF FINE ARTS", "NAFA/2018/BA/01277")
