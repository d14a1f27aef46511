"""HK Business Registration certificate, bilingual, or its paid renewal demand note. What is
its own: the certificate number's structure, the business name and address by their form where
no label is found. The nature of business is read by layout from its declaration
(data/fields.yaml), and so are the dates where the page states them in rows."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from pipeline.classify import load_rules
from pipeline.model import Field
from pipeline.text import HAN_RANGE, compact, simplified, spaced_address

from .base import COMPANY_ZH, DATE_RX, DocView, after_label, find_line, parse_date
from .declarations import declared_labels
from .prose import has_han
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
    # (never the certificate number's last letter before it: '…-10-26-A TIDEMARK … LIMITED')
    company = r"((?<![\w-])[A-Z][A-Za-z0-9&.'-]*(?: (?:\(Hong Kong\)|\(HK\)|\(H\.K\.\)|[A-Z][A-Za-z0-9&.'-]*|&|and|of))*? (?:Company Limited|Limited|LIMITED|Ltd\.?|Company))"
    m, line = rt.search(r"(?i:name of business|business name).{0,40}?" + company, flags=0)
    if not m:
        m, line = rt.search(company, flags=0)
    if m:
        out["business_name"] = doc.field(_without_title(m.group(1).strip()), line)
    m, line = find_line(lines, COMPANY_ZH)
    if m:
        out["business_name_zh"] = doc.field(_without_label(m.group(1)), line)
    if "business_name" not in out and not re.search(r"\b(?:limited|ltd|company|corporation)\b", doc.text, re.IGNORECASE):
        if "business_name_zh" not in out:  # a shop's Chinese name with no company's ending ('業務名稱 Name of Business：福安茶餐廳')
            labels = [re.escape(lb) for lb in declared_labels("br_certificate", "business_name") if len(lb) > 4 or not lb.isascii()]
            v, line = after_label(lines, labels, rf"^[{HAN_RANGE}]{{2,20}}", next_lines=0)
            if v:
                out["business_name_zh"] = doc.field(v, line)
        if "business_name_zh" in out:
            out["business_name"] = out["business_name_zh"]  # a business registered by its Chinese name only
    m, line = rt.search(r"((?:(?:Room|Flat|Unit|Suite|Shop|Workshop)\s*[0-9A-Z]+|\d+/F)\b.{3,120}?(?:Hong Kong|Kowloon|New Territories|H\.K\.))", flags=0)
    if m:
        out["address"] = doc.field(spaced_address(m.group(1)), line)
    # By the label's line or the next; the declared reading by layout stands over these where
    # the page states the date in a row of its own (data/fields.yaml: stated_first).
    for key, labels in (("commencement_date", [r"date of commencement", r"commencement date", r"生效日期", r"開業日期", r"开业日期"]),
                        ("expiry_date", [r"date of expiry", r"expiry date", r"屆滿日期", r"届满日期", r"valid until", r"有效期至"])):
        v, line = after_label(lines, labels, DATE_RX)
        if v and parse_date(v):
            out[key] = doc.field(parse_date(v), line)
    kind = "demand_note" if re.search(r"demand note|繳款通知", doc.text, re.IGNORECASE) else "certificate"
    out["layout"] = doc.field(kind, None, 0.8, "derived")
    return out


def _without_label(name: str) -> str:
    """A Chinese business name set after its label with no mark between ('業務名稱 嘉峰…有限公司'),
    the label perhaps misread by a character (業務名構)."""
    name = name.lstrip(")）:： ")
    labels = sorted((lb for lb in declared_labels("br_certificate", "business_name") if has_han(lb)), key=len, reverse=True)
    label = next((lb for lb in labels if len(name) - len(lb) >= 4 and
                  (name.startswith(lb) or (len(lb) >= 4 and fuzz.ratio(simplified(name[:len(lb)]), simplified(lb)) >= 75))), "")
    if not label:  # a label of our labels' last word ('商號名稱' ends as '業務名稱' does) opening the run
        tails = {lb[-2:] for lb in labels if len(lb) >= 4}
        label = next((name[:i + 2] for i in range(1, 5) if name[i:i + 2] in tails and len(name) - i - 2 >= 4), "")
    return name[len(label):].lstrip(":： ")


def _without_title(name: str) -> str:
    """A name in capitals under the certificate's title in capitals, the two run together ('BUSINESS REGISTRATION
    CERTIFICATE MOONRIVER … LIMITED'): the name from past the title."""
    words, titles = name.split(), load_rules()["types"]["br_certificate"]["titles"]
    cut = next((k for k in range(len(words) - 2, 0, -1) if simplified(compact("".join(words[:k]))) in titles), 0)
    return " ".join(words[cut:])
