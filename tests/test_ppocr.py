"""PP-OCR through RapidOCR, the second reading engine: real models on real rendered pages."""
import random
from datetime import date

import pytest

from pipeline import ocr, ppocr
from pipeline.model import group_lines
from pipeline.pages import RawPage
from pipeline.text import join_words
from sample_docs.generator.render import PageSpec, to_image
from sample_docs.generator.scan import scanned

pytest.importorskip("rapidocr")


def _page(lines: list[str], font: str = "sans_cjk", size: float = 14) -> object:
    page = PageSpec(width=180, height=60)
    for i, text in enumerate(lines):
        page.text(10, 18 + i * 12, text, font, size)
    return scanned(to_image(page, 300), random.Random(1), 200, skew=0.3, blur=0.4, noise=4)


def test_words_come_with_boxes_confidences_and_whole_numbers():
    image = _page(["学生覃明丽，1996年3月20日生", "证书编号：102841200705294597"])
    words = ppocr.ppocr_words(image)
    lines = [join_words(line) for line in group_lines(words)]
    assert any("覃明丽" in line for line in lines)
    # a Han line is boxed a character at a time; its digits are joined again into one word
    assert "102841200705294597" in [w.text for w in words]
    assert "1996" in [w.text for w in words]
    for w in words:
        x0, y0, x1, y1 = w.bbox
        assert 0 <= x0 < x1 <= image.width and 0 <= y0 < y1 <= image.height and 0 < w.conf <= 1


def test_the_cache_keeps_engines_apart(tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_CACHE_DIR", str(tmp_path))
    image = _page(["NORTHGATE ROBOTICS LIMITED"], font="sans")
    first = ppocr.ppocr_words(image)
    entries = list(tmp_path.rglob("*.json"))
    assert len(entries) == 1
    assert ppocr.ppocr_words(image) == first  # read from the cache
    ocr.ocr_words(image, lang="eng", psm=6)
    assert len(list(tmp_path.rglob("*.json"))) == 2  # tesseract's reading is another entry
    assert "PP-OCRv6_rec_small" in ppocr.version()


def test_the_page_engine_is_chosen_by_setting(monkeypatch):
    from flows.report import ocr_manifest
    from pipeline.read import read_page
    image = _page([f"签发日期：{date(2026, 10, 8).isoformat()}", "深圳前海数智科技有限公司"])
    raw = RawPage(number=1, image=image, dpi=200, text_words=None)
    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "ppocr")
    page = read_page(raw, "letter.png").page
    assert page.source == "ocr" and page.lang == "chi_sim+chi_tra+eng"
    assert "深圳前海数智科技有限公司" in page.text.replace(" ", "")
    assert ocr_manifest()["pages"]["engine"] == "ppocr"
    monkeypatch.delenv("INTAKE_PAGE_ENGINE")
    assert "pages" not in ocr_manifest()  # tesseract alone: the manifest as before
