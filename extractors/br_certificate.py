"""HK Business Registration certificate, bilingual, or its paid renewal demand note. What is
its own: the certificate number's structure, the business name and address by their form where
no label is found. The nature of business and the dates are read by layout from their
declarations (data/fields.yaml)."""
from __future__ import annotations

import re

from pipeline.model import Field
from pipeline.text import spaced_address

from .base import COMPANY_ZH, DocView, after_label, find_line
from .running_text import RunningText


def extract(doc: DocView) -> dict[str, Field]:
    lines = doc.lines()
    out: dict[str, Field] = {}
    m, line = find_line(lines, r"(\d{8})\s*-\s*(\d{3})\s*-\s*(\d{2})\s*-\s*(\d{2})\s*-\s*([0-9A-Z])")
    if m:
        out["certificate_number"] = doc.field("-".join(m.groups()), line)
        out["br_number"] = doc.field(m.group(1), line)
    else:
        v, line = after_label(lines, [r"business registration (?:no|number)", r"登記證號碼", r"商業登記號碼", r"certificate no"],
                              r"\d{8}")
        if v:
            out["br_number"] = doc.field(v, line)
    rt = RunningText(lines)
    company = r"([A-Z][A-Za-z0-9&.'-]*(?: (?:\(Hong Kong\)|\(HK\)|\(H\.K\.\)|[A-Z][A-Za-z0-9&.'-]*|&|and|of))*? (?:Company Limited|Limited|LIMITED|Ltd\.?|Company))"
    m, line = rt.search(r"(?i:name of business).{0,40}?" + company, flags=0)
    if not m:
        m, line = rt.search(company, flags=0)
    if m:
        out["business_name"] = doc.field(m.group(1).strip(), line)
    m, line = find_line(lines, COMPANY_ZH)
    if m:
        out["business_name_zh"] = doc.field(m.group(1), line)
    m, line = rt.search(r"((?:(?:Room|Flat|Unit|Suite|Shop|Workshop)\s*[0-9A-Z]+|\d+/F)\b.{3,120}?(?:Hong Kong|Kowloon|New Territories|H\.K\.))", flags=0)
    if m:
        out["address"] = doc.field(spaced_address(m.group(1)), line)
    kind = "demand_note" if re.search(r"demand note|繳款通知", doc.text, re.IGNORECASE) else "certificate"
    out["layout"] = doc.field(kind, None, 0.8, "derived")
    return out
