"""Integrity signals: they send a case to review, never reject it on their own."""
from __future__ import annotations

import re
from datetime import date

from pipeline.fingerprint import hamming, jaccard
from pipeline.reference import load

from ..facts import MARKS, CaseFacts
from . import result, rule


@rule("integrity.specimen_marks", None)
def specimen_marks(f: CaseFacts):
    hits = []
    for d in f.documents:
        for fld in d.fields.values():
            if isinstance(fld.value, str) and re.search(MARKS, fld.value):
                hits.append({"document": d.id, "file": d.file, "page": fld.page, "value": fld.value})
    hits += [{"document": d["document"], "file": d["file"], "page": d["page"], "value": d["text"]}
             for d in f.marks]
    if hits:
        return result("review", "SPECIMEN / SAMPLE / 样本 marks found", *hits)
    return result("pass", "no specimen or sample marks")


@rule("integrity.edited_pdf", None)
def edited_pdf(f: CaseFacts):
    th = load("thresholds")
    pdfs = [x for x in f.files if x.get("pdf")]
    if not pdfs:
        return result("not_applicable", "no PDF in the case")
    hits = []
    for x in pdfs:
        t, why = x["pdf"], []
        if t.get("incremental_updates"):
            why.append(f"{t['incremental_updates']} incremental update(s) appended after it was made")
        programs = [t[k] for k in ("creator", "producer") if t.get(k)]
        editor = next((prog for prog in programs for e in th["pdf_editors"] if e in prog.lower()), None)
        if editor:
            why.append(f"written by an editing program ({editor})")
        if t.get("created") and t.get("modified"):
            gap = (date.fromisoformat(t["modified"]) - date.fromisoformat(t["created"])).days
            if gap > th["pdf_modified_after_days"]:
                why.append(f"modified {gap} days after it was created ({t['created']} -> {t['modified']})")
        if why:
            hits.append({"file": x["file"], "value": "; ".join(why)})
    if hits:
        return result("review", "PDF edit traces: " + " | ".join(f"{h['file']}: {h['value']}" for h in hits), *hits)
    return result("pass", f"{len(pdfs)} PDF(s) show no edit traces")


@rule("integrity.duplicate_in_other_case", None)
def duplicate_in_other_case(f: CaseFacts):
    if not f.other_cases:
        return result("not_applicable", "no other case in the output store to compare with")
    th = load("thresholds")
    hits = []
    for other in f.other_cases:
        their_files = {sha: name for name, sha in other.get("files", {}).items()}
        for mine in f.files:
            if mine.get("sha256") in their_files:
                hits.append({"file": mine["file"], "other_case": other["case_id"], "other_file": their_files[mine["sha256"]],
                             "value": "the same file"})
        same_file = {h["file"] for h in hits}
        for page in f.pages:
            if page["file"] in same_file:
                continue
            for theirs in other.get("pages", []):
                how = _same_page(page, theirs, th)
                if how:
                    hits.append({"file": page["file"], "page": page["page"], "other_case": other["case_id"],
                                 "other_file": theirs["file"], "other_page": theirs["page"], "value": how})
                    break
    if hits:
        cases = sorted({h["other_case"] for h in hits})
        return result("review", f"{len(hits)} page(s) or file(s) also appear in case(s) {', '.join(cases)}", *hits)
    return result("pass", f"no page matches any of {len(f.other_cases)} other case(s)")


IMAGE_TYPES = ("photo", "travel_document", "hkid_copy", "dependant_document")


def _same_page(a: dict, b: dict, th: dict) -> str | None:
    """Text decides where there is text: the same word sequences and the same long numbers
    (a form's printed pages and a template's wording are shared by every case; the numbers
    are not). A picture without text (a photo, a card) is compared by its image hash."""
    text_a, text_b = len(a["shingles"]) >= th["duplicate_min_shingles"], len(b["shingles"]) >= th["duplicate_min_shingles"]
    if text_a and text_b:
        j = jaccard(a["shingles"], b["shingles"])
        shared_numbers = len(set(a.get("numbers", [])) & set(b.get("numbers", [])))
        if j >= th["duplicate_text_jaccard"] and shared_numbers >= th["duplicate_min_numbers"]:
            return f"the same text ({j:.0%} of word sequences and {shared_numbers} long numbers shared)"
        return None
    if a.get("type") in IMAGE_TYPES and b.get("type") in IMAGE_TYPES and a["dhash"] and b["dhash"]:
        bits = hamming(a["dhash"], b["dhash"])
        if bits <= th["duplicate_image_bits"]:
            return f"the same image ({bits} of 256 hash bits differ)"
    return None
