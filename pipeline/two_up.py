"""Two documents copied onto one page, one above the other (a passport's data page over an identity card):
the page's words split at the widest blank band between its lines, where the part on the far side of it is
headed by another type's title. Each part is then read as a document of its own, on the same page."""
from __future__ import annotations

from .model import Word, middle
from .text import compact, simplified

BLANK_BAND = 0.06  # of the page's height with no line in it, at least, between the two documents


def split_by_band(words: list[Word], lines: list[list[Word]], height: int) -> tuple[list[Word], list[Word]] | None:
    """The words above and below the widest blank band between lines, if it is wide enough."""
    if len(lines) < 4:
        return None
    spans = sorted((min(w.bbox[1] for w in line), max(w.bbox[3] for w in line)) for line in lines)
    gaps = [(spans[k + 1][0] - max(bottom for _, bottom in spans[:k + 1]), k) for k in range(len(spans) - 1)]
    width, k = max(gaps)
    if width < BLANK_BAND * height:
        return None
    cut = max(bottom for _, bottom in spans[:k + 1])
    above = [w for w in words if middle(w.bbox) <= cut]
    return above, [w for w in words if middle(w.bbox) > cut]


def headed_by(lines: list[list[Word]], titles: list[str], heads) -> bool:
    """Whether one of `titles` heads these lines (the first three), as `heads(line, title)` judges."""
    head = [simplified(compact(" ".join(w.text for w in line))) for line in lines[:3]]
    return any(heads(line, t) for line in head for t in titles)
