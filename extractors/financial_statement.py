"""Audited financial statements, trading P&L, profits tax return: the figures the financial
standing checks need, each from the line that states it."""
from __future__ import annotations

import itertools
import re

from pipeline import ppocr
from pipeline.amounts import stated_unit
from pipeline.model import Field

from .base import (
    COMPANY_EN,
    COMPANY_ZH,
    DATE_RX,
    REREAD_CONFIDENCE,
    DocView,
    Line,
    cn_numerals_in_dates,
    find_line,
    line_read_again,
    parse_date,
)
from .running_text import RunningText
from .statement_figures import (
    YEAR_CELL,
    YEAR_END_WITHOUT_YEAR,
    capital_account,
    figures,
    latest_columns,
    latest_year_column,
    small_figures,
    stated_in_sentences,
)

ITEMS = {
    "revenue": [r"^revenue\b", r"^turnover\b", r"^(?:營業總收入|营业总收入)", r"^income from operations\b", r"^sales\b", r"^net (?:sales|revenues?)\b", r"gross income", r"總入息", r"总入息", r"營業收入", r"营业收入", r"^營業額", r"^营业额", r"total revenue",
                r"^(?:總|总)?收入(?!\s*(?:成本|稅|税))", r"^收益", r"^銷售額", r"^销售额",
                # a firm that earns fees ('Fee income', 'Consultancy fee income', 'Income' over the costs)
                r"^(?:(?:professional |consultancy |consulting |service |commission |management |tuition )?fees?|service|commission|rental)\s+income\b",
                r"^income\b(?!\s+tax)", r"^fees\b(?!\s+(?:payable|paid))",
                # fees a firm earns, by their kind ('Management and performance fees'; not audit or legal fees, costs)
                r"^(?:(?:management|performance|advisory|consultancy|consulting|professional|service|tuition|brokerage|agency|subscription)"
                r"(?:\s+and\s+|\s*,\s*|\s+))+fees?\b(?!\s+(?:payable|paid))"],
    # the year's profit after tax; before tax (or a tax return's assessable profits) only where
    # the statement states no other
    # ('Profit and total comprehensive income for the year', as small companies' accounts word it)
    "profit": [r"(?:profit|loss|surplus|deficit|\(loss\)|profit/\(loss\)|\(loss\)/profit)\s*(?:and total comprehensive (?:income|loss|\(?loss\)?/income|income/\(?loss\)?)\s*)?"
               r"(?:for the (?:year|period)|after (?:income )?tax(?:ation)?)",
               r"net (?:profit|loss|income|\(loss\)|profit/\(loss\))(?!\s*before)", r"^(?:profit|loss|profit/\(loss\))(?=\s+\(?[\d,]{3,})", r"^result for the (?:year|period)\b", r"[淨净]利[潤润]",
               r"^(?:profit|loss|\(loss\)|profit/\(loss\))\s+attributable to (?:the )?(?:shareholders|owners|equity holders|members)\b", r"(?:本年度|本年|年[內内]|年度|本期|除[稅税][後后])(?:溢利|[虧亏][損损]|利[潤润])"],
    "profit before tax": [r"(?:profit|loss|\(loss\)|profit/\(loss\))\s*before (?:income )?tax(?:ation)?", r"除[稅税]前(?:溢利|[虧亏][損损])",  # a page's reading mixes the scripts ('除税後')
                          r"利[潤润][總总][額额]", r"(?:net )?profit (?:as )?per (?:the )?accounts", r"assessable profits"],
    "total_equity": [r"total equity", r"^equity(?=\s+[\d(])", r"net assets", r"total (?:shareholders'|stockholders') equity",
                     r"(?:所有者|股東|股东)[權权]益\s*(?:[(（][^)）]{0,8}[)）])?\s*合[計计]", r"權益總額", r"权益总额", r"net (?:liabilities|deficit)",
                     r"capital deficiency", r"total deficit", r"deficiency (?:in|of) (?:assets|shareholders'? funds)",
                     r"(?:total )?(?:shareholders|members|owners)['’] (?:funds|equity)", r"股東資金", r"股东资金",
                     r"資產淨值", r"资产净值", r"^淨資產", r"^净资产", r"total net worth", r"^net worth\b",
                     r"capital and reserves\s*(?:\(total\)|total)", r"^total capital and reserves\b",
                     r"^accumulated funds?\b"],  # a company limited by guarantee's, or a club's
    # a group's equity of its owners, only where no total states it with the minorities' ('Non-controlling interests')
    "total_equity of the owners": [r"^equity attributable to (?:the )?(?:owners|shareholders|equity holders) of the (?:company|parent)\b"],
}

# An item stated in parts and their total ('Sales of goods' … 'Total revenue'): the total is the item.
TOTALS = {"revenue": [r"^total (?:revenue|turnover|sales|income)\b(?!\s+and)", r"^(?:營業|营业)?(?:收入|收益)(?:合計|合计|總額|总额)"]}


PERIOD_END = [r"(?:year|period|months) (?:end(?:ed|ing)|to)\s+(" + DATE_RX + r")|截至\s*(" + DATE_RX + ")|(" + DATE_RX + r")\s*止",
              # a profits tax return states the accounts' closing date, or the basis period it taxes
              r"(?:basis period|評稅基期|评税基期)\D{0,40}?\d[^\n]{5,18}?\s*(?:to|-|–|至)\s*(" + DATE_RX + r")",
              r"(?:date of )?accounts? closing(?: date)?.{0,16}?(" + DATE_RX + r")|結帳日期\s*(" + DATE_RX + ")",
              # a period from one date to another, its dates in words ('for the period from 4 May 2026 to 31 October 2026')
              r"period from\s+[^\n]{5,60}?\s+to\s+(" + DATE_RX + r")",
              # a Chinese period's two dates ('2025年1月1日至2025年12月31日')
              r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:至|到|-|—)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)",
              # a Chinese statement's heading: its date, then its unit ('2025年12月31日　单位：港元')
              r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:单位|單位)",
              # the balance sheet's date
              r"as at\s+(" + DATE_RX + r")|(" + DATE_RX + r")\s*的?\s*(?:资产负债表|資產負債表|财务状况|財務狀況)"]
# The auditor's opinion, the first kind whose words the report uses ('无保留意见' is no 保留意见).
OPINIONS = [("disclaimer", r"disclaimer of opinion|do not express an opinion|无法表示意见|無法表示意見"),
            ("adverse", r"adverse opinion|否定意见|否定意見"),
            ("qualified", r"(?<!un)qualified opinion|except for the (?:possible )?effects?|(?<![无無])保留意[见見]"),
            ("unqualified", r"true and fair view|present fairly|unqualified|无保留意见|無保留意見|真實而中肯|真实而中肯|公允反映|公允地反映"
                            r"|opinion is not modified|unmodified opinion|並無保留|并无保留")]
GOING_CONCERN = (r"material uncertainty (?:related|relating) to going concern|significant doubt .{0,60}going concern"
                 r"|持[续續][经經][营營].{0,12}重大不[确確]定性|重大不[确確]定性.{0,30}持[续續][经經][营營]")
# Words before the name of the company whose statements these are.
COMPANY_CUE = (r"(?i:to the (?:members|shareholders|directors|board of directors) of|编制单位|編製單位|被审计单位|被審計單位"
               r"|company name|name of company|公司名稱|公司名称|我们审计了|我們審計了|致)\s*[:：]?\s*")

# How a statement names its currency, as a pattern, and the code it means. A column head "HK$" on a
# scan is often read "HKS" (the $ as S); a heading may spell it out ('in Hong Kong dollars').
CURRENCIES = {r"HK\$|HKD|HKS(?= |$)|港幣|港币|港元|Hong Kong dollars?": "HKD", r"RMB|人民幣|人民币|Renminbi": "CNY",
              r"US\$|USD|United States dollars?|US dollars?": "USD"}

AUDITOR_ZH = (r"(?:核數師|核数师|審計師|审计师|審計機構|审计机构)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30})"
              r"|([\u4e00-\u9fff]{2,20}(?:會計師事務所|会计师事务所|會計師行|会计师行)(?:有限公司|（特殊普通合伙）|（特殊普通合夥）)?)")
QUALIFIER = r"^(?:[一二三四五六七八九十]+、|\(?[ivx\d]+[).、]|其中[:：]|加[:：]|减[:：]|減[:：])?\s*"
# Pages whose figures belong to someone else (an associate's or a subsidiary's summary) or to
# part of the year (a quarterly table): said in the page's heading, or by phrases only such
# summaries use. Their figures are not the company's annual ones.
NOT_OURS_HEADING = r"non-controlling|非控股|associates|joint ventures|联营|合营|聯營|合營|quarter|季度"
NOT_OURS_BODY = r"持股比例|出资比例|第一季度.{0,20}第二季度"


def _own_pages(lines: list[Line]) -> set[int]:
    by_page: dict[int, list[str]] = {}
    for line in lines:
        by_page.setdefault(line.page.number, []).append(line.text)
    return {n for n, texts in by_page.items()
            if not re.search(NOT_OURS_HEADING, " ".join(texts[:6]), re.IGNORECASE)
            and not re.search(NOT_OURS_BODY, " ".join(texts))}


COMPARATIVE_IN_BRACKETS = re.compile(r"[(（]\s*(?:19|20)\d\d\s*[:：]")


def _item(lines: list[Line], patterns: list[str], in_thousands: set[int] = frozenset(),
          latest: dict[int, tuple[int, int]] | None = None):
    """The line naming the item with a figure on it; its current-year column is the first
    figure (statements print this year before last year), or the latest year's column where
    the page runs oldest first (`latest`). A line that starts with the item ('所有者权益合计')
    wins over one that qualifies it ('归属于母公司所有者权益合计')."""
    for anchored in (True, False):
        for line in lines:
            for p, text in itertools.product(patterns, _label_readings(line.text)):
                hit = re.search(QUALIFIER + p if anchored else p, text, re.IGNORECASE)
                if not hit:
                    continue
                vals = figures(text[hit.end():], spaced=line.page.number not in in_thousands)
                if not vals and line.page.number in in_thousands:
                    vals = small_figures(text[hit.end():])
                if vals:
                    value = vals[0]
                    # a sentence stating this year's figure and last year's in brackets ('HK$2,941,600 (2025: HK$2,297,200)')
                    # is no row of the year columns
                    if line.page.number in (latest or {}) and not COMPARATIVE_IN_BRACKETS.search(text[hit.end():]):
                        at, count = latest[line.page.number]
                        # the columns' figures end the line: a note's number may stand before them
                        value = vals[len(vals) - count + at] if len(vals) >= count else vals[0]
                    # the item's own words from its first word's start ('Profiti(loss) for the year' misread), not a sentence's
                    # further on ('… net loss … Net assets …')
                    label = text[text.rfind(" ", 0, hit.start()) + 1:hit.end()]
                    if re.search(r"net (?:liabilities|deficit)|deficiency|total deficit|淨虧損|\bloss\b(?!/)", label, re.IGNORECASE) and value > 0 \
                            and "profit" not in label.lower():
                        value = -value
                    return value, line
    return None, None


def _label_readings(text: str) -> list[str]:
    """The line, and where its label holds an 'm' the line with 'rn' for it: a coarse scan joins
    the two letters ('Tumover'). Only the label's words: a figure's 'million' stays."""
    label = re.match(r"[^\d(]*", text).group(0)
    return [text, label.replace("m", "rn") + text[len(label):]] if "m" in label else [text]


def _unit_row_read_again(doc: DocView, lines: list[Line]) -> tuple[str, Line] | None:
    """(code, row) of the currency the columns' unit row states, read again where the page read it
    as nothing known: a coarse scan or a fax makes 'HK$ HK$' over the figures 'HS KS'."""
    for row, below in zip(lines, lines[1:]):
        texts = [w.text for w in row.words]
        if not 1 <= len(texts) <= 4 or not all(re.fullmatch(r"[^\d\s]{2,4}", x) for x in texts) or not figures(below.text):
            continue
        again = line_read_again(doc, row) if row.page.source == "ocr" else None
        m = re.search(r"(?<![A-Za-z])(" + "|".join(CURRENCIES) + ")", again.text) if again else None
        if m:
            return next(code for rx, code in CURRENCIES.items() if re.fullmatch(rx, m.group(1), re.I)), row
    return None


def _item_read_again(doc: DocView, lines: list[Line], patterns: list[str], in_thousands: set[int],
                     latest: dict[int, tuple[int, int]]):
    """An item whose figure the page's reading broke ('Profit after tax 3:3)' for 5.3): its line
    read again by PP-OCR."""
    for line in lines:
        hit = next((m for p in patterns for m in [re.search(QUALIFIER + p, line.text, re.IGNORECASE)] if m), None)
        if line.page.source != "ocr" or hit is None or not re.search(r"\d", line.text[hit.end():]):
            continue
        again = line_read_again(doc, line)
        value = _item([again], patterns, in_thousands, latest)[0] if again else None
        if value is not None:
            return value, line
    return None, None


# A thousands group OCR set apart ('23,509, 112'): the figure was read badly, not only spaced.
BROKEN_GROUPING = re.compile(r"\d[,，]\s+\d{3}(?!\d)")
UNSURE_FIGURE = 0.3  # a figure's word read less surely than this is read again


def _unsure_figures_read_again(doc: DocView, line: Line) -> Line | None:
    """The line with each figure read unsurely read again alone by PP-OCR from its box (the line whole would run its
    columns' figures together)."""
    unsure = [w for w in line.words if w.conf < UNSURE_FIGURE and any(c.isdigit() for c in w.text)]
    if not unsure or doc.pages.index(line.page) >= len(doc.images):
        return None
    image, text = doc.images[doc.pages.index(line.page)], line.text
    for w in unsure:
        h = w.bbox[3] - w.bbox[1]
        box = (max(0, w.bbox[0] - 2 * h), max(0, w.bbox[1] - h // 2), min(image.width, w.bbox[2] + 2 * h), min(image.height, w.bbox[3] + h // 2))
        again = ppocr.ppocr_line(image.crop(box))[0].strip()
        if re.fullmatch(r"\(?-?[\d,.]+\)?", again):
            text = re.sub(rf"(?<![\d.,]){re.escape(w.text)}(?![\d.,])", again, text, count=1)
    return Line(text, line.words, line.page) if text != line.text else None


def _digits(v: float) -> int:
    return len(str(int(abs(v))))


def _wrapped_items(lines: list[Line]) -> list[Line]:
    """An item's name wrapped onto the line under it, which holds its figures, as one line
    ('Profit and total comprehensive' / 'income for the year   2,475,590')."""
    out: list[Line] = []
    for line in lines:
        if out and out[-1].page is line.page and re.match(r"\s*[a-z]", line.text) and figures(line.text) \
                and not figures(out[-1].text):
            above = out.pop()
            line = Line(f"{above.text} {line.text}", above.words + line.words, line.page)
        out.append(line)
    return out


def extract(doc: DocView) -> dict[str, Field]:
    lines = doc.lines()
    out: dict[str, Field] = {}
    own_pages = _own_pages(lines)
    own = [line for line in lines if line.page.number in own_pages]
    units = {n: stated_unit("\n".join(x.text for x in lines if x.page.number == n)) for n in own_pages}
    in_thousands = {n for n, unit in units.items() if unit > 1}
    year_columns = latest_columns(own)
    items = _wrapped_items(own)
    for key, patterns in ITEMS.items():
        v, line = _item(items, TOTALS.get(key, []), in_thousands, year_columns)  # the parts' total over the first part
        if v is None:
            v, line = _item(items, patterns, in_thousands, year_columns)
        if v is not None and line.page.source == "ocr" and (again := _unsure_figures_read_again(doc, line)):
            v = _item([again], patterns, in_thousands, year_columns)[0] or v  # a figure read unsurely ('5.2' as '2'): read again
        if v is not None and BROKEN_GROUPING.search(line.text) and line.page.source == "ocr":
            again = line_read_again(doc, line)
            second = _item([again], patterns, in_thousands, year_columns)[0] if again else None
            # the group set apart closed up ('35,600, 000'), unless the line read again has as many digits
            joined = _item([Line(re.sub(r"([,，])\s+(?=\d{3}(?!\d))", r"\1", line.text), line.words, line.page)], patterns, in_thousands, year_columns)[0]
            v = second if second is not None and (joined is None or _digits(second) >= _digits(joined)) else joined if joined is not None else v
        if v is None:
            v, line = _item_read_again(doc, own, patterns, in_thousands, year_columns)
        if v is not None:
            out[key.split()[0]] = out.get(key.split()[0]) or doc.field(round(v * units[line.page.number], 2), line)
    closing = capital_account(own) if "total_equity" not in out else None
    if closing is not None:  # a sole proprietor's or a partnership's equity: its capital account's closing balance
        out["total_equity"] = doc.field(round(closing[0] * units[closing[1].page.number], 2), closing[1])
    latest = _years_as_rows(own)
    if latest is not None:
        year, by_item, row = latest
        for key, v in by_item.items():
            out.setdefault(key, doc.field(round(v * units[row.page.number], 2), row))
    rt = RunningText(own)
    for key in ("revenue", "profit", "total_equity"):  # a directors' report states them in its sentences
        stated = stated_in_sentences(rt.text, key) if key not in out else None
        if stated is not None:
            out[key] = doc.field(round(stated[0], 2), rt.owners[stated[1]])
    dated = [Line(cn_numerals_in_dates(ln.text), ln.words, ln.page) for ln in lines]  # 截至二零二五年十二月三十一日
    for pattern in PERIOD_END:
        m, line = find_line(dated, pattern)
        if not m:  # a title wrapped before the date's year ('… for the year ended 31 March' / '2025')
            m, line = RunningText(dated).search(pattern)
        iso = parse_date(next(g for g in m.groups() if g)) if m else None
        if iso:
            out["period_end"] = doc.field(iso, line)
            break
    year = latest[0] if latest is not None else latest_year_column(own)
    if "period_end" not in out and year:  # '… years ended 31 December', '截至三月三十一日止年度' over a row or column a year
        m, line = find_line(dated, YEAR_END_WITHOUT_YEAR)
        iso = parse_date(f"{m.group(1)} {year}" if m and m.group(1) else f"{year}年{m.group(2)}月{m.group(3)}日") if m else None
        if iso:
            out["period_end"] = doc.field(iso, line)
    if "period_end" not in out:
        m, line = find_line(dated, r"(?<!\d)(\d{4})\s*年度")  # a Mainland company's year is the calendar year: '2025年度'
        if m:
            out["period_end"] = doc.field(f"{m.group(1)}-12-31", line)
    m, line = find_line(lines, r"(?<![A-Za-z])(" + "|".join(CURRENCIES) + ")")  # '（以港元列示）': no word boundary in Han
    if m:
        out["currency"] = doc.field(next(code for rx, code in CURRENCIES.items() if re.fullmatch(rx, m.group(1), re.I)), line)
    elif re.search(r"inland revenue|profits tax|稅務局|利得稅", doc.text, re.IGNORECASE):
        out["currency"] = doc.field("HKD", None, 0.8, "derived")  # IRD returns are in Hong Kong dollars
    elif (unit := _unit_row_read_again(doc, own)) is not None:
        out["currency"] = doc.field(unit[0], unit[1], REREAD_CONFIDENCE)
    # 'CPA' as a word: 'issued by the HKICPA' names the institute, no firm
    m, line = find_line(lines, r"([A-Z][A-Za-z&,. ]{2,60}(?:\bCPA\b|Certified Public Accountants)(?: Limited)?)")
    if m:
        # the firm's name, not the calling after it ('Tsang & Partners CPA, Certified Public Accountants')
        firm = _capitalised_end(re.sub(r",\s*Certified Public Accountants.*$", "", m.group(1), flags=re.IGNORECASE).strip(" ,"))
        out["auditor"] = doc.field(firm if len(firm) >= 3 else m.group(1).strip(" ,"), line)
    elif (signed := _firm_over_calling(lines)) is not None:
        out["auditor"] = doc.field(signed.text.strip(" ,"), signed)
    else:  # '核數師：梁志恆會計師事務所有限公司', or the firm by its calling where it signs
        m, line = find_line(lines, AUDITOR_ZH)
        if m:
            out["auditor"] = doc.field(next(g for g in m.groups() if g), line)
    text = re.sub(r"\s+", " ", doc.text.lower())  # a phrase wraps across lines
    opinion = next((kind for kind, pattern in OPINIONS if re.search(pattern, text)), None)
    if opinion:
        m, line = find_line(lines, r"opinion|意见|意見")
        out["audit_opinion"] = doc.field(opinion, line, 0.8)
    gc = bool(re.search(GOING_CONCERN, text))
    out["going_concern_doubt"] = doc.field(gc, None, 0.7, "derived")
    found = _company(lines)
    if found:
        out["company_name"] = doc.field(*found)
    return out


def _years_as_rows(lines: list[Line]) -> tuple[int, dict[str, float], Line] | None:
    """A summary whose years are rows and whose items are columns ('Year | Revenue | Profit after
    tax | Total equity' over '2025 | 58,320 | …'): the latest year, and each item's figure in its
    row under the item's heading."""
    for i, head in enumerate(lines):
        cells = head.cells()
        # (not a fallback's key, 'profit before tax': the key with a qualifier)
        columns = {key: (c.bbox[0] + c.bbox[2]) / 2 for c in cells for key, patterns in ITEMS.items()
                   if key.split()[0] == key and any(re.search(p, c.text, re.IGNORECASE) for p in patterns)}
        if len(columns) < 2:
            continue
        rows = []
        for line in lines[i + 1:i + 1 + MAX_YEAR_ROWS]:
            first = line.cells()[0]
            m = YEAR_CELL.fullmatch(first.text.strip())
            if line.page is not head.page or not m:
                break
            rows.append((int(m.group(1)), line))
        if not rows:
            continue
        year, row = max(rows, key=lambda r: r[0])
        by_item = {}
        for key, middle in columns.items():
            cell = min(row.cells()[1:], key=lambda c: abs((c.bbox[0] + c.bbox[2]) / 2 - middle), default=None)
            vals = figures(cell.text) if cell is not None else []
            if vals:
                by_item[key] = vals[0]
        return (year, by_item, row) if by_item else None
    return None


MAX_YEAR_ROWS = 10
def _capitalised_end(text: str) -> str:
    """A firm's name where a sentence names it: the words from the last one in small letters on
    ('The financial statements were audited by Ho & Tam CPA Limited')."""
    words = text.split()
    start = len(words)
    while start and (words[start - 1][:1].isupper() or words[start - 1] in ("&", "and", "of")):
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1  # no name begins with 'and'
    return " ".join(words[start:])


def _firm_over_calling(lines: list[Line]) -> Line | None:
    """The firm's name on the line over its calling where the report is signed ('Hui Ming Tak & Co.'
    over 'Certified Public Accountants'): a name, not a sentence."""
    for above, below in zip(lines, lines[1:]):
        if re.fullmatch(r"\s*(?:Certified Public Accountants|執業會計師|执业会计师)(?:\s*\(Practising\))?\s*", below.text, re.I) \
                and above.page.number == below.page.number and re.fullmatch(r"[A-Z][A-Za-z&,.' ()-]{2,60}", above.text.strip()) \
                and not re.search(r"[.;:]\s|\b(?:the|of|and|in|on|we)\b", above.text.strip()):
            return above
    return None


def _company(lines: list[Line]) -> tuple[str, Line] | None:
    """The company the statements are of: named after a cue ('To the members of', '编制单位：'),
    else on a line of its own (the statements' heading), else the first named."""
    rt = RunningText(lines)
    m, line = rt.search(COMPANY_CUE + "(?:" + COMPANY_EN + "|" + COMPANY_ZH + ")", flags=0)
    if m:
        return next(g for g in m.groups() if g).strip(), line
    names = [(m, ln) for ln in lines for m in [re.search(COMPANY_EN + "|" + COMPANY_ZH, ln.text)] if m]
    alone = [(m, ln) for m, ln in names if m.group(0).strip() == ln.text.strip()]
    m, line = (alone or names or [(None, None)])[0]
    if m:
        return (m.group(1) or m.group(2)).strip(), line
    # a business that is no company, named over its form ('HARBOUR & HILL ARCHITECTS' / '(a partnership)')
    # or over its statement's heading ('GOLDEN HARVEST SEAFOOD TRADING' / 'Profit and loss account for the year …')
    formed = next((above for above, below in zip(lines, lines[1:]) if (BUSINESS_FORM.match(below.text) or (
        STATEMENT_HEADING.match(below.text) and above is lines[0])) and above.text.isupper() and len(above.text) > 5), None)
    return (formed.text.strip(), formed) if formed else None


BUSINESS_FORM = re.compile(r"\s*\(\s*an? (?:partnership|sole proprietorship|sole trader|firm)\b", re.IGNORECASE)
STATEMENT_HEADING = re.compile(r"\s*(?:(?:trading\s+and\s+)?profit\s+and\s+loss\s+account|income\s+statement|balance\s+sheet"
                               r"|statement\s+of\s+(?:profit|income|comprehensive|financial\s+position))\b", re.IGNORECASE)
