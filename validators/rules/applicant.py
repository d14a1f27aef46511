"""Applicant checks: identity across documents, education, consent letter seal, photo, HKID."""
from __future__ import annotations

import re

from pipeline.hkid import hkid_check_char
from pipeline.names import same_person
from pipeline.reference import hk_institution_zh, known_institution, load, mainland_institution
from pipeline.text import simplified

from ..derived import DEGREE_LEVEL
from ..facts import CaseFacts, evidence
from . import na, result, rule, unread

NAME_SOURCES = [("degree_certificate", "holder_name"), ("graduation_certificate", "holder_name"),
                ("qualification_report", "holder_name"),
                ("employment_contract", "employee_name"), ("consent_letter", "applicant_name"),
                ("applicant_form", "name_zh")]


def _reference_names(f: CaseFacts):
    """The travel document's names: pinyin (surname + given) and Hanzi when printed."""
    doc, sur = f.field("travel_document", "surname")
    _, given = f.field("travel_document", "given_names")
    _, zh = f.field("travel_document", "name_zh")
    names = []
    if sur:
        names.append((f"{sur.value} {given.value if given else ''}".strip(), evidence(doc, "surname", sur)))
    if zh:
        names.append((zh.value, evidence(doc, "name_zh", zh)))
    return names


@rule("identity.name_consistent", "A1_travel_document")
def name_consistent(f: CaseFacts):
    refs = _reference_names(f)
    if not refs:
        return na("no name read from a travel document to compare with")
    compared, mismatches, ev = 0, [], [refs[0][1]]
    for doc_type, key in NAME_SOURCES:
        for doc in f.docs(doc_type):
            fld = doc.fields.get(key)
            if not fld or not fld.value:
                continue
            compared += 1
            ev.append(evidence(doc, key, fld))
            results = [same_person(str(fld.value), ref) for ref, _ in refs]
            if not any(ok for ok, _ in results):
                mismatches.append(f"{doc_type} {doc.id} names {fld.value!r} ({results[0][1]})")
    if not compared:
        return result("review", "no other document's name could be read to compare with the travel document", *ev)
    if mismatches:
        return result("fail", f"name differs from the travel document ({refs[0][0]}): " + "; ".join(mismatches), *ev)
    return result("pass", f"{compared} document(s) name the same person as the travel document", *ev)


@rule("identity.date_of_birth_consistent", "A1_travel_document")
def date_of_birth_consistent(f: CaseFacts):
    doc, ref = f.field("travel_document", "date_of_birth")
    if not ref:
        return na("no date of birth read from a travel document")
    ev, differ, compared = [evidence(doc, "date_of_birth", ref)], [], 0
    for doc_type in ("degree_certificate", "graduation_certificate", "qualification_report", "applicant_form"):
        for d in f.docs(doc_type):
            fld = d.fields.get("date_of_birth")
            if fld and fld.value:
                compared += 1
                ev.append(evidence(d, "date_of_birth", fld))
                if fld.value != ref.value:
                    differ.append(f"{doc_type} {d.id} says {fld.value}")
    if not compared:
        return na("no other document states a date of birth")
    if differ:
        return result("fail", f"date of birth differs from the travel document ({ref.value}): " + "; ".join(differ), *ev)
    return result("pass", f"{compared} document(s) agree on {ref.value}", *ev)


@rule("education.degree_level", "A2_academic_qualification")
def degree_level(f: CaseFacts):
    doc, lvl = f.field("degree_certificate", "degree_level")
    if lvl:
        return result("pass", f"{lvl.value}'s degree", evidence(doc, "degree_level", lvl))
    gdoc, glvl = f.field("graduation_certificate", "level")
    if glvl and DEGREE_LEVEL.search(str(glvl.value)):
        return result("pass", f"graduation at {glvl.value} level", evidence(gdoc, "level", glvl))
    if f.docs("degree_certificate") or f.docs("graduation_certificate"):
        return result("review", "no degree-level qualification could be confirmed; "
                                     "work experience may have to stand in (A3)")
    return na("no certificate")


@rule("education.not_hk_local_graduate", "A2_academic_qualification")
def not_hk_local_graduate(f: CaseFacts):
    hk = load("hk_institutions")["institutions"]
    for doc_type in ("degree_certificate", "graduation_certificate"):
        for d in f.docs(doc_type):
            inst = d.fields.get("institution")
            if not inst:
                continue
            name = str(inst.value)
            for h in hk:
                if _names(name, h):
                    return result("fail", f"degree from {h['en']}, a Hong Kong institution: a non-local "
                                               "graduate of a local programme applies under IANG, not ASMTP",
                                  evidence(d, "institution", inst))
            if re.search(r"(?i)hong\s*kong|香港", name):
                return result("review", f"degree from {name}, named for Hong Kong but not among the reference's "
                                           "institutions: check whether it is a locally-accredited programme",
                              evidence(d, "institution", inst))
    doc, ans = f.field("applicant_form", "hk_local_degree")
    if ans and ans.value is True:
        return result("fail", "ID 990A says the applicant holds a degree from a full-time locally-accredited "
                                   "programme in Hong Kong: route to IANG", evidence(doc, "hk_local_degree", ans))
    if not (f.docs("degree_certificate") or f.docs("graduation_certificate") or ans):
        return na("no certificate or form answer")
    return result("pass", "no Hong Kong degree found")


def _names(name: str, h: dict) -> bool:
    """Whether a certificate's institution is this Hong Kong one: its English name standing whole
    ('School of Professional Education, The Hong Kong Polytechnic University'; not 'Eastbay
    University of Hong Kong', which holds 'University of Hong Kong'), or one of its Chinese names."""
    english = re.escape(h["en"].lower().removeprefix("the "))
    return bool(re.search(rf"(?:^|[^a-z\s]\s*|\bthe\s+){english}", name.lower())) or any(z in name for z in h["zh"])


def _mainland(d, th: dict) -> bool:
    """Whether a certificate is a Mainland one, whose numbers have the national structure: its number
    has it, or its institution is a known Mainland one or named in Chinese outside Hong Kong, Macao
    and Taiwan. A certificate from a university abroad carries the university's own serial."""
    number, inst = d.fields.get("certificate_number"), d.fields.get("institution")
    if number and (re.match(th["degree_number_pattern"], str(number.value)) or re.match(th["graduation_number_pattern"], str(number.value))):
        return True
    if number and re.search(th["outside_mainland_number"], str(number.value)):
        return False
    if not inst:
        return d.type == "graduation_certificate"  # 毕业证书 is a Mainland paper
    name = str(inst.value)
    if known_institution(name) and not hk_institution_zh(name) and not re.search(r"(?i)hong\s*kong", name):
        return True
    return bool(re.search(r"[\u4e00-\u9fff]", name)) and not re.search(th["outside_mainland_institution"], name)


@rule("education.certificate_number_format", "A2_academic_qualification")
def certificate_number_format(f: CaseFacts):
    th = load("thresholds")
    if (f.docs("degree_certificate") or f.docs("graduation_certificate")) and not any(
            _mainland(d, th) for t in ("degree_certificate", "graduation_certificate") for d in f.docs(t)):
        return na("no certificate of the Mainland's national numbering: a university abroad, or a certificate in English, numbers its own way")
    problems, ev, seen = [], [], 0
    deg_doc, deg = f.field("degree_certificate", "certificate_number")
    if deg_doc is not None and not _mainland(deg_doc, th):
        deg = None  # a degree from abroad beside a Mainland graduation certificate: its serial is its own
    if deg:
        seen += 1
        ev.append(evidence(deg_doc, "certificate_number", deg))
        num = str(deg.value)
        if not re.match(th["degree_number_pattern"], num):
            digits = num.lstrip("CZT")
            # say what is wrong: a level digit of no degree reads as a misprint or a forgery, a length as a misread
            problems.append(f"degree certificate number {num}: its 6th digit ({digits[5]}) names no degree level (2 doctor, 3 master, "
                            "4 bachelor)" if len(digits) == 16 and digits.isdigit() and digits[5] not in "234"
                            else f"degree certificate number {num} is not 16 digits of the national format")
        else:
            digits = num.lstrip("CZT")
            level = {"2": "doctor", "3": "master", "4": "bachelor"}[digits[5]]
            year = int(digits[6:10])
            _, claimed = f.field("degree_certificate", "degree_level")
            if claimed and claimed.value != level:
                problems.append(f"number says {level} (digit 6 = {digits[5]}) but the certificate says {claimed.value}")
            if year > f.as_of.year or year < 1981:
                problems.append(f"year {year} in the number is out of range")
    gdoc, grad = f.field("graduation_certificate", "certificate_number")
    if grad:
        seen += 1
        ev.append(evidence(gdoc, "certificate_number", grad))
        if not re.match(th["graduation_number_pattern"], str(grad.value)):
            problems.append(f"graduation certificate number {grad.value} is not 18 digits of the national format")
        elif deg and re.match(th["degree_number_pattern"], str(deg.value)) and str(deg.value).lstrip("CZT")[:5] != str(grad.value)[:5]:
            problems.append("degree and graduation certificates carry different institution codes")
    rdoc, reported = f.field("qualification_report", "certificate_number")
    if reported and grad and str(reported.value) != str(grad.value):
        # CHSI registers the graduation certificate; its report must carry the same number.
        ev.append(evidence(rdoc, "certificate_number", reported))
        problems.append(f"the CHSI report registers certificate {reported.value}, the graduation certificate says {grad.value}")
    doubts = _institution_doubts(f, ev)
    if not seen:
        if f.docs("degree_certificate") or f.docs("graduation_certificate"):
            return result("review", "no certificate number could be read")
        return na("no certificate")
    if problems:
        return result("fail", "; ".join(problems + doubts), *ev)
    if doubts:
        return result("review", "; ".join(doubts), *ev)
    return result("pass", "certificate numbers have the national structure", *ev)


def _institution_doubts(f: CaseFacts, ev: list) -> list[str]:
    """A certificate whose number's institution code names another institution than the one
    printed on it. Review, not fail: the printed name is OCR under a seal."""
    doubts = []
    for doc_type in ("degree_certificate", "graduation_certificate"):
        for d in f.docs(doc_type):
            number, inst = d.fields.get("certificate_number"), d.fields.get("institution")
            if not number or not inst or inst.source == "derived":
                continue
            code = str(number.value).lstrip("CZT")[:5]
            known = mainland_institution(code)
            name = simplified(str(inst.value)).lower().removeprefix("the ")
            if known and name not in (known["zh"], known["en"].lower()):
                ev.append(evidence(d, "institution", inst))
                doubts.append(f"{doc_type.replace('_', ' ')} number {number.value} opens with institution code {code}, "
                              f"{known['zh']} ({known['en']}), but the certificate names {inst.value}")
    return doubts


@rule("consent_letter.seal_present", "A5_consent_letter")
def seal_present(f: CaseFacts):
    doc, seal = f.field("consent_letter", "seal_present")
    if seal is None:
        return na("no consent letter")
    if seal.value:
        return result("pass", "a red seal is on the consent letter", evidence(doc, "seal_present", seal))
    return result("fail", "no red seal (company chop) found on the consent letter", evidence(doc, "seal_present", seal))


@rule("photo.format", "A6_photo")
def photo_format(f: CaseFacts):
    doc = next(iter(f.docs("photo")), None)
    if doc is None:
        return na("no photo")
    th = load("thresholds")
    w, h = doc.fields.get("width_px"), doc.fields.get("height_px")
    problems = []
    if w and h:
        want = th["photo_aspect"]["width"] / th["photo_aspect"]["height"]
        if abs(w.value / h.value - want) > th["photo_aspect"]["tolerance"]:
            problems.append(f"proportions {w.value}x{h.value} are not 40x50 mm")
        if w.value < th["photo_min_pixels"]["width"] or h.value < th["photo_min_pixels"]["height"]:
            problems.append(f"{w.value}x{h.value} pixels is too small")
    face = doc.fields.get("face_detected")
    if face is not None and not face.value:
        problems.append("no face found")
    bg = doc.fields.get("plain_background")
    if bg is not None and not bg.value:
        problems.append("background is not plain and light")
    ev = [evidence(doc, "face_detected", face)] if face else []
    if problems:
        return result("review", "photo: " + "; ".join(problems), *ev)
    return result("pass", "photo has 40x50 proportions, a face and a plain background", *ev)


@rule("hkid.check_digit", "A4_hkid_copy")
def hkid_check_digit(f: CaseFacts):
    doc, num = f.field("hkid_copy", "hkid_number")
    if not num:
        return unread(f, "hkid_copy", "the HKID number could not be read", "no HKID number read")
    m = re.match(r"^([A-Z]{1,2}\d{6})\(?([0-9A])\)?$", str(num.value))
    if not m:
        return result("fail", f"{num.value} is not an HKID number", evidence(doc, "hkid_number", num))
    want = hkid_check_char(m.group(1))
    if want != m.group(2):
        return result("fail", f"HKID {num.value}: check character should be {want}", evidence(doc, "hkid_number", num))
    return result("pass", f"HKID {num.value} check character is right", evidence(doc, "hkid_number", num))
