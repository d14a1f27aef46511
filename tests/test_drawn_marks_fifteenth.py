"""The fifteenth drawn set (sample_docs/drawn_marks_fifteenth.py): copies with marks over their print,
read as the product reads an upload. The generic readings it needed: a value the page's reading lost
beside its label (a watermark's letters across it) read again by PP-OCR (extractors/declared), and
a copy's certification stamp, with its date, no part of the document (extractors/certification)."""

from extractors.base import DocView
from pipeline.model import Page, Word
from sample_docs import drawn_marks_fifteenth as fifteenth
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["br_certificate-watermarked-1.png", "graduation_certificate-security-certified-hant-2.png"]


def test_a_watermarked_certificate_and_a_certified_copy(tmp_path):
    forms = {f["file"]: f for f in fifteenth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)) == {}


def test_a_copys_certification_is_no_part_of_the_document():
    lines = ["兹证明 王小明 同志于2015年7月1日毕业。", "此复印件与原件相符", "日期：2026年3月1日", "签名：李四",
             "Certified copy", "Dated 2 April 2026", "Reference: 2019/07"]
    words = [Word(text=t, bbox=(100, 100 + 60 * n, 900, 140 + 60 * n), conf=0.95) for n, t in enumerate(lines)]
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang="chi_sim", words=words)
    kept = [ln.text for ln in DocView(file="c.png", pages=[page], images=[]).lines()]
    assert kept == ["兹证明 王小明 同志于2015年7月1日毕业。", "Reference: 2019/07"]


def test_a_pens_checked_against_the_original_note_is_no_part_of_the_document():
    """The twenty-eighth drawn set: '原件已核对 2026年3月2日' written on a consent letter's copy."""
    lines = ["兹有我公司职工王丽华同志赴港工作。", "2026年1月8日", "原件已核对 2026年3月2日"]
    words = [Word(text=t, bbox=(100, 100 + 60 * n, 900, 140 + 60 * n), conf=0.95) for n, t in enumerate(lines)]
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang="chi_sim", words=words)
    assert [ln.text for ln in DocView(file="c.png", pages=[page], images=[]).lines()] == lines[:2]
