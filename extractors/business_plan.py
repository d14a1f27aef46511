"""Business plan of a company in business for less than a year (SPEC: funds, capital, turnover
forecast, local jobs). Capital and turnover are read from their declaration (data/fields.yaml),
a forecast's later years counting less (the first year is the one the post is created in);
the count of local jobs a sentence states ('will hire 3 local staff') is read here."""
from __future__ import annotations

import itertools
import re

from pipeline.amounts import HAN_COUNT, parse_amount
from pipeline.model import Field
from pipeline.pairs import TOTAL_ROW

from .base import DocView, Line
from .plan_hires import NUMBER_WORDS, PEOPLE, as_count, local_hires, local_of_whom, whole_team
from .running_text import RunningText

# words after 'local' that are no staff ('3 local suppliers', 'one local bank')
NOT_STAFF = (r"(?:customers?|clients?|suppliers?|markets?|partners?|compan(?:y|ies)|firms?|business(?:es)?|competitors?|standards?|rules?"
             r"|schools?|shops?|branch(?:es)?|offices?|banks?|agents?|distributors?|universit(?:y|ies)|contractors?|vendors?"
             r"|users?|members?|visitors?|subscribers?|readers?|owners?|retailers?|manufacturers?|landlords?|developers?|buyers?"
             r"|restaurants?|plants?|merchants?|tenants?)\b"
             # unless a role follows ('one local shop manager', 'two local office assistants')
             r"(?!\s+(?:managers?|assistants?|supervisors?|staff|keepers?|workers?|clerks?))")
JOBS = (r"(?:local\s+(?:jobs?|staff|employees?|positions?|hires?)(?:\s+to\s+be\s+(?:created|hired))?)"
        r"|(?:local\s+(?:[a-z]+\s+){1,2}(?:workers?|staff|employees?|hires?)\b)"  # 'local care workers', 'local sales staff'
        rf"|(?:local\s+(?!{NOT_STAFF}){PEOPLE})"  # 'Local instructors: 4'
        r"|(?:本地\s*(?:職位|职位|僱員|雇员|員工|员工|就業崗位|就业岗位|崗位|岗位|人手|人員|人员))|(?:(?:jobs?|posts?|positions?)\s+in\s+Hong\s+Kong)"
        r"|(?:(?:jobs?|posts?|positions?|staff|employees?)\s+(?:to\s+be\s+created\s+)?for\s+(?:Hong\s+Kong|HK|local)\s+(?:permanent\s+)?(?:residents|people))"
        r"|(?:Hong\s+Kong\s+(?:permanent\s+)?residents?)|(?:(?:Hong\s+Kong|HK)\s+(?:staff|employees?|hires?))")
# A table's column and its figure on the total row: a hiring table's local staff ('Role | Local | Non-local'
# … 'Total | 6 | 1'), a shareholders' table's capital paid ('Shareholder | Shares | Amount paid (HK$)' … 'Total')
LOCAL_HEADING = re.compile(r"local staff|local|本地員工|本地员工|本地僱員|本地雇员|本地|hong kong residents?", re.IGNORECASE)
LOCAL_TITLE = re.compile(r"\b(?:hong kong|hk|local)\s+(?:staff|headcount|team|hires)|本地員工|本地员工|香港員工|香港员工|本地僱員|本地雇员", re.IGNORECASE)
STAFF_HEADING = re.compile(r"staff|headcount|number of staff|no\. of staff|人數|人数", re.IGNORECASE)
PAID_HEADING = re.compile(r"amount paid|paid[- ]up|capital paid|capital contributed|實繳|实缴|出資額|出资额", re.IGNORECASE)
# A chart of the forecast: the first period's bar, its figure over it ('HK$1.9M' over 'Year 1')
FIRST_PERIOD = re.compile(r"(?:year|yr|y)\s*1|fy\s*1|first year|第一年|首年", re.IGNORECASE)
CHART_FIGURE = re.compile(r"(?:HK\$|HKD|港幣|港币)\s*\d[\d,.]*\s*(?:m|mn|million|k|万|萬)?", re.IGNORECASE)
FORECAST_OF = re.compile(r"turnover|revenue|sales|營業額|营业额|收入", re.IGNORECASE)
# capital stated as its shares, issued or paid ('subscribed for 800,000 shares of HK$1 each, all paid up'), not authorised
_SHARES = r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{1,9})\s+(?:ordinary\s+)?shares\s+(?:of|at)\s+(?:HK\$|HKD)\s*(\d{1,4}(?:\.\d{1,2})?)\s+each"
SHARES_AT_PAR = rf"(?:paid|issued|subscribed)(?:(?!authori[sz]ed)[^.]){{0,60}}?{_SHARES}|{_SHARES}(?=[^.]{{0,40}}?(?:paid|issued))"
# the part of a capital that is paid ('HK$2,000,000, of which HK$1,200,000 has been paid')
PART_PAID = r"of\s+which\s+((?:HK\$|HKD)\s*\d[\d,.]*(?:\s*(?:million|m)\b)?)\s+(?:has|have|had)?\s*(?:been\s+|is\s+|was\s+)?(?:fully\s+)?paid"
# capital paid or put into the company ('have paid HK$500,000 into the company as its paid-up capital')
# ('have put in HK$450,000 as the firm's issued capital')
# ('have contributed HK$1,500,000 in cash for their shares')
# (into the company itself, no word of capital needed: 'The shareholders have injected HK$1,000,000 into the company')
# (by several together: 'have put in HK$2,000,000 between them as share capital')
# (how much of it is paid told between: 'have put up HK$600,000, every dollar of it paid in as share capital')
# (for shares: 'have subscribed HK$2 million in ordinary shares')
PUT_IN = (r"\b(?:paid|put|injected|invested|contributed|subscribed)\s+(?:in\s+|up\s+)?((?:HK\$|HKD)\s*\d[\d,.]*(?:\s*(?:million|m)\b)?)\s*"
          r"(?:,\s*(?:all|every\s+\w+|the\s+whole)\s+of\s+it\s+(?:(?:fully\s+)?paid\s+(?:in|up)\s+)?)?\s*"
          r"(?:(?:between|among)\s+(?:them|us)\s+|together\s+|jointly\s+)?(?:(?:in|into)\s+the\s+(?:company|business)\b|in\s+(?:[a-z]+\s+)?shares\b|(?:as\b|(?:in\s+cash\s+)?for\b)(?=[^.]{0,40}(?:capital|shares\b)))")
# a registered capital stated as paid in full ('注册资本港币100万元，已全部实缴', 'registered capital of HK$1m, fully paid')
# (in another currency, its Hong Kong dollars in brackets: 'RMB 1,000,000 (about HK$1,080,000)')
FULLY_PAID = (r"(?:注册资本|註冊資本|registered\s+capital|authori[sz]ed\s+capital)\D{0,8}?"
              r"(?:(?:RMB|人民幣|人民币|US\$|USD)\s*\d[\d,.]*\s*(?:million|万|萬)?\s*[(（][^)）\d]{0,20})?"
              r"((?:HK\$|HKD|港幣|港币)\s*\d[\d,.]*\s*(?:million|m\b|万|萬)?)"
              r"[^。.;；]{0,12}?(?:已全部實繳|已全部实缴|已全數繳足|已全数缴足|已繳足|已缴足|fully\s+paid)")


def extract(doc: DocView) -> dict[str, Field]:
    lines = doc.lines()
    rt = RunningText(lines)
    out: dict[str, Field] = {}
    words = "|".join(NUMBER_WORDS)
    m, line = rt.search("|".join(_local_counts(words)))
    labelled = not m  # the count after a label of local hires: the roles listed after it are all local
    if not m:
        # not a period's length ('local employees … in the first twelve months?')
        # nor the year the count is for ('Local employees in year 1: 4')
        # nor past the next row's label ('Local staff' / 'Non-local staff  1')
        # nor past the sentence's end, nor a sum ('… Hong Kong residents. The company's equity of HK$1.5 million')
        m, line = rt.search(rf"(?<!non-)(?<!non )(?:{JOBS})(?:(?!non-?\s?local|非本地|\.\s+[A-Z])(?:\byears?\s*\d\b|\byears?\s+(?:{words})\b|第\s*\d|\D)){{0,30}}?"
                            rf"(?<![$])(?<!year )(?<!year)(\d{{1,4}}|{words}|{HAN_COUNT}(?=\s*[名人個个位]))(?:\b|(?<=\d)(?!\d)|(?=\s*[名人個个位]))"
                            rf"(?!\s*(?:months?|years?|weeks?|days?|個月|个月|年))")  # '岗位5个': no \b before Han; '本地人手八名'
    jobs_line = line  # (the sums' searches below take `line` for their own)
    if not m and (hired := _from_local_market(rt.text, words)):
        out["local_jobs"] = doc.field(hired[0], rt.owners[hired[1]])
    if not m and "local_jobs" not in out:
        found = _column_total(lines, LOCAL_HEADING) or _local_table_total(lines)
        if found and found[0].text.isdigit():
            out["local_jobs"] = doc.field(int(found[0].text), found[1], words=[found[0]])
        listed = None if found else _listed(lines) or _marked_local(lines) or _bracket_marked(lines)
        if listed:
            out["local_jobs"] = doc.field(listed[0], listed[1])
    charted = _first_bar(lines)
    if charted:
        out["projected_turnover_hkd"] = doc.field(charted[0], charted[1], words=[charted[2]])
    paid = _column_total(lines, PAID_HEADING)
    if paid:
        out["capital_hkd"] = doc.field(float(paid[0].text.replace(",", "")), paid[1], words=[paid[0]])
    part, line = rt.search(PART_PAID)
    if part and "capital_hkd" not in out:
        out["capital_hkd"] = doc.field(parse_amount(part.group(1)), line)
    paid_in_full, line = rt.search(FULLY_PAID)
    if paid_in_full and "capital_hkd" not in out:
        out["capital_hkd"] = doc.field(parse_amount(paid_in_full.group(1)), line)
    put_in, line = rt.search(PUT_IN)
    if put_in and "capital_hkd" not in out:
        # each of several put in the sum ('The three of us have each put in HK$250,000'): all of them together
        each = re.search(rf"\b({'|'.join(NUMBER_WORDS)}|\d)\s+(?:of\s+us|founders|shareholders|partners|owners|directors)\b[^.]{{0,20}}?\beach\s*$",
                         rt.text[max(0, put_in.start() - 60):put_in.start()], re.IGNORECASE)
        out["capital_hkd"] = doc.field(parse_amount(put_in.group(1)) * (as_count(each.group(1)) if each else 1), line)
    shares, line = rt.search(SHARES_AT_PAR)
    if shares and "capital_hkd" not in out:
        count, par = [g for g in shares.groups() if g]
        out["capital_hkd"] = doc.field(float(count.replace(",", "")) * float(par), line)
    if m:
        count = as_count(next(g for g in m.groups() if g))
        # and more of them by another role ('two local baristas and one local shop manager')
        # (after a label of local hires, their roles need not say local: 'Local employees: 3 surveyors and 1 administrator')
        role, local = (r"\s*[a-z]*", r"(?:local\s+)?") if labelled else ("", r"local\s+")
        more = re.match(rf"{role}\s*(?:,\s*)?and\s+(\d{{1,4}}|{words})\s+(?:(?:more|full-time|part-time)\s+)?{local}(?!non)(?!{NOT_STAFF})[a-z]",
                        rt.text[m.end():], re.IGNORECASE)
        if more:
            count += as_count(more.group(1))
        milestones = _milestone_hires(lines, words)
        if milestones and any(row is jobs_line for row in milestones[1]):  # hires on a milestone's row: the first year's rows summed
            count = milestones[0]
        total = whole_team(rt.text)
        if total and total[1] > m.end():  # newcomers first, the whole team later in the year ('a team of 5 in Hong Kong')
            count, jobs_line = total[0], rt.owners[total[1]]
        out["local_jobs"] = doc.field(count, jobs_line)
    if "local_jobs" not in out and (counted := local_hires(rt.text)):
        out["local_jobs"] = doc.field(counted[0], rt.owners[counted[1]])
    if (part := local_of_whom(rt.text)) is not None:  # 'a team of nine, seven of whom will be Hong Kong residents'
        out["local_jobs"] = doc.field(part[0], rt.owners[part[1]])
    return out


# A milestone's row by its month or quarter ('Month 6 - … hire 2 local sales staff'), its hires by a hiring verb
MILESTONE = re.compile(r"\s*(?:month|m)\s*(\d{1,2})\b|\s*(?:q|quarter)\s*([1-4])\b(?!\s*(?:19|20)\d\d)", re.IGNORECASE)
FIRST_YEAR_MONTHS = 12


def _milestone_hires(lines: list[Line], words: str) -> tuple[int, list[Line]] | None:
    """(local hires, rows) of a list of milestones in the first year, each row hiring a few local staff."""
    hire = re.compile(rf"\b(?:hire|recruit|employ|take\s+on)\s+(\d{{1,3}}|{words})\s+(?:(?:more|new|full-time)\s+)?local\b", re.IGNORECASE)
    total, rows = 0, []
    for ln in lines:
        mark, hired = MILESTONE.match(ln.text), hire.search(ln.text)
        if mark and hired and (mark.group(2) or int(mark.group(1)) <= FIRST_YEAR_MONTHS):
            total, rows = total + as_count(hired.group(1)), rows + [ln]
    return (total, rows) if len(rows) >= 2 else None


def _local_counts(words: str) -> list[str]:
    """The ways a plan counts its local hires before naming them, each a pattern whose one group is the count: the
    number before the jobs ('hire four local staff in year one'); after their label ('本地員工人數 3') is read apart."""
    return [
        # 'four local staff', 'two of them Hong Kong residents', 'a team of five, four of them …', 'two new jobs in Hong Kong'
        rf"(?<![\d,.])\b(\d{{1,4}}|{words})(?:\s*\(\d{{1,4}}\))?(?:\s+of\s+(?:them|whom)(?:\s+(?:are|being))?)?\s+"
        rf"(?:(?:new|additional|full-time|full\s+time|permanent)\s+)*(?:{JOBS})",
        # 'two (2) local paralegals': staff named by their role only where the count is repeated in figures
        rf"(?<![\d,.])\b({words})\s*\(\d{{1,4}}\)\s+local\s+(?!{NOT_STAFF})[a-z]+s\b",
        rf"(?<![\d,.])(\d{{1,4}}|{HAN_COUNT})\s*(?:名|個|个|位)\s*(?:香港)?(?:{JOBS})",  # '三名本地員工', '4名香港本地员工'
        # 'I will take on one local assistant': a count of local people a hiring verb takes on, by their role
        rf"\b(?:take\s+on|hire|employ|recruit|engage)\s+(\d{{1,4}}|{words})\s+(?:(?:full-time|part-time|new)\s+)?local\s+(?!{NOT_STAFF})[a-z]+\b",
        # 'Four local technicians will be hired in the first year': local people by role, to be hired
        rf"(?<![\d,.])\b(\d{{1,4}}|{words})\s+local\s+(?!{NOT_STAFF})[a-z]+\s+(?:will|are\s+to|to)\s+be\s+(?:hired|employed|recruited|engaged)",
        # 'three local sales engineers and one local service technician hired' (a milestone's)
        rf"(?<![\d,.])\b(\d{{1,4}}|{words})\s+local\s+(?!{NOT_STAFF})[a-z]+(?:\s+(?!and\b)[a-z]+){{0,2}}"
        rf"(?=[^.;\n]{{0,60}}\b(?:hired|recruited|employed|engaged)\b)",
        # '3 local bakers', 'four local physiotherapy assistants': a count of local people by their work
        rf"(?<![\d,.])\b(\d{{1,4}}|{words})\s+local\s+(?!{NOT_STAFF})(?:[a-z]+\s+)?{PEOPLE}",
        # 'seven staff, all of them Hong Kong residents': a count every one of which is local
        # ('six roles, all to be filled by Hong Kong residents')
        rf"(?<![\d,.])\b(\d{{1,4}}|{words})\s+(?:staff|employees|people|persons|workers|roles|posts|positions|jobs)\s*,?\s*all\s+"
        rf"(?:of\s+(?:them|whom)\s+)?(?:are\s+|being\s+|(?:to\s+be\s+)?filled\s+by\s+)?(?:{JOBS}|local\b)",
        # 'Three, all Hong Kong permanent residents' (an answer to how many local people; not a year's '2027, all …')
        rf"(?<![\d,.])\b(\d{{1,2}}|{words})\s*,\s*all\s+(?:of\s+(?:them|whom)\s+)?(?:are\s+|being\s+)?(?:{JOBS}|local\b)",
        r"(?<![\d,.])\b(\d{1,4})\s*[(（]\s*(?:local|本地)\s*[)）]",  # 'Manpower: 3 (local) + 1 (expatriate)'
        r"(?:headcount|manpower|staff)[^.\n]{0,30}?(?<![\d,.])\b(\d{1,4})\s+local\b(?!\s+(?:currency|market|time|customers|clients))",
    ]


# hires from the local market, their roles listed ('recruit two sound editors and one coordinator from the local market')
FROM_LOCAL_MARKET = r"\b(?:recruit|hire|employ|take\s+on)\s+((?:(?:\d{1,3}|%s)\s+[a-z]+(?:\s+[a-z]+)?(?:\s*,\s*|\s+and\s+)?)+?)\s+(?:from\s+the\s+local\s+(?:job\s+|labour\s+)?market|locally)\b"


# roles listed one by one, each with its article, then said to be local ('hire an editor and a designer, both Hong Kong residents')
ROLES_ALL_LOCAL = (rf"\b(?:hire|employ|recruit|take\s+on)\s+((?:an?\s+[a-z]+(?:\s+[a-z]+)?(?:\s*,\s*|\s+and\s+)?){{2,6}}?)\s*,?\s*"
                   rf"(?:both|all)\s+(?:of\s+(?:them|whom)\s+)?(?:{JOBS}|local\b)")


def _from_local_market(text: str, words: str) -> tuple[int, int] | None:
    """(hires, offset) of the roles a plan recruits from the local market, their counts summed."""
    m = re.search(FROM_LOCAL_MARKET % words, text, re.IGNORECASE)
    counts = re.findall(rf"(?<![\w])(\d{{1,3}}|{words})\s+[a-z]", m.group(1), re.IGNORECASE) if m else []
    total = sum(as_count(c) for c in counts)
    if not total and (listed := re.search(ROLES_ALL_LOCAL, text, re.IGNORECASE)):
        return len(re.findall(r"\ban?\s", listed.group(1), re.IGNORECASE)), listed.start()
    return (total, m.start()) if m and total else None


LIST_ITEM = re.compile(r"\s*(?:\(?[a-z]\)|\(?\d{1,2}[.)]|[•·▪●*]|[-–])\s+\S")


def _listed(lines: list[Line]) -> tuple[int, Line] | None:
    """(count, heading) of the posts listed one a line under a heading of local hires with no
    count of its own ('Local hires in the first year' over '(a) Sales manager', '(b) …')."""
    for k, line in enumerate(lines):
        heading = re.sub(r"^\s*\d{1,2}[.)]\s*", "", line.text)
        if not re.search(JOBS, heading, re.IGNORECASE) or re.search(r"\d", heading) or len(heading) > HEADING_LENGTH:
            continue
        items = list(itertools.takewhile(lambda ln: ln.page is line.page and LIST_ITEM.match(ln.text), lines[k + 1:]))
        if items:
            return len(items), line
    return None


HEADING_LENGTH = 60  # characters: a heading, not a sentence that names local staff
# A hiring table that marks each row's place ('Position | Number | Local / Non-local'), with no total
COUNT_HEADING = re.compile(r"number|no\.?|headcount|count|人數|人数|數目|数目", re.IGNORECASE)
PLACE_HEADING = re.compile(r"local\s*(?:/|or)\s*non-?\s?local|本地\s*/\s*非本地|based\s+in|location|work\s+location|place\s+of\s+work"
                           r"|工作地點|工作地点|所在地", re.IGNORECASE)
LOCAL_MARK = re.compile(r"local|本地|hong\s+kong|香港", re.IGNORECASE)


def _marked_local(lines: list[Line]) -> tuple[int, Line] | None:
    """(count, heading row) of a hiring table's rows marked local, their numbers summed."""
    for k, line in enumerate(lines):
        count, place = _heading_span(line.words, COUNT_HEADING), _heading_span(line.words, PLACE_HEADING)
        if count is None or place is None or count[0] > place[0]:
            continue
        total, marked = 0, 0
        for row in lines[k + 1:k + 20]:
            figures = [w.text for w in row.words if count[0] - 30 <= w.bbox[0] < place[0] - 10 and re.fullmatch(r"\d{1,3}", w.text)]
            mark = " ".join(w.text for w in row.words if w.bbox[0] >= place[0] - 30)
            if row.page is not line.page or len(figures) != 1 or not mark:
                break
            if LOCAL_MARK.search(mark) and not re.search(r"non|非", mark, re.IGNORECASE):
                total, marked = total + int(figures[0]), marked + 1
        if marked:
            return total, line
    return None


PLACE_IN_BRACKETS = re.compile(r".*\S\s*[(（]\s*([^()（）]{1,20}?)\s*[)）]\s*")  # 'Sales manager (HK)'
NOT_LOCAL_MARK = re.compile(r"non|mainland|overseas|expat|abroad|prc|china|內地|内地|非本地|海外", re.IGNORECASE)
BRACKET_LOCAL = re.compile(rf"\bhk\b|{LOCAL_MARK.pattern}", re.IGNORECASE)


def _bracket_marked(lines: list[Line]) -> tuple[int, Line] | None:
    """(count, first row) of a team listed one role a line, each with its place in brackets
    ('Security analyst (HK)', 'Head of operations (Mainland)'): the rows marked local. A list of
    such rows only, where some are marked elsewhere (a place, not a note on every row)."""
    k = 0
    while k < len(lines):
        rows = list(itertools.takewhile(lambda ln: ln.page is lines[k].page and PLACE_IN_BRACKETS.fullmatch(ln.text), lines[k:]))
        marks = [PLACE_IN_BRACKETS.fullmatch(ln.text).group(1) for ln in rows]  # type: ignore[union-attr]
        local = [m for m in marks if BRACKET_LOCAL.search(m) and not NOT_LOCAL_MARK.search(m)]
        if len(rows) >= 2 and local and any(NOT_LOCAL_MARK.search(m) for m in marks) \
                and all(BRACKET_LOCAL.search(m) or NOT_LOCAL_MARK.search(m) for m in marks):
            return len(local), rows[0]
        k += max(len(rows), 1)
    return None


def _column_total(lines: list[Line], heading: re.Pattern):
    """(word, line) of the figure under a table's column whose heading matches, on its total row."""
    for k, line in enumerate(lines):
        span = _heading_span(line.words, heading)
        if span is None or len(line.words) < 2:
            continue
        for row in lines[k + 1:k + 12]:
            if row.page is not line.page or not TOTAL_ROW.fullmatch(row.words[0].text):
                continue
            under = [w for w in row.words[1:] if w.bbox[0] < span[1] and w.bbox[2] > span[0]]
            return (under[0], row) if len(under) == 1 and re.fullmatch(r"\d[\d,]*", under[0].text) else None
    return None


def _local_table_total(lines: list[Line]):
    """A table of staff (by function, by team) under a title that says they are Hong Kong's: its
    column's total ('Hong Kong staff plan' over 'Function | Staff' … 'Total | 6')."""
    for k, line in enumerate(lines):
        if LOCAL_TITLE.search(line.text):
            heading = next((j for j in range(k + 1, min(k + 3, len(lines))) if _heading_span(lines[j].words, STAFF_HEADING)), None)
            if heading is not None:
                return _column_total(lines[heading:heading + 13], STAFF_HEADING)
    return None


def _heading_span(words: list, heading: re.Pattern) -> tuple[int, int] | None:
    """The x-span of the words a column heading is made of (Han read a character a word), where a
    line holds it."""
    for i in range(len(words)):
        spaced = packed = ""
        for j in range(i, min(i + 8, len(words))):
            spaced, packed = f"{spaced} {words[j].text}".strip(), packed + words[j].text
            if heading.fullmatch(spaced) or heading.fullmatch(packed):
                return words[i].bbox[0], words[j].bbox[2]
    return None


CHART_ROW_WORDS = 10  # a chart's row of period names or of figures over its bars, not a sentence


def _first_bar(lines: list[Line]):
    """(amount, line, word) of the figure over a chart's first period, under a heading of turnover."""
    for k, line in enumerate(lines):
        texts = [w.text for w in line.words]
        at = next((i for i in range(len(texts)) if FIRST_PERIOD.fullmatch(" ".join(texts[i:i + 2])) or FIRST_PERIOD.fullmatch(texts[i])), None)
        if at is None or not any(FORECAST_OF.search(ln.text) for ln in lines[max(0, k - 6):k]) or len(texts) > CHART_ROW_WORDS:
            continue  # (a sentence that names the first year is no chart's axis)
        x0, x1 = line.words[at].bbox[0], line.words[min(at + 1, len(texts) - 1)].bbox[2]
        above = [(ln, w) for ln in lines[max(0, k - 6):k] if ln.page is line.page and len(ln.words) <= CHART_ROW_WORDS for w in ln.words
                 if CHART_FIGURE.fullmatch(w.text) and w.bbox[0] < x1 and w.bbox[2] > x0]
        # figures over a chart's bars stand on rows of figures (not a row of labels and their values)
        bars = sum(bool(CHART_FIGURE.fullmatch(x.text)) for x in above[-1][0].words) if above else 0
        if bars and 2 * bars >= len(above[-1][0].words):
            ln, w = above[-1]
            amount = parse_amount(w.text)
            return (amount, ln, w) if amount else None
    return None
