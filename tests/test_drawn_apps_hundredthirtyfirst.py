"""The hundred-and-thirty-first drawn set (sample_docs/drawn_apps_hundredthirtyfirst.py), read cold at 20 / 22. What it
needed: an approval flow's rows name the organisation after 企业 and the person after 申请人, which the running text's
roles had read as a department (所在部门…研究院) and as '申请'."""
import re

from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page, Word


def _rows(rows: list[list[tuple[int, str]]]) -> DocView:
    """Rows of cells of Chinese, a character a word and a run of digits one, as OCR reads a phone's screen."""
    words = []
    for n, row in enumerate(rows):
        for x, text in row:
            for token in re.findall(r"\d+|\S", text):
                width = 16 * len(token) if token.isdigit() else 30
                words.append(Word(text=token, bbox=(x, 240 + 80 * n, x + width, 270 + 80 * n), conf=0.95))
                x += width
    page = Page(file="p.png", number=1, width=1080, height=2100, dpi=200, source="ocr", words=words)
    return DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1080, 2100), "white")])


def test_an_approval_flows_rows():
    doc = _rows([[(420, "审批详情")], [(70, "赴港工作申请"), (820, "已同意")], [(70, "审批编号：202611260017")],
                 [(70, "企业"), (320, "长沙麓谷智造科技有限公司")], [(70, "申请人"), (320, "彭雅琪")], [(70, "所在部门"), (320, "智能装备研究院")],
                 [(70, "申请事由"), (320, "已获香港公司聘用，申请赴港工作")], [(70, "审批结果"), (320, "同意")],
                 [(120, "赵国强（总经理）")], [(120, "已同意 2026-11-26 16:48")]])
    read = registry.extract("consent_letter", doc)
    assert (read["organisation"].value, read["applicant_name"].value) == ("长沙麓谷智造科技有限公司", "彭雅琪")
