"""The thirtieth drawn set (sample_docs/drawn_redheader_thirtieth.py): consent as an official reply under a red
header. What it needed: the document's colophon (抄送, and the office that printed it with its date, 印发) is no
part of the letter's text, so its date is not the letter's and its office is not the writer
(extractors/certification)."""

from extractors.base import DocView
from pipeline.model import Page, Word
from sample_docs import drawn_redheader_thirtieth as thirtieth
from tests.conftest import misread, read_each_as_uploaded


def test_an_official_reply_under_a_red_header(tmp_path):
    forms = {f["file"]: f for f in thirtieth.write_all(tmp_path / "drawn")}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", ["official-consent-2.png"], tmp_path)) == {}


def test_a_colophon_is_no_part_of_the_letter():
    lines = ["同意许知远同志应聘赴港工作。", "东江理工大学", "2026年4月14日", "抄送：人力资源部、档案室。",
             "东江理工大学党政办公室 2026年4月16日印发"]
    words = [Word(text=t, bbox=(100, 100 + 60 * n, 900, 140 + 60 * n), conf=0.95) for n, t in enumerate(lines)]
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang="chi_sim", words=words)
    assert [ln.text for ln in DocView(file="c.png", pages=[page], images=[]).lines()] == lines[:3]
