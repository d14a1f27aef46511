"""The fifty-third drawn set (sample_docs/drawn_thirdhand_fiftythird.py): a third clean application in layouts no set
drew, half of it text PDFs. What it needed: a page numbered after the page before it ('Page 2 of 2') goes on in the
same document whatever its words (pipeline/classify); a part of a page that holds the document's own title is its
head, and '护照号码' is a label, not a passport's title; a photograph's empty frame captioned '照 片' beside a
paragraph, and a number wrapped at a line's end in Chinese running text (extractors/running_text)."""
from PIL import Image

from extractors.base import Line
from extractors.running_text import RunningText, _without_stray_mark
from pipeline.classify import _a_heading, _page_numbered_after
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from sample_docs import drawn_newhand_fiftyfirst as fiftyfirst
from sample_docs import drawn_otherhand_fiftysecond as fiftysecond
from sample_docs import drawn_thirdhand_fiftythird as fiftythird
from tests.conftest import read_each_as_uploaded

PAGE = Page(file="x.png", number=1, width=1654, height=2339, dpi=200, source="ocr")


def _page(text: str) -> ReadPage:
    words = [Word(text=w, bbox=(100 + 60 * k, 2200, 150 + 60 * k, 2230)) for k, w in enumerate(text.split())]
    return ReadPage(PAGE.model_copy(update={"words": words}), Image.new("RGB", (10, 10)))


def test_a_page_numbered_after_the_page_before_it():
    assert _page_numbered_after(_page("Page 1 of 2"), _page("Page 2 of 2"))
    assert _page_numbered_after(_page("第 1 页 共 3 页"), _page("第 2 页 共 3 页"))
    assert not _page_numbered_after(_page("Page 2 of 2"), _page("Page 1 of 3"))
    assert not _page_numbered_after(_page("Page 1 of 1"), _page("Page 2 of 1"))


def test_a_passport_numbers_label_is_no_title():
    assert not _a_heading("乙方(劳动者)：程雨桐护照号码：ea3918462", "护照")
    assert _a_heading("护照", "护照")


def _han_line(text: str, x: int, y: int, size: int = 40) -> Line:
    words = [Word(text=c, bbox=(x + (size + 4) * k, y, x + (size + 4) * k + size, y + size)) for k, c in enumerate(text)]
    return Line(text, words, PAGE)


def test_a_caption_beside_a_paragraph_and_a_number_wrapped_at_a_lines_end():
    caption = [Word(text=c, bbox=(250 + 50 * k, 660, 290 + 50 * k, 700)) for k, c in enumerate("照片")]
    body = _han_line("工程学科已通过博士学位的课程考试", 600, 652)
    line = Line("照 片 " + body.text, caption + body.words, PAGE)
    assert _without_stray_mark(line).text == body.text
    lines = [_han_line("于二〇一九年准予毕业。原毕业证书编号：1971", 200, 400), _han_line("81201902000062。特此证明。", 200, 480),
             _han_line("西江材料科技大学毕业证明书存档备查之用请核", 200, 300)]
    text = RunningText([lines[2], *lines[:2]]).text
    assert "197181201902000062" in text


def test_the_three_sets_papers_through_the_product(tmp_path):
    """One run over papers of the fifty-first to fifty-third sets: a form's blanks and ringed answer, a title word
    before a name, a table across a landscape page, a form over two pages, a contract in Chinese."""
    fiftyfirst.write_all(tmp_path / "drawn51")
    fiftysecond.write_all(tmp_path / "drawn")
    fiftythird.write_all(tmp_path / "drawn53")
    for source, name, as_name in (("drawn53", "contract.png", "contract.png"), ("drawn53", "id990b.pdf", "id990b.pdf"),
                                  ("drawn51", "id990b.png", "blanks.png"), ("drawn51", "graduation.png", "running.png")):
        (tmp_path / "drawn" / as_name).write_bytes((tmp_path / source / name).read_bytes())
    docs = read_each_as_uploaded(tmp_path / "drawn", ["id990b.png", "id990b.pdf", "contract.png", "blanks.png", "running.png"],
                                 tmp_path)
    table = {k: v["value"] for k, v in docs["id990b.png"]["fields"].items()}
    assert docs["id990b.png"]["type"] == "employer_form" and table["employer_name"] == "Brightwave Precision Engineering Limited"
    assert table["position"] == "Mechanical Design Engineer"
    two_pages = docs["id990b.pdf"]
    assert two_pages["pages"] == [1, 2] and two_pages["fields"]["talent_list"]["value"] is False
    contract = {k: v["value"] for k, v in docs["contract.png"]["fields"].items()}
    assert contract["monthly_salary_hkd"] == 48000 and contract["term_months"] == 36 and contract["employee_name"] == "程雨桐"
    blanks = {k: v["value"] for k, v in docs["blanks.png"]["fields"].items()}
    assert blanks["talent_list"] is False and blanks["position"] == "SENIOR SOFTWARE ENGINEER"
    assert blanks["employer_name"] == "TIDEWATER SOFTWARE SOLUTIONS LIMITED" and blanks["monthly_salary_hkd"] == 52000
    running = {k: v["value"] for k, v in docs["running.png"]["fields"].items()}
    assert running["holder_name"] == "沈嘉恩" and running["institution"] == "东江理工大学"
