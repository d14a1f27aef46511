"""Business plan of a company in business for less than a year (SPEC: funds, capital, turnover
forecast, local jobs). The figures are read from the sentence or table row that names them;
for a forecast over several years the first year's figure is kept, as that is the year the
applicant's post is created in."""
from __future__ import annotations

import re

from pipeline.amounts import parse_amount
from pipeline.model import Field

from .base import DocView
from .running_text import RunningText

AMOUNT = r"(?:HK\$|HKD|港幣|港币|\$)\s*[\d,]+(?:\.\d{1,2})?(?:\s*(?:million|m\b))?|[\d,]{4,}(?:\.\d{1,2})?\s*(?:港元|元)"
CAPITAL = r"(?:paid[- ]up|issued|registered|start[- ]up)\s+(?:share\s+)?capital|capital injected|(?:注冊|註冊|注册|實收|实收|繳足|缴足)\s*(?:股本|資本|资本)"
TURNOVER = r"(?:projected|forecast|expected|estimated)\s+(?:annual\s+)?(?:turnover|revenue|sales)|(?:預計|预计|預測|预测)\s*(?:營業額|营业额|收入)"
JOBS = (r"(?:local\s+(?:jobs?|staff|employees?|positions?)(?:\s+to\s+be\s+(?:created|hired))?)|(?:本地\s*(?:職位|职位|僱員|雇员|員工|员工))")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def _amount(text: str) -> float | None:
    m = re.search(AMOUNT, text, flags=re.IGNORECASE)
    if not m:
        return None
    return parse_amount(m.group(0))


def extract(doc: DocView) -> dict[str, Field]:
    rt = RunningText(doc.lines())
    out: dict[str, Field] = {}
    for key, label in (("capital_hkd", CAPITAL), ("projected_turnover_hkd", TURNOVER)):
        m, line = rt.search(rf"(?:{label})\D{{0,30}}?(?:year\s*1\W{{0,3}}|第一年\W{{0,3}})?({AMOUNT})")
        if m:
            value = _amount(m.group(1))
            if value:
                out[key] = doc.field(round(value, 2), line)
    m, line = rt.search(rf"(?:{JOBS})\D{{0,30}}?(\d{{1,4}}|{'|'.join(NUMBER_WORDS)})\b|(?<![\d,.])(\d{{1,4}})\s+(?:new\s+)?(?:{JOBS})")
    if m:
        raw = (m.group(1) or m.group(2)).lower()
        out["local_jobs"] = doc.field(int(raw) if raw.isdigit() else NUMBER_WORDS[raw], line)
    return out
