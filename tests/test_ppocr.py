"""PP-OCR through RapidOCR, the second reading engine: real models on real rendered pages."""
import random
from concurrent.futures import ThreadPoolExecutor
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


def test_a_year_in_chinese_numerals_with_two_zeros_is_one_run():
    # 〇 lies outside Unicode's Han block: joined as Latin, 二〇〇九年 came out '二〇 〇九年'
    words = ppocr.ppocr_words(_page(["二〇〇九年六月二十八日"]))
    assert [join_words(line) for line in group_lines(words)] == ["二〇〇九年六月二十八日"]


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


def test_pages_read_at_once_by_two_workers_read_as_they_do_alone(tmp_path, monkeypatch):
    # the file workers share one engine without a lock: its sessions run from several threads
    monkeypatch.setenv("INTAKE_CACHE_DIR", str(tmp_path))
    pages = [_page(["学生覃明丽，1996年3月20日生"]), _page(["NORTHGATE ROBOTICS LIMITED"], font="sans"),
             _page(["证书编号：102841200705294597"]), _page(["深圳前海微众银行股份有限公司"])]
    alone = [ppocr._rows(p) for p in pages]
    with ThreadPoolExecutor(2) as pool:
        together = list(pool.map(ppocr._rows, pages + pages))
    assert together == alone + alone


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
    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "tesseract")
    assert "pages" not in ocr_manifest()  # tesseract alone: the manifest as before
    monkeypatch.delenv("INTAKE_PAGE_ENGINE")
    assert ocr_manifest()["pages"]["engine"] == "routed"  # the default


def test_routed_reading_gives_han_pages_to_ppocr_and_latin_pages_to_tesseract(monkeypatch):
    """The table in docs/BENCHMARKS.md: PP-OCR reads Han print, and the lines under a chop from a
    copy with the chop lifted out; tesseract reads Latin pages. A real consent letter with its red chop."""
    from pipeline import read
    from sample_docs.generator import applicant_docs as A
    from sample_docs.generator.identity import person
    rng = random.Random(3)
    letter = A.consent_letter(person(rng), "杭州西湖软件有限公司", date(2026, 9, 21), rng, id_number="330106199001011234")
    image = scanned(to_image(letter.pages[0], 300), random.Random(3), 200, skew=0.5, blur=0.4, noise=4)
    calls = []
    real = ppocr.ppocr_words
    monkeypatch.setattr(read.ppocr, "ppocr_words", lambda im: calls.append(im.size) or real(im))
    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "routed")
    page = read.read_page(RawPage(number=1, image=image, dpi=200, text_words=None), "letter.jpg").page
    from pipeline.script import in_script
    text = in_script(page, "simplified").text.replace(" ", "")
    assert calls and page.lang == read.HAN
    assert "杭州西湖软件有限公司" in text and "2026年9月21日" in text  # the lines under the chop
    assert text.count("西湖") == 1  # PP-OCR reads the chop's own lettering too; it is dropped
    calls.clear()
    latin = _page(["EMPLOYMENT CONTRACT", "Monthly salary: HK$52,000"], font="sans")
    page = read.read_page(RawPage(number=1, image=latin, dpi=200, text_words=None), "contract.png").page
    assert not calls and page.lang == read.LATIN and "HK$52,000" in page.text


def test_a_figure_with_a_full_width_comma_is_one_word_as_tesseract_reads_it():
    # PP-OCR boxes '39', '，', '500' apart on a Han line; the sum must still read 39,500
    from pipeline.amounts import parse_amount
    image = _page(["一、薪酬：月薪港幣39，500元，於每月月底支付。"], size=12)
    text = " ".join(join_words(line) for line in group_lines(ppocr.ppocr_words(image)))
    assert "39，500" in text and parse_amount(text) == 39500


def test_readers_take_either_engines_spacing():
    from extractors.base import parse_date
    from pipeline.text import spaced_address
    for read in ("Room13F, 29/F,15 King's Road, Hong Kong", "ROOM 13F, 29/F, 15 KING'S ROAD, HONG KONG"):
        assert spaced_address(read).upper() == "ROOM 13F, 29/F, 15 KING'S ROAD, HONG KONG"
    assert spaced_address("ROOM 9B, 26/F, 271GLOUCESTER ROAD") == "ROOM 9B, 26/F, 271 GLOUCESTER ROAD"
    assert spaced_address("14 HENNESSYROAD, 2ND FLOOR") == "14 HENNESSY ROAD, 2ND FLOOR"
    # a year under a chop's ink: a digit read as a letter or as another digit
    assert parse_date("日 期 20z6 年 9 月 9 日") == "2026-09-09"
    assert parse_date("日期：2626年9月11白") == "2026-09-11"
