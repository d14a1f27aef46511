"""Employment contract or letter of appointment, English or Chinese. Pay must come from the
clause that states it, with its period (month or year), not from a number nearby."""
from __future__ import annotations

import re

from pipeline.amounts import CAPITAL_NUMERALS, EN_AMOUNT, numeral_amount, parse_amount, parse_english_amount
from pipeline.model import Field
from pipeline.names import is_pinyin
from pipeline.text import HAN, HAN_RANGE

from .base import DATE_RX, DocView, Line, after_label, line_with, parse_date, reread_after_label
from .clauses import clauses
from .pay_terms import pay_items
from .running_text import in_columns

MONEY = (r"(?:港幣|港币)?\s*\d{1,3}(?:\.\d{3})+\s*[元圆圓]"  # 12.000元: a comma read as a dot (see parse_amount)
         # HK$46.500 (a comma written or read as a dot, see parse_amount) before HK$46.50
         r"|(?:HK\$|HKD|港幣|港币|港元|\$|(?i:Hong Kong dollars|HK dollars))\s*(?:\d{1,3}(?:\.\d{3})+(?![\d.])|[\d,]+(?:\.\d{1,2})?)(?:\s*(?:million|k))?"
         r"|[\d,]{4,}(?:\.\d{1,2})?\s*(?:港元|元|(?i:Hong Kong dollars|HK dollars|HKD))"
         r"|" + numeral_amount(CAPITAL_NUMERALS) + r"|(?i:(?:Hong Kong |HK )?Dollars\s+" + EN_AMOUNT + ")"
         # ordinary numerals, only after the currency: 港幣三萬六千元
         r"|(?:港幣|港币|港元)\s*" + numeral_amount("零〇一二两兩三四五六七八九十百千万萬"))


def _money_in(clause: str) -> tuple[float, str] | None:
    m = re.search(MONEY, clause)
    if not m:
        return None
    raw = m.group(0)
    value = parse_amount(raw) if re.search(rf"\d|[{HAN_RANGE}]", raw) else parse_english_amount(raw)
    return (value, raw.strip()) if value is not None else None  # 'HKD 0.00': a sum stated as nothing


def _bound(cls, term: str):
    """The first clause stating an amount for `term` (SALARY, HOUSING): (monthly, text, lines)."""
    for text, lines in cls:
        for item in pay_items(text, MONEY):
            if item.term == term and item.none_stated:
                return 0.0, item.term.lower(), lines
            if item.term != term or item.amount is None or item.discretionary:
                continue
            found = _money_in(item.amount)
            if found:
                value, raw = found
                return round(value / 12 if item.period == "year" else value, 2), raw, lines
    return None


def _fixed_allowances(cls) -> tuple[float, list] | None:
    """(monthly sum, lines) of the fixed allowances besides housing (transport, meals...), each
    counted once."""
    seen: dict[str, tuple[float, list]] = {}
    for text, lines in cls:
        for item in pay_items(text, MONEY):
            found = _money_in(item.amount) if item.term == "ALLOWANCE" and item.amount and not item.discretionary else None
            if found and found[1] not in seen:
                seen[found[1]] = (found[0] / 12 if item.period == "year" else found[0], lines)
    if not seen:
        return None
    return round(sum(v for v, _ in seen.values()), 2), next(iter(seen.values()))[1]


def _guaranteed_bonus(cls, sal):
    """(yearly amount, line): a guaranteed 13th month / double pay; without a figure of its
    own it is one month's salary."""
    for text, lines in cls:
        for item in pay_items(text, MONEY):
            if item.term != "BONUS" or item.discretionary:
                continue
            if item.none_stated:  # 'Guaranteed bonus  None': no month's salary to assume
                return 0.0, lines[0]
            found = _money_in(item.amount) if item.amount else None
            if found and sal and abs(found[0] - sal[0]) > 1 and found[0] < 10 * sal[0] * 12:
                return found[0], line_with(lines, found[1])
            if sal:
                return sal[0], lines[0]
            return None
    return None


def _in_column_currency(lines: list[Line]) -> list[Line]:
    """Rows of a table whose column heading states the currency ('Item | Amount (HK$) | Paid'): a bare
    figure in that column read as a sum in it ('180,000' as 'HK$180,000')."""
    out, column = [], None
    for line in lines:
        cells = line.cells()
        heading = next((c for c in cells if CURRENCY_HEADING.search(c.text) and not re.search(r"\d", c.text)), None)
        if len(cells) >= 2 and heading is not None:
            column = (line.page, heading.bbox[0], heading.bbox[2])
        elif column and column[0] is line.page and len(cells) >= 2:
            for c in cells:
                if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", c.text) and c.bbox[0] < column[2] and c.bbox[2] > column[1]:
                    line = Line(line.text.replace(c.text, "HK$" + c.text, 1), line.words, line.page)
        out.append(line)
    return out


OFFER_HEADING = re.compile(r"\s*(?:offer|letter) of (?:employment|appointment)\s*[:：\-–—]\s*([A-Z][^.;:]{2,60})$", re.IGNORECASE)
CURRENCY_HEADING = re.compile(r"HK\$|HKD|港元|港幣|港币")


def extract(doc: DocView) -> dict[str, Field]:
    lines = _in_column_currency(doc.lines())
    cls = clauses(lines)
    out: dict[str, Field] = {}
    sal = _bound(cls, "SALARY")
    if sal is None:  # a contract set in two columns, each column's clauses whole (a table of terms reads by rows)
        cls = clauses(in_columns(lines))
        sal = _bound(cls, "SALARY")
    if sal:
        out["monthly_salary_hkd"] = doc.field(sal[0], line_with(sal[2], sal[1]))
    housing = _bound(cls, "HOUSING")
    if housing:
        out["housing_allowance_hkd"] = doc.field(housing[0], line_with(housing[2], housing[1]))
    bonus = _guaranteed_bonus(cls, sal)
    if bonus:
        out["guaranteed_bonus_hkd"] = doc.field(round(bonus[0], 2), bonus[1])
    allowances = _fixed_allowances(cls)
    if allowances:
        out["other_allowances_hkd"] = doc.field(allowances[0], allowances[1][0])

    # an offer letter's heading names the post it offers ('Offer of employment: Senior Scientist, Cell Therapy');
    # the words in a sentence do not ('This offer of employment is subject to …')
    headed = next((m for ln in lines for m in [OFFER_HEADING.match(ln.text)] if m), None)
    if headed:
        out["position"] = doc.field(headed.group(1).strip(), next(ln for ln in lines if OFFER_HEADING.match(ln.text)))
    v, line = after_label(lines, [r"commencement date", r"start date", r"commence(?:ment)? on", r"with effect from",
                                  r"starting (?:from|on)", r"起始日期", r"生效日期", r"入职日期", r"開始日期", r"自"],
                          DATE_RX, next_lines=1)
    if v and parse_date(v):
        out["start_date"] = doc.field(parse_date(v), line)
    elif re.search(r"(?:开始|開始|起始|入职)日期", doc.text):
        # eng among the models reads 年 and 月 as digits ('20264412578'): the date again in Chinese.
        found = reread_after_label(doc, r"(?:开始|開始|起始|入职)日期", r"日期", "chi_sim", DATE_RX)
        if found and parse_date(found.value):
            found.value = parse_date(found.value)
            out["start_date"] = found
    return out


def mended(doc: DocView, out: dict[str, Field]) -> dict[str, Field]:
    """What every reader's parties may need on a scanned contract: a stray mark read as a
    character before a Han employer's name (人金灣貿易) that the signature block prints without
    it, and a Chinese employee's name read as Latin junk ('AX' for 田文), read again in Chinese."""
    name = out.get("employer_name")
    if name and isinstance(name.value, str) and not name.value.isascii():
        rest = doc.text.replace(name.value, "", 1)
        if name.value[1:] in rest and name.value not in rest:
            name.value = name.value[1:]
    employee = out.get("employee_name")
    junk = employee is not None and isinstance(employee.value, str) and employee.value.isascii() and not is_pinyin(employee.value.upper())
    if (employee is None or junk) and doc.pages and doc.pages[0].source == "ocr":
        found = reread_after_label(doc, r"(?:乙方|僱員|雇员)[^:：]{0,6}[:：]", r"[:：]", "chi_sim+chi_tra", rf"{HAN}{{2,4}}")
        if found:
            out["employee_name"] = found
    return out


def with_package(out: dict[str, Field]) -> dict[str, Field]:
    """The annual package from the pay read by every reader: twelve months of salary, housing
    allowance and the other fixed allowances, and the guaranteed bonus (facts §8)."""
    sal = out.get("monthly_salary_hkd")
    if sal is None or not isinstance(sal.value, (int, float)):
        return out
    monthly = [out.get(k) for k in ("housing_allowance_hkd", "other_allowances_hkd")]
    bonus = out.get("guaranteed_bonus_hkd")
    package = 12 * (sal.value + sum(f.value for f in monthly if f and isinstance(f.value, (int, float)))) + (bonus.value if bonus else 0)
    field = sal.model_copy(update={"value": round(package, 2), "confidence": min(sal.confidence, 0.9), "source": "derived",
                                   "readings": []})
    return out | {"annual_package_hkd": field}
