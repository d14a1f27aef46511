"""The tesseract wrapper on real images from ../shared/external and on rendered ones."""
from PIL import Image, ImageDraw

from pipeline import ocr
from tests.conftest import external


def test_upside_down_page_is_turned_upright():
    img = Image.open(external("ocr_scans", "tesseract_test", "phototest-rotated-180.png")).convert("RGB")
    upright, rotate, _skew, _script, _conf = ocr.upright(img)
    assert rotate == 180
    words = " ".join(w.text for w in ocr.ocr_words(upright))
    assert "quick" in words and "brown" in words


def test_red_seal_is_lifted_before_ocr():
    img = Image.new("RGB", (600, 200), "white")
    d = ImageDraw.Draw(img)
    d.ellipse([100, 20, 260, 180], outline=(215, 25, 32), width=12)
    gray = ocr.without_red_ink(img)
    assert gray.getextrema()[0] > 200  # the red ring is gone from what tesseract sees


def test_second_ocr_of_the_same_image_comes_from_the_cache(monkeypatch):
    img = Image.open(external("ocr_scans", "tesseract_test", "phototest.tif")).convert("RGB")
    first = ocr.ocr_words(img)

    def boom(*a, **k):
        raise AssertionError("tesseract called again")

    monkeypatch.setattr(ocr.engine, "words", boom)
    assert ocr.ocr_words(img) == first


def test_the_command_and_the_in_process_engine_read_a_page_alike(monkeypatch):
    from rapidfuzz import fuzz
    img = Image.open(external("ocr_scans", "tesseract_test", "phototest.tif")).convert("RGB")
    texts = {}
    for name in ("tesserocr", "cli"):
        monkeypatch.setenv("INTAKE_OCR_ENGINE", name)
        assert ocr.tesseract_version().endswith(f"({name})")  # the manifest says which ran
        texts[name] = " ".join(w.text for w in ocr.ocr_words(img))
    assert "quick brown" in texts["tesserocr"]
    assert fuzz.ratio(texts["tesserocr"], texts["cli"]) > 90
    rotated = img.rotate(90, expand=True)
    monkeypatch.setenv("INTAKE_OCR_ENGINE", "tesserocr")
    in_process = ocr.engine.osd(rotated)
    monkeypatch.setenv("INTAKE_OCR_ENGINE", "cli")
    assert ocr.engine.osd(rotated)[:2] == in_process[:2] == [90, "Latin"]
