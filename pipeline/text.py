"""Small text helpers shared by classification and extractors."""
from __future__ import annotations

import functools
import re
import unicodedata

import opencc

from .model import Word

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# The CJK Unified Ideographs block, as patterns that read print use it: HAN_RANGE inside a
# character class, HAN for one character.
HAN_RANGE = "\u4e00-\u9fff"
HAN = f"[{HAN_RANGE}]"


def in_han_range(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def is_han(ch: str) -> bool:
    return bool(_HAN.match(ch))


def compact(text: str) -> str:
    """Lower case, full-width folded, curly apostrophes straight, every white space removed: OCR puts spaces
    between Han characters and breaks English words unpredictably."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", "", text)


@functools.lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    # One per configuration for the process: building one loads its dictionaries (tens of ms),
    # and a page's words go through four of them (t2s and the three traditional standards).
    return opencc.OpenCC(config)


def simplified(text: str) -> str:
    """Traditional characters as simplified: OCR with both Chinese models mixes the two
    scripts in one page, and one rule should match Hong Kong and Mainland print alike."""
    return _converter("t2s").convert(text)


def traditional(text: str) -> str:
    return _converter("s2t").convert(text)


# OpenCC's traditional standards: Taiwan's and Hong Kong's print 峰, 床 or 温 where the
# general one has 峯, 牀, 溫.
TRADITIONAL_STANDARDS = ("s2t", "s2tw", "s2hk")
# Characters Hong Kong prints though every OpenCC standard writes another form (恒生, 恒基: not 恆)
PRINTED_IN_TRADITIONAL = set("恒")


def simplified_only_as_traditional(text: str) -> str:
    """The characters of `text` that no traditional standard prints, in traditional form (each
    in its phrase: 头发 -> 頭髮); a character any standard prints is left as it is. OCR mixes a
    few simplified characters into traditional print (横 for 橫), and the page's own 峰 or 恒
    must not become 峯 or 恆."""
    whole = simplified(text)  # a phrase half read in each script is converted whole
    forms = [_converter(c).convert(whole) for c in TRADITIONAL_STANDARDS]
    if len(whole) != len(text) or any(len(f) != len(text) for f in forms):
        forms = [[_converter(c).convert(ch) for ch in text] for c in TRADITIONAL_STANDARDS]
    out = []
    for i, ch in enumerate(text):
        alike = {f[i] for f in forms}
        out.append(alike.pop() if len(alike) == 1 and ch not in alike and simplified(ch) == ch and ch not in PRINTED_IN_TRADITIONAL else ch)
    return "".join(out)


def prints_traditional(text: str) -> bool:
    """More characters only the traditional script has than only the simplified one has."""
    han = [c for c in text if in_han_range(c)]
    only_traditional = sum(simplified(c) != c for c in han)
    only_simplified = sum(traditional(c) != c for c in han)
    return only_traditional > only_simplified


def _han_like(ch: str) -> bool:
    """Han, or the zero Chinese numerals write with (〇, or ○ as print often has it), which
    Unicode keeps outside the Han block: 二〇〇四年 is one run, not '二〇 〇四年'."""
    return is_han(ch) or ch in "〇○"


def lines_joined(words: list[Word]) -> str:
    """Words that run over lines (an address set on three) as one text: a comma where a line was ended on purpose (its next
    word would fit on it within the widest line, or it ends a street or a floor: 'ROOM 503, 5/F' / '88 …'); a space where it
    wrapped ('6 KWAI' / 'FONG CRESCENT')."""
    lines: list[list[Word]] = []
    for w in words:
        last = lines[-1][-1] if lines else None
        if last is not None and w.bbox[1] < last.bbox[3] - (last.bbox[3] - last.bbox[1]) / 3:
            lines[-1].append(w)  # level with the word before it: the same line
        else:
            lines.append([w])
    widest = max((line[-1].bbox[2] for line in lines), default=0)
    out = join_words(lines[0]) if lines else ""
    for line, nxt in zip(lines, lines[1:]):
        gap = (line[-1].bbox[3] - line[-1].bbox[1]) / 2  # about a space
        fits = line[-1].bbox[2] + gap + (nxt[0].bbox[2] - nxt[0].bbox[0]) <= widest
        # (or after a street, a building, a floor: 'ROAD', 'ROAD CENTRAL', 'TOWER', '5/F')
        ended = (fits or re.search(rf"(?:\b(?:{_STREET_WORDS}|{_BUILDING_WORDS})(?: (?:{_STREET_SIDES}))?|\d/F)$", out) is not None) \
            and not is_han(out[-1:])
        if ended or out.endswith((",", "，")):
            out = out.rstrip(",， ") + ", " + join_words(nxt)
        else:  # (a Han address's lines run on)
            out += ("" if is_han(out[-1:]) and is_han(nxt[0].text[:1]) else " ") + join_words(nxt)
    return out.strip(",， ")


def join_words(words: list[Word]) -> str:
    """Words of one line as text: a space between Latin tokens, none between Han ones."""
    out = ""
    for w in words:
        t = w.text
        if out and not (_han_like(out[-1]) or _han_like(t[0])):
            out += " "
        elif out and is_han(out[-1]) and t[0].isascii() and t[0].isalnum():
            out += " "
        out += t
    return out


def normalise_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


_UNIT_WORDS = r"Room|Flat|Unit|Suite|Shop|Workshop|Block|Tower|Floor|RM|FLAT|ROOM|UNIT|SUITE|SHOP|BLOCK|TOWER"


_STREET_SIDES = "CENTRAL|EAST|WEST|NORTH|SOUTH|Central|East|West|North|South"  # a street's part ('Queen's Road Central')
_BUILDING_WORDS = "TOWER|HOUSE|COURT|MANSION|MANSIONS|CENTER|Tower|House|Court|Mansion|Mansions|Center"  # a building's name's end
_STREET_WORDS = "ROAD|STREET|AVENUE|LANE|TERRACE|DRIVE|SQUARE|BUILDING|CENTRE|PLAZA|Road|Street|Avenue|Lane|Terrace|Drive|Square|Building|Centre|Plaza"


def spaced_address(text: str) -> str:
    """An address as printed: a space after each comma and between a unit word and its number.
    Engines differ in the spaces they keep ('Room13F, 29/F,15 King's Road')."""
    text = re.sub(rf"\b({_UNIT_WORDS})(?=\d)", r"\1 ", text)
    text = re.sub(r"(?<=\d)@|@(?=\d)", "0", text)  # a monospaced 0 read as '@' ('5@ KWAI CHEONG ROAD')
    text = re.sub(r"(?<=\d)(?!(?:ST|ND|RD|TH|st|nd|rd|th)\b)(?=[A-Z][A-Za-z]{2,})", " ", text)  # 271GLOUCESTER
    text = re.sub(rf"(?<=[A-Za-z]{{3}})(?=(?:{_STREET_WORDS})\b)", " ", text)  # HENNESSYROAD
    return re.sub(r"\s*,(?=\S)", ", ", text)


@functools.lru_cache(maxsize=1024)
def in_both_scripts(pattern: str) -> str:
    """A regular expression written in simplified characters that matches traditional print too
    ('大学' matches 大學): each literal Han character outside a [...] class becomes a class of its
    two forms. Classes are left as written."""
    out, in_class, escaped = [], False, False
    for c in pattern:
        if escaped or c == "\\":
            escaped = not escaped and c == "\\"
            out.append(c)
        elif in_class:
            in_class = c != "]"
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
        else:
            t = traditional(c) if is_han(c) else c
            out.append(f"[{c}{t}]" if t != c and len(t) == 1 else c)
    return "".join(out)


def after_a_calling(text: str, breaks: list[int], start: int, end: int, callings: list[str]) -> int:
    """Where a name matched across a signature block really starts: after the line that ends with
    the signer's calling ('Human Resources Manager' over 'Northgate Semiconductor Limited')."""
    for b in sorted((b for b in breaks if start < b < end), reverse=True):
        words = text[start:b].split()
        if words and words[-1].lower().strip(".,") in callings:
            return b + len(text[b:end]) - len(text[b:end].lstrip())
    return start


def after_a_heading(text: str, breaks: list[int], start: int, end: int) -> int:
    """Where a name matched across lines really starts: at the line it is on when a heading in
    capitals stands before it on a line of its own ('EMPLOYER'S CONSENT' over 'Nanjing Purple
    Hill Pharmaceuticals Limited'). A name wrapped in capitals stays whole."""
    for b in sorted((b for b in breaks if start < b < end), reverse=True):
        if text[start:b].isupper() and not text[b:end].isupper():
            return b + len(text[b:end]) - len(text[b:end].lstrip())
    return start


def phrase_alternation(phrases) -> str:
    """A regex alternation of the phrases, longest first so a longer one wins; Latin ones as whole
    words ('hk' not inside 'thanks'), Han ones anywhere (Han text has no spaces between words)."""
    return "|".join(rf"\b{re.escape(p)}\b" if p.isascii() else re.escape(p) for p in sorted(phrases, key=len, reverse=True))


# a Chinese letter's closing line ('特此證明。', '此證', '特此函告') or its body's opening ('兹证明…'): never the rest of a row above it
CLOSING = re.compile(r"^(?:特此|此)(?:证明|證明|证|證|函告|說明|说明)|^(?:兹|茲)(?:证明|證明|有|因)")
