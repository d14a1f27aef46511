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
    return page.model_copy(update={"words": [w.model_copy(update={"text": convert(w.text)}) for w in page.words]})
