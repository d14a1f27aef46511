"""Travel document checks: MRZ check digits, MRZ against the visual zone, expiry, Mainland resident."""
from __future__ import annotations

import re

from pipeline import mrz as mrzlib
from pipeline.reference import load

from ..facts import CaseFacts, evidence
from . import na, result, rule, unread

ITEM = "A1_travel_document"


@rule("travel_document.mrz_check_digits", ITEM)
def mrz_check_digits(f: CaseFacts):
    doc, fld = f.field("travel_document", "mrz")
    if not fld:
        if f.docs("travel_document"):
            return result("review", "no machine-readable zone could be read on the travel document; "
                                         "check the data page by eye")
        return na("no travel document")
    m = mrzlib.parse(fld.value)
    if m is None:
        return result("review", "the machine-readable zone has an unexpected shape", evidence(doc, "mrz", fld))
    ev = evidence(doc, "mrz", fld)
    if not m.digits_valid:
        return result("fail", "MRZ check digit wrong: " + "; ".join(m.failures()), ev)
    if m.problems:
        return result("review", f"the check digits hold but {'; '.join(m.problems)}: check the data page", ev)
    if m.specimen:
        return result("review", f"the zone names ICAO's specimen state {m.issuing_state or m.nationality}: "
                                     "a specimen, not a travel document", ev)
    return result("pass", f"all {len(m.checks)} check digits of the {m.format} zone are valid", ev)


@rule("travel_document.mrz_matches_visual_zone", ITEM)
def mrz_matches_visual_zone(f: CaseFacts):
    pairs = [("document_number", "visual_document_number"), ("date_of_birth", "visual_date_of_birth"),
             ("date_of_expiry", "visual_date_of_expiry"), ("sex", "visual_sex")]
    compared, differ, ev = 0, [], []
    for mrz_key, vz_key in pairs:
        d1, a = f.field("travel_document", mrz_key)
        d2, b = f.field("travel_document", vz_key)
        if a and b:
            compared += 1
            ev += [evidence(d1, mrz_key, a), evidence(d2, vz_key, b)]
            if str(a.value).upper() != str(b.value).upper():
                differ.append(f"{mrz_key}: MRZ {a.value} vs printed {b.value}")
    if not compared:
        return na("no field of the visual zone could be compared with the MRZ")
    if differ:
        return result("fail", "MRZ and printed page disagree: " + "; ".join(differ), *ev)
    return result("pass", f"{compared} printed field(s) match the MRZ", *ev)


@rule("travel_document.not_expired", ITEM)
def not_expired(f: CaseFacts):
    doc, fld = f.field("travel_document", "date_of_expiry")
    if not fld:
        return unread(f, "travel_document", "the travel document's expiry date could not be read", "no expiry date read")
    if fld.value < f.as_of.isoformat():
        return result("fail", f"travel document expired on {fld.value} (as of {f.as_of})", evidence(doc, "date_of_expiry", fld))
    return result("pass", f"valid until {fld.value}", evidence(doc, "date_of_expiry", fld))


@rule("travel_document.mainland_resident", ITEM)
def mainland_resident(f: CaseFacts):
    doc, kind = f.field("travel_document", "kind")
    if not kind:
        return na("no travel document")
    _, nat = f.field("travel_document", "nationality")
    _, num = f.field("travel_document", "document_number")
    patterns = load("thresholds")["passport_number_patterns"]
    ev = [evidence(doc, "kind", kind)]
    if nat and nat.value not in ("CHN", ""):
        return result("fail", f"nationality is {nat.value}, not CHN: not a Mainland Chinese resident", *ev)
    if num and not re.match(patterns.get(kind.value, ".*"), str(num.value)):
        return result("review", f"document number {num.value} is not the usual format of a PRC {kind.value}"
                                     " (a HKSAR/MSAR passport is not a Mainland one)", *ev)
    return result("pass", f"PRC {kind.value} issued to a Chinese national", *ev)
