"""The sixty-first drawn set (sample_docs/drawn_fourthhand_sixtyfirst.py): a fourth whole clean application in layouts
no set drew, read cold at 65 / 66. What it needed: a holder's name on a line of its own over her particulars, set
in half-width brackets after a space ('钟亦然' / '(女, 1991年 4月 17日生)…', extractors/titles.marked_people)."""
from extractors.prose import Prose
from extractors.titles import marked_people


def test_a_name_on_its_own_line_over_its_particulars():
    prose = Prose("硕士学位证书 兹授予 钟亦然 (女, 1991年 4月 17日生)在北辰光电大学光学工程学科完成硕士研究生学业")
    found = marked_people(prose)
    assert [m.value for m in found] == ["钟亦然"]
    assert prose.text[found[0].start:found[0].end] == "钟亦然"
    assert [m.value for m in marked_people(Prose("蒋雨桐，女，1990年生"))] == ["蒋雨桐"]
