"""The sixty-fourth drawn set (sample_docs/drawn_certmarks_sixtyfourth.py): certificates in four layouts no set drew,
read cold at 23 / 25. What they needed: the national number printed in groups of digits ('No. 1985 1120 1505 0000
31', extractors/certificate_numbers.read_number); a major after '完成了' ('在本校完成了统计学专业…', data/prose.yaml:
major_starts)."""
from extractors.base import DocView
from extractors.certificate_numbers import read_number
from extractors.prose import Prose
from extractors.running_text import RunningText
from extractors.titles import majors
from pipeline.model import Page, Word


def _doc(*lines: str) -> DocView:
    words = [Word(text=t, bbox=(100 + 120 * i, 100 + 60 * n, 200 + 120 * i, 140 + 60 * n), conf=0.95)
             for n, line in enumerate(lines) for i, t in enumerate(line.split())]
    return DocView(file="g.png", pages=[Page(file="g.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)],
                   images=[None])


def test_a_number_in_groups_of_digits():
    for printed, want in (("No. 1985 1120 1505 0000 31", "198511201505000031"), ("证书编号： 1983 9420 1900 2217", "1983942019002217")):
        doc, out = _doc(printed, "毕业证书"), {}
        read_number(doc, out, RunningText(doc.lines()))
        assert out["certificate_number"].value == want
    doc, out = _doc("No. 12 34 56", "毕业证书"), {}  # too short for a national number
    read_number(doc, out, RunningText(doc.lines()))
    assert "certificate_number" not in out


def test_a_major_after_what_was_completed():
    assert [m.value for m in majors(Prose("在本校完成了统计学专业本科学习计划，业已毕业"))][:1] == ["统计学"]
