"""The thirty-first drawn set (sample_docs/drawn_notarised_thirtyfirst.py): certificates as notarised copies. What
it needed: a notary's pages (the 公证书 cover, the statement that the copy matches the original, its translation)
are part of the document they notarise, with no type of their own (pipeline/classify), and their text is no part
of its particulars (extractors/certification), so the notary's number and date are not the certificate's."""
from PIL import Image

from extractors.base import DocView
from pipeline.classify import segment
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from sample_docs import drawn_notarised_thirtyfirst as thirtyfirst
from tests.conftest import misread, read_each_as_uploaded


def test_a_notarised_degree_is_one_degree_certificate(tmp_path):
    forms = {f["file"]: f for f in thirtyfirst.write_all(tmp_path / "drawn")}
    docs = read_each_as_uploaded(tmp_path / "drawn", ["notarised-degree-2.pdf"], tmp_path)
    assert docs["notarised-degree-2.pdf"]["pages"] == [1, 2, 3, 4]
    assert misread(forms, docs) == {}


def _page(n: int, lines: list[str]) -> ReadPage:
    words = [Word(text=t, bbox=(160, 150 + 70 * k, 1400, 190 + 70 * k), conf=0.95) for k, t in enumerate(lines)]
    page = Page(file="n.pdf", number=n, width=1654, height=2339, dpi=200, source="ocr", lang="chi_sim", words=words)
    return ReadPage(page, Image.new("RGB", (1654, 2339), "white"))


def test_a_notarys_pages_go_with_the_copy_and_their_text_is_left_out():
    pages = [_page(1, ["公 证 书", "（2026）沪徐证字第1234号"]),
             _page(2, ["学士学位证书", "姓名 曹静怡", "授予学位 工学学士", "授予日期 2017-06-30", "证书编号 1027842017003906"]),
             _page(3, ["公 证 书", "兹证明前面的复印件与曹静怡持有的《学士学位证书》原件相符。", "2026年3月10日"])]
    assert [(s.type, s.pages) for s in segment(pages)] == [("degree_certificate", [0, 1, 2])]
    kept = [ln.text for ln in DocView(file="n.pdf", pages=[p.page for p in pages], images=[]).lines()]
    assert "2026年3月10日" not in kept and "授予日期 2017-06-30" in kept
