"""A copy's certification, stamped over it for an application, a notary's pages round a notarised copy, and
an official document's colophon (版记: the copies sent, the office that printed it and when): no part of the
document's own text."""
from __future__ import annotations

import re
from typing import Protocol, TypeVar


class _HasText(Protocol):
    text: str


L = TypeVar("L", bound=_HasText)

# The stamp's heading ('CERTIFIED TRUE COPY', '此复印件与原件相符', a pen's '原件已核对'); its date is not the document's.
CERTIFICATION = re.compile(r"certified\s*(?:true\s*)?copy|true\s*copy\s*of\s*the\s*original|核\s*[證证]\s*副\s*本"
                           r"|與\s*正\s*本\s*相\s*符|与\s*原\s*件\s*(?:相\s*符|核\s*对\s*无\s*误|一\s*致)"
                           r"|原\s*件\s*已\s*核\s*[对對]|已\s*核\s*[对對]\s*原\s*件|核\s*[对對]\s*[无無]\s*[误誤]", re.IGNORECASE)
CERTIFICATION_ROWS = re.compile(r"^(?:date|dated|signed|signature|name|日\s*期|簽\s*[署名]|签\s*[署名])\b", re.IGNORECASE)
CERTIFICATION_REACH = 3  # rows of the stamp under its heading
# A red-header document's foot: '抄送：人力资源部', '…办公室  2026年3月5日印发' (its date is the printing's).
COLOPHON = re.compile(r"^\s*抄\s*[送报報]\s*[:：]|印\s*[发發]\s*$")
# A notary's page round a notarised copy, from its heading on ('公 证 书', 'NOTARIAL CERTIFICATE'): its number
# and date are the notary's (pipeline/data/doc_types.yaml: notarial).
NOTARIAL = re.compile(r"^\s*(?:公\s*[证證]\s*书|公\s*證\s*書|notarial\s+certificate)\s*$", re.IGNORECASE)


def without_certification(lines: list[L]) -> list[L]:
    """The lines without a certification stamp's heading and the date and signature rows under it,
    and without a colophon's lines."""
    out, rows, notary_page = [], 0, None
    for line in lines:
        page = getattr(line, "page", None)
        if NOTARIAL.match(line.text):
            notary_page = page
        if notary_page is not None and page is notary_page or COLOPHON.search(line.text):
            continue
        if CERTIFICATION.search(line.text):
            rows = CERTIFICATION_REACH
            continue
        if rows and CERTIFICATION_ROWS.match(line.text):
            rows -= 1
            continue
        rows = 0
        out.append(line)
    # a notary's page alone (the copy it notarises not uploaded): its statement is all the paper says
    return out or [line for line in lines if not COLOPHON.search(line.text)]
