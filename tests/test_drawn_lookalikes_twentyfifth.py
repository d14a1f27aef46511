"""The twenty-fifth drawn set (sample_docs/drawn_lookalikes_twentyfifth.py): papers that look like asked-for ones
and are none of them. What it needed: the titles of such papers are data (doc_types.yaml `other_papers`); one
heading a page, or standing on a line of its own, makes the page none of the types (pipeline/classify)."""
from PIL import Image

from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from sample_docs import drawn_lookalikes_twentyfifth as twentyfifth
from tests.conftest import misread, read_each_as_uploaded


def test_an_identity_card_copy_and_a_transcript_are_no_asked_for_paper(tmp_path):
    forms = {f["file"]: f for f in twentyfifth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", ["upload-03.png", "upload-05.png"], tmp_path)) == {}


def _page(lines: list[tuple[str, int]]) -> ReadPage:
    words = [Word(text=t, bbox=(160, y, 1400, y + 40), conf=0.95) for t, y in lines]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang="chi_sim", words=words)
    return ReadPage(page, Image.new("RGB", (1654, 2339), "white"))


def test_a_paper_named_as_an_enclosure_keeps_its_type():
    letter = [("同意函", 150), ("兹有我公司职工王丽华同志，我公司同意其赴港工作。", 400), ("附：个人简历", 900),
              ("无锡芯拓微电子有限公司", 1200)]
    assert score_page(_page(letter)).best[0] == "consent_letter"
    cv = [("个 人 简 历", 150), ("姓名 高文静", 300), ("毕业院校 江南工学院", 380), ("学历 本科", 460)]
    assert score_page(_page(cv)).best[0] == "unknown"
    card = [("姓名 高文静 性别 女", 400), ("公民身份号码 320594199405180026", 520), ("中华人民共和国", 1100),
            ("居民身份证", 1160), ("签发机关 苏州市公安局", 1240), ("有效期限 2020.06.01-2040.06.01", 1300)]
    assert score_page(_page(card)).best[0] == "unknown"
