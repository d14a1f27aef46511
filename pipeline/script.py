"""The Chinese script a page's words are written in: OCR with both Chinese models mixes
simplified and traditional characters, and a printed document uses one."""
from __future__ import annotations

from .model import Page
from .read import HAN
from .text import simplified, simplified_only_as_traditional, traditional

# A page of a type usually printed in simplified characters keeps traditional ones where they
# outnumber the simplified this many times (and are at least CLEAR_SCRIPT_CHARS): tesseract reads
# simplified print as traditional often enough (畢業證書 on a simplified certificate) to tip a
# bare majority, while a degree from Hong Kong or Taiwan prints traditional throughout.
CLEAR_SCRIPT_RATIO = 3
CLEAR_SCRIPT_CHARS = 5


def page_script(page: Page, script: str) -> str:
    """'simplified' or 'traditional': the type's `script` ('majority': as most of the page's
    characters are; 'usually_simplified': traditional only where the page clearly prints it)."""
    if script not in ("majority", "usually_simplified"):
        return script
    text = "".join(w.text for w in page.words)
    in_traditional = sum(1 for c in text if simplified(c) != c)
    in_simplified = sum(1 for c in text if traditional(c) != c)
    if script == "majority":
        return "traditional" if in_traditional > in_simplified else "simplified"
    clear = in_traditional >= max(CLEAR_SCRIPT_RATIO * in_simplified, CLEAR_SCRIPT_CHARS)
    return "traditional" if clear else "simplified"


def in_script(page: Page, script: str | None) -> Page:
    """OCR with both Chinese models mixes simplified and traditional characters; a printed
    document uses one script. `script` is the document type's (Mainland papers are
    simplified, Hong Kong ones traditional), or the page's (`page_script`). Toward traditional
    only the characters no traditional standard prints change."""
    if page.source != "ocr" or page.lang != HAN or not script:
        return page
    convert = simplified_only_as_traditional if page_script(page, script) == "traditional" else simplified
    own = _runs_in_their_own_script(page) if script == "majority" else {}
    return page.model_copy(update={"words": [w.model_copy(update={"text": own.get(id(w), convert)(w.text)})
                                             for w in page.words]})


def _runs_in_their_own_script(page: Page) -> dict:
    """A form's page holds what the form printed and what its filler wrote, each in its own
    script ('雇主名称：澄園支付科技有限公司'): a run of a line after a colon or a wide gap (after the
    label the line opens with: a word alone on its line read in the other script follows the page) that is
    clearly in one script (RUN_CHARS characters only that script writes, none only the other's)
    keeps it. By the word's id: the conversion to use."""
    out: dict = {}
    for line in page.lines():
        for run in _runs(line)[1:]:  # what is written after a label; a line's own first run follows the page
            text = "".join(w.text for w in run)
            only_traditional = {c for c in text if simplified(c) != c}
            only_simplified = {c for c in text if traditional(c) != c}
            if len(only_traditional) >= RUN_CHARS and not only_simplified:
                out.update({id(w): simplified_only_as_traditional for w in run})
            elif len(only_simplified) >= RUN_CHARS and not only_traditional:
                out.update({id(w): simplified for w in run})
    return out


RUN_CHARS = 1


def _runs(line: list) -> list[list]:
    """A line cut after each colon and at gaps wider than its height."""
    runs: list[list] = [[]]
    height = max((w.bbox[3] - w.bbox[1] for w in line), default=0)
    for prev, w in zip([None] + line[:-1], line):
        if prev is not None and (prev.text.endswith((":", "：")) or w.bbox[0] - prev.bbox[2] > height):
            runs.append([])
        if w.text not in (":", "："):
            runs[-1].append(w)
    return [r for r in runs if r]
