"""The twenty-second drawn set (sample_docs/drawn_accounts_twentysecond.py): a company's whole audited
financial statements, fourteen pages, read as the product reads an upload. What it needed: a report whose
titles head its sections (the directors' report, the auditor's) stays one document unless a section states
another period (pipeline/classify), and an auditor's name over its calling, not 'HKICPA' inside a sentence."""
from PIL import Image

from pipeline.classify import segment
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from sample_docs import drawn_accounts_twentysecond as twentysecond
from tests.conftest import misread, read_each_as_uploaded


def test_whole_accounts_are_one_statement(tmp_path):
    forms = {f["file"]: f for f in twentysecond.write_all(tmp_path / "drawn")}
    docs = read_each_as_uploaded(tmp_path / "drawn", ["FS2025-2.pdf"], tmp_path)
    assert docs["FS2025-2.pdf"]["pages"] == list(range(1, 15))
    assert misread(forms, docs) == {}


def _page(lines: list[str]) -> ReadPage:
    words = [Word(text=t, bbox=(140, 120 + 50 * n, 1400, 150 + 50 * n), conf=1.0) for n, t in enumerate(lines)]
    page = Page(file="fs.pdf", number=1, width=1654, height=2339, dpi=200, source="text_layer", lang="eng", words=words)
    return ReadPage(page, Image.new("RGB", (1654, 2339), "white"))


def test_a_section_goes_on_with_its_report_and_another_years_report_does_not():
    def report(title: str, year: int) -> ReadPage:
        return _page([title, f"for the year ended 31 March {year}", "Statement of profit or loss", "Revenue 1,000",
                      "Profit for the year 100", "Total equity 500", "true and fair view"])
    pages = [report("REPORT OF THE DIRECTORS", 2026), report("INDEPENDENT AUDITOR'S REPORT", 2026),
             report("INDEPENDENT AUDITOR'S REPORT", 2025)]
    assert [s.pages for s in segment(pages)] == [[0, 1], [2]]
