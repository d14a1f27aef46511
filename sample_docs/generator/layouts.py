"""Generic page layouts for the layout families: rows of label and value set out in one of
several ways (label then value with a gap, "label: value", label above value, ruled table
cells, letter boxes and tick boxes), running text, and the value formats (dates, amounts,
names) a family prints in. A family's look is data (families.yaml); what each document type
states is in family_docs.py."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .render import MM_PER_PT, PageSpec, Rect, Seal, text_width_mm

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ZH_DIGITS = "〇一二三四五六七八九"


def zh_number(n: int) -> str:
    """1..31 in Han numerals as dates write them: 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else ZH_DIGITS[tens]) + "十" if tens else "") + (ZH_DIGITS[ones] if ones else "")


def fmt_date(d: date, style: str) -> str:
    return {
        "iso": d.isoformat(),
        "dmy_slash": d.strftime("%d/%m/%Y"),
        "dmy_dash": d.strftime("%d-%m-%Y"),
        "dmy_text": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "mdy_text": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "dmy_abbr": f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}",
        "dot": d.strftime("%Y.%m.%d"),
        "zh": f"{d.year}年{d.month}月{d.day}日",
        "zh_padded": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "zh_numeral": "".join(ZH_DIGITS[int(c)] for c in str(d.year)) + f"年{zh_number(d.month)}月{zh_number(d.day)}日",
    }[style]


def capital_numerals(n: int, digits: str, wan: str, suffix: str) -> str:
    """An integer amount in 大写 numerals by the PBOC rules: capital_numerals(45000, ...) is
    肆万伍仟 (or 肆萬伍仟) and the suffix."""
    def four(x: int) -> str:
        out, zero = "", False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            digit = x // div % 10
            if digit:
                out += ("零" if zero and out else "") + digits[digit] + unit
                zero = False
            else:
                zero = True
        return out
    high, rest = divmod(n, 10000)
    s = (four(high) + wan if high else "") + (("零" if high and rest < 1000 else "") + four(rest) if rest else "")
    return s + suffix


def capital_hant(n: int) -> str:
    """45000 -> 肆萬伍仟元正: the traditional form on Hong Kong cheques and contracts."""
    return capital_numerals(n, "零壹貳參肆伍陸柒捌玖", "萬", "元正")


def fmt_money(v: float, style: str) -> str:
    n = int(round(v))
    forms = {
        "hkd_symbol": lambda: f"HK${n:,}",
        "hkd_code": lambda: f"HKD {n:,.2f}",
        "hkd_words_code": lambda: f"HKD{n:,}",
        "zh_figures": lambda: f"港幣{n:,}元",
        "zh_capital": lambda: f"港幣{capital_hant(n)}",
        "hkd_words": lambda: f"Hong Kong Dollars {english_words(n)} Only",
    }
    return forms[style]()


def english_words(n: int) -> str:
    """45500 -> Forty-Five Thousand Five Hundred; up to 999,999,999."""
    ones = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen").split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def below_thousand(x: int) -> list[str]:
        out = [ones[x // 100] + " hundred"] if x >= 100 else []
        x %= 100
        if x >= 20:
            out.append(tens[x // 10] + ("-" + ones[x % 10] if x % 10 else ""))
        elif x:
            out.append(ones[x])
        return out
    words = (below_thousand(n // 1_000_000) + ["million"] if n >= 1_000_000 else []) + \
        (below_thousand(n // 1000 % 1000) + ["thousand"] if n // 1000 % 1000 else []) + below_thousand(n % 1000)
    return " ".join(words).title()


def fmt_name(surname: str, given: str, style: str) -> str:
    """Pinyin names as families print them; the truth holds them surname first (SPEC §5), so a
    given-first name (its surname in capitals) must be put back in order by the reader."""
    return {"upper": f"{surname} {given}", "title": f"{surname.title()} {given.title()}",
            "surname_upper": f"{surname} {given.title()}", "comma": f"{surname}, {given}",
            "given_first": f"{given.title()} {surname}"}[style]


@dataclass
class Row:
    """One particular a document states: its labels by language, its printed value, and how the
    value is entered (text, letter boxes, or a choice of tick boxes)."""
    labels: dict
    value: str
    kind: str = "text"  # text | boxes | tick
    options: list = field(default_factory=list)  # tick: [(labels, chosen)]


def label(labels: dict, lang: str) -> str:
    """lang: en, hans, hant, en_hant (English then traditional), hant_en."""
    if lang in labels:
        return labels[lang]
    if lang == "en_hant":
        return f"{labels['en']} {labels['hant']}"
    if lang == "hant_en":
        return f"{labels['hant']} {labels['en']}"
    return labels.get("hant") or labels["en"]


def _font_for(s: str, latin: str, cjk: str) -> str:
    return latin if s.isascii() else cjk


@dataclass
class Look:
    style: str = "left"  # left | colon | above | table | boxes
    lang: str = "en"
    latin: str = "sans"
    cjk: str = "sans_cjk"
    size: float = 10.5
    colon: str = ":"
    hand: bool = False  # values filled in by hand: hand-lettered, in blue ink

    def value_font(self, s: str) -> str:
        return _font_for(s, "hand", "hand_cjk") if self.hand else _font_for(s, self.latin, self.cjk)

    @property
    def ink(self) -> tuple:
        return (25, 45, 140) if self.hand else (0, 0, 0)


def _boxes(page: PageSpec, x: float, y: float, value: str, look: Look) -> None:
    """Letter boxes (a comb field): one character a box, spaces left empty."""
    w = 5.2
    for i, ch in enumerate(value):
        page.ops.append(Rect(x + i * w, y - 5, w, 6.5, stroke=(60, 60, 60), width=0.25))
        if ch != " ":
            page.text(x + i * w + w / 2, y, ch, look.value_font(ch), look.size, look.ink, align="center")


def _ticks(page: PageSpec, x: float, y: float, row: Row, look: Look) -> None:
    for labels, chosen in row.options:
        page.ops.append(Rect(x, y - 3.6, 3.8, 3.8, stroke=(0, 0, 0), width=0.3))
        if chosen:  # the box ticked with an X
            page.text(x + 1.9, y - 0.2, "X", "hand" if look.hand else "sans_bold", look.size, look.ink, align="center")
        t = label(labels, look.lang)
        page.text(x + 5.5, y, t, _font_for(t, look.latin, look.cjk), look.size)
        x += 9 + text_width_mm(t, _font_for(t, look.latin, look.cjk), look.size)


def set_rows(page: PageSpec, rows: list[Row], y: float, look: Look, x: float = 20, width: float = 170) -> float:
    """Lays the rows out in the family's style; returns the y below them."""
    labels = [label(r.labels, look.lang) for r in rows]
    lw = max(text_width_mm(t, _font_for(t, look.latin, look.cjk), look.size) for t in labels) + 8
    line = look.size * 0.62  # mm from one baseline to the next
    for r, t in zip(rows, labels):
        lf = _font_for(t, look.latin, look.cjk)
        vf = look.value_font(r.value)
        if look.style == "above":
            page.text(x, y, t, lf, look.size * 0.75, color=(70, 70, 70))
            y += line * 0.75
            vx = x
        elif look.style == "table":
            page.ops.append(Rect(x, y - line * 0.95, lw + 4, line * 1.4, stroke=(0, 0, 0), width=0.3))
            page.ops.append(Rect(x + lw + 4, y - line * 0.95, width - lw - 4, line * 1.4, stroke=(0, 0, 0), width=0.3))
            page.text(x + 2, y, t, lf, look.size)
            vx = x + lw + 6
        elif look.style == "colon" and r.kind == "text" and not look.hand:
            page.text(x, y, f"{t}{look.colon} {r.value}", _font_for(t + r.value, look.latin, look.cjk), look.size)
            y += line
            continue
        else:
            page.text(x, y, t, lf, look.size)
            vx = x + lw
        if r.kind == "boxes":
            _boxes(page, vx, y, r.value, look)
        elif r.kind == "tick":
            _ticks(page, vx, y, r, look)
        else:
            lines = wrap_mixed(r.value, vf, look.size, width - (vx - x))
            for i, text in enumerate(lines):
                page.text(vx, y + i * line * 0.75, text, vf, look.size, look.ink)
            y += (len(lines) - 1) * line * 0.75
        y += line * (1.4 if look.style == "table" else 1.15 if look.style == "above" else 1.0 if r.kind == "text" else 1.25)
    return y


CLOSING = set("。，、；：！？」』）》,.;:!?)")  # never the first character of a line


def wrap_mixed(s: str, font: str, size: float, width: float) -> list[str]:
    """Wrap between Latin words and between Han characters, never inside a Latin word."""
    lines, cur = [], ""
    for token in re.findall(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+", s):
        if cur and text_width_mm((cur + token).rstrip(), font, size) > width and token not in CLOSING:
            lines.append(cur.rstrip())
            cur = token.lstrip()
        else:
            cur += token
    return lines + [cur.rstrip()] if cur.strip() else lines


def prose(page: PageSpec, y: float, paragraphs: list[str], look: Look, x: float = 25, width: float = 160) -> float:
    size = look.size + 1
    for p in paragraphs:
        font = _font_for(p, look.latin, look.cjk)
        for line in wrap_mixed(p, font, size, width):
            page.text(x, y, line, font, size)
            y += size * MM_PER_PT * 1.7
        y += 4
    return y


def title(page: PageSpec, text: str, look: Look, y: float = 28, size: float = 16) -> None:
    page.text(page.width / 2, y, text, _font_for(text, look.latin + "_bold" if look.latin in ("sans", "serif") else look.latin,
                                                 look.cjk), size, align="center")


def seal(page: PageSpec, x: float, y: float, text: str, r: float = 17) -> None:
    page.ops.append(Seal(x, y, r, text))
