"""The seventieth drawn set (sample_docs/drawn_memos_seventieth.py), read cold at 26 / 30. What it needed: a page in
two columns whose title, issuer and date stand side by side in short lines over and under the columns (columns.FULL),
with each column's own right margin, so a Chinese sentence wraps on in its column ('在本 / 校…学科'); a school's name of
capitalised words, not a sentence ending in 'this University'; a consent form's row naming the employer in Hong Kong
('拟赴港工作单位'), which is no signature and no label of the consenting unit (fields.yaml: other_labels); more
labels of a plan's capital (開辦資金)."""
from extractors.applicant_docs import extract_degree
from extractors.base import DocView
from extractors.prose_fields import read_prose
from pipeline.model import Page, Word


def _page(lines: list[list[Word]], width: int = 2339, height: int = 1654) -> DocView:
    words = [w for line in lines for w in line]
    return DocView(file="d.png", pages=[Page(file="d.png", number=1, width=width, height=height, dpi=200, source="ocr",
                                             words=words)], images=[None])


def _han(x: int, y: int, text: str) -> list[Word]:
    return [Word(text=c, bbox=(x + 40 * i, y, x + 40 * i + 36, y + 40), conf=0.95) for i, c in enumerate(text)]


def _latin(x: int, y: int, text: str) -> list[Word]:
    out = []
    for word in text.split():
        out.append(Word(text=word, bbox=(x, y + 4, x + 16 * len(word), y + 36), conf=0.95))
        x += 16 * len(word) + 12
    return out


def test_a_certificate_in_two_columns_with_its_title_and_issuer_side_by_side():
    zh = ["吴欣怡，女，二〇〇一年五月十二日生。在本", "校控制科学与工程学科完成了硕士研究生的学", "习计划，成绩合格，通过论文答辩。经审核符",
          "合《中华人民共和国学位条例》的规定，授予", "工学硕士学位。"]
    en = ["WU Xinyi, female, born on 12 May 2001, has", "completed the master's programme in Control",
          "Science and Engineering at this University,", "passed the thesis defence and is awarded the",
          "degree of Master of Engineering."]
    lines = [_han(390, 200, "硕士学位证书") + _latin(1260, 200, "MASTER'S DEGREE CERTIFICATE")]
    for k in range(5):
        lines.append((_han(180, 420 + 80 * k, zh[k])) + _latin(1260, 420 + 80 * k, en[k]))
    lines.append(_han(420, 1180, "厦屿海事大学") + _latin(1260, 1180, "Xiayu Maritime University"))
    lines.append(_han(420, 1260, "二〇二六年六月三十日") + _latin(1260, 1260, "30 June 2026"))
    doc = _page(lines)
    assert read_prose("degree_certificate", doc)["major"].value == "控制科学与工程"
    assert extract_degree(doc)["institution"].value in ("厦屿海事大学", "Xiayu Maritime University")


def test_a_consent_forms_row_naming_the_employer_in_hong_kong_is_not_the_consenting_unit():
    rows = [_han(420, 140, "江苏禾丰种业有限公司"), _han(450, 220, "员工赴港工作审批表"),
            _han(160, 380, "姓名") + _han(460, 380, "程雨桐") + _han(800, 380, "性别") + _han(1060, 380, "女"),
            _han(160, 650, "拟赴港工作单位") + _han(460, 650, "嘉穗農業科技有限公司"), _han(160, 760, "单位意见"),
            _han(480, 840, "同意。"), _han(900, 1030, "二〇二六年十月九日")]
    doc = _page(rows, 1654, 2339)
    assert read_prose("consent_letter", doc)["organisation"].value == "江苏禾丰种业有限公司"


def test_centred_lines_that_share_a_word_space_are_no_columns():
    """A diploma's centred sentences may each have a space at the page's middle: no gutter."""
    from pipeline.columns import in_reading_order
    rows = []
    for n, (a, b) in enumerate([("By authority of the", "Senate it is certified that"), ("having satisfied the examiners was", "admitted"),
                                ("to the degree of Bachelor of", "Economics in Finance"), ("Financial Engineering on the", "ninth day"),
                                ("of July in the year two thousand", "and fifteen by the Senate")]):
        left = _latin(800 - 16 * len(a.replace(" ", "")) - 12 * a.count(" "), 400 + 100 * n, a)  # a space's width apart
        rows.append(left + _latin(812, 400 + 100 * n, b))
    rows.append(_latin(300, 1900, "Serial No. SCFM-2013-04412") + _latin(900, 1900, "Registrar"))  # a wide gap, its middle the same
    assert in_reading_order(rows) == rows
