"""Yes/no questions answered in words, not by a mark: a statement that says it ('The post is not on the Talent List'), or a
question that asks for a thing by name where it applies, answered by naming it or saying none (data/questions.yaml)."""
from __future__ import annotations

import re

from pipeline.model import Field
from pipeline.text import HAN_RANGE

from .base import DocView, Line

STATED_CONFIDENCE = 0.75  # an answer read from a statement's wording, not a mark


def asks(text: str, labels: list[str]) -> bool:
    return any(re.search(p, text, flags=re.IGNORECASE) for p in labels)


def stated_answer(lines: list[Line], at: int, about: str, labels: list[str], said: dict):
    """A yes/no question answered by a statement, not asked ('The post is one of the professions on the Talent List'): yes, or
    no where it denies it. Not where the sentence asks, tells what to do or offers options; only about what `about` names (the post)."""
    sentence = lines[at].text
    if not re.search(r"[.。]\s*$", sentence) and at + 1 < len(lines) and lines[at + 1].page is lines[at].page:
        sentence += " " + lines[at + 1].text  # the statement wraps onto the next line
    sentences = re.split(r"(?<=[.。])\s", sentence)  # the one of the line's sentences that names the question's subject
    sentence = next((one for one in sentences if asks(one, labels)), sentences[0])
    if (re.search(r"[?？]", sentence) or re.search(said["not_a_statement"], sentence, re.IGNORECASE)
            or not re.search(said["affirms"], sentence, re.IGNORECASE) or not re.search(about, sentence, re.IGNORECASE)
            or re.search(r"(?i)\b(?:yes|no)\b|是|否", sentence)):
        return None
    return re.search(said["denies"], sentence, re.IGNORECASE) is None


def named(doc: DocView, question: dict) -> Field | None:
    """A question that asks for the thing by name where it applies ('If the post is under a profession of
    the Talent List, state the profession:'): yes where a name is written after it, no where it says none."""
    lines = doc.lines()
    for at, line in enumerate(lines):
        if not any(re.search(p, line.text, re.IGNORECASE) for p in question["labels"]):
            continue
        asked = re.search(question["named_by"], line.text, re.IGNORECASE)
        if not asked:
            continue
        rest = re.sub(r"^\s*[(（][^)）]{0,20}[)）]", "", line.text[asked.end():]).strip(" :：_.")  # '(if any)'
        # the question's twin in Chinese before the answer ('Talent List profession 人才清單職業  Not applicable')
        rest = re.sub(rf"^[{HAN_RANGE}]*(?:{'|'.join(question['labels'])})[{HAN_RANGE}]*\s*[:：]?\s*", "", rest)
        if not rest and at + 1 < len(lines) and lines[at + 1].page is line.page:
            line, rest = lines[at + 1], lines[at + 1].text.strip(" _.")
        if rest:
            # none written, alone, opening a note ('N/A - not under the list') or before its Chinese ('Not applicable 不適用')
            none = re.match(rf"(?:{question['none_words']})(?:\s*[-–—:,(]|$|(?<=[a-z])\s*(?=[{HAN_RANGE}]))", rest, re.IGNORECASE) is not None
            return doc.field(not none, line, confidence=min(line.conf, STATED_CONFIDENCE))
    return None
