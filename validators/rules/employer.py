"""Employer checks: name across documents, BR validity, company age and business plan,
salary and exemptions, limit of stay, financial standing and recency, job relevance."""
from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz

from pipeline.reference import in_force, load
from pipeline.text import HAN_RANGE, simplified

from ..derived import company_age_months, recruitment_exempt, related_families
from ..facts import CaseFacts, evidence, months_between
from ..scheme import scheme
from . import na, result, rule, unread

SUFFIXES = r"\b(limited|ltd|company|co|corporation|corp|inc|hk|hong kong)\b|有限公司|公司|香港"


def company_key(name: str) -> str:
    n = re.sub(SUFFIXES, " ", simplified(name).lower())
    return re.sub(rf"[^a-z0-9{HAN_RANGE}]", "", n)


def same_company(a: str, b: str) -> bool:
    ka, kb = company_key(a), company_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = sorted(re.sub(SUFFIXES, " ", a.lower()).split()), sorted(re.sub(SUFFIXES, " ", b.lower()).split())
    return wa == wb or fuzz.ratio(ka, kb) >= 90


def _script(name: str) -> str:
    return "zh" if re.search(rf"[{HAN_RANGE}]", name) else "en"


@rule("employer.name_consistent", "E2_employment_contract")
def name_consistent(f: CaseFacts):
    names = []
    for doc_type, keys in (("br_certificate", ("business_name", "business_name_zh")), ("employment_contract", ("employer_name",)),
                           ("financial_statement", ("company_name",)), ("employer_form", ("employer_name",))):
        for d in f.docs(doc_type):
            for k in keys:
                fld = d.fields.get(k)
                if fld and fld.value:
                    names.append((doc_type, d, k, fld))
    if len(names) < 2:
        return na("fewer than two documents name the employer")
    ev = [evidence(d, k, fld) for _, d, k, fld in names]
    # Compare each document with the BR certificate, the legal name, in the same script: an
    # English name and a Chinese one cannot be matched by spelling, and many companies register
    # only one of them.
    ref = [n for n in names if n[0] == "br_certificate"] or names[:1]
    bad, unpaired = [], []
    for doc_type, d, k, fld in names:
        if any(fld is r[3] for r in ref):
            continue
        # the name as read, else its name in the other script the document states beside it (its readings)
        name = next((str(n) for n in [fld.value, *fld.readings] if any(_script(str(r[3].value)) == _script(str(n)) for r in ref)),
                    str(fld.value))
        same_script = [r for r in ref if _script(str(r[3].value)) == _script(name)]
        if not same_script:
            unpaired.append(f"{doc_type} {d.id}: {fld.value!r}")
        elif not any(same_company(name, str(r[3].value)) for r in same_script):
            bad.append(f"{doc_type} {d.id}: {name!r}")
    legal = " / ".join(str(r[3].value) for r in ref)
    if bad:
        return result("fail", f"employer named differently from the BR certificate ({legal}): " + "; ".join(bad), *ev)
    if unpaired:
        return result("review", f"the BR certificate names the employer {legal}; these name it only in the other "
                                     "script and need a caseworker to pair them: " + "; ".join(unpaired), *ev)
    return result("pass", f"{len(names)} mentions name the same employer", *ev)


@rule("br.valid_on_as_of", "E3_br_certificate")
def br_valid(f: CaseFacts):
    doc, exp = f.field("br_certificate", "expiry_date")
    if not exp:
        return unread(f, "br_certificate", "BR expiry date could not be read", "no BR certificate")
    if exp.value < f.as_of.isoformat():
        return result("fail", f"BR certificate expired on {exp.value}; a paid renewal is needed", evidence(doc, "expiry_date", exp))
    return result("pass", f"BR valid until {exp.value}", evidence(doc, "expiry_date", exp))


@rule("company.business_plan_requirement", "E6_business_plan")
def business_plan(f: CaseFacts):
    age = company_age_months(f)
    doc, com = f.field("br_certificate", "commencement_date")
    if age is None:
        return unread(f, "br_certificate", "company age unknown: BR commencement date not read", "no BR certificate")
    limit = scheme()["new_company_months"]
    if age >= limit:
        return result("not_applicable", f"business commenced {com.value}, {age} months before as_of: no plan needed",
                      evidence(doc, "commencement_date", com))
    if f.docs("business_plan"):
        return result("pass", f"business is {age} months old and a business plan is provided", evidence(doc, "commencement_date", com))
    return result("fail", f"business commenced {com.value}, only {age} months before as_of: a business plan is required",
                  evidence(doc, "commencement_date", com))


@rule("salary.market_rate", "E2_employment_contract")
def market_rate(f: CaseFacts):
    doc, sal = f.field("employment_contract", "monthly_salary_hkd")
    if not sal:
        return unread(f, "employment_contract", "monthly salary could not be read from the contract", "no contract")
    ref = in_force(load("market_pay")["entries"], f.as_of.isoformat())
    if ref is None:
        return result("review", "no market pay reference in force on as_of")
    pay = float(sal.value)
    ev = evidence(doc, "monthly_salary_hkd", sal)
    if pay < ref["overall_median"]:
        return result("fail", f"monthly salary HK${pay:,.0f} is below the overall median wage HK${ref['overall_median']:,} "
                                   f"({ref['source']}): far below the market level for professionals", ev)
    if pay < ref["professional_median"]:
        return result("review", f"monthly salary HK${pay:,.0f} is below the professionals' median "
                                     f"HK${ref['professional_median']:,} ({ref['source']})", ev)
    return result("pass", f"monthly salary HK${pay:,.0f} is at or above the professionals' median HK${ref['professional_median']:,}", ev)


@rule("salary.recruitment_exemption", "E7_recruitment_evidence")
def recruitment_exemption(f: CaseFacts):
    if not (f.docs("employment_contract") or f.docs("employer_form")):
        return na("no contract or employer form to read the post and package from")
    exempt, why = recruitment_exempt(f)
    doc, pkg = f.field("employment_contract", "annual_package_hkd")
    ev = evidence(doc, "annual_package_hkd", pkg)
    if exempt:
        return result("pass", f"exempt from proving local recruitment: {why}", ev)
    if f.docs("recruitment_evidence"):
        return result("pass", f"not exempt ({why}); recruitment evidence is provided", ev)
    return result("fail", f"not exempt ({why}) and no evidence of local recruitment", ev)


@rule("contract.limit_of_stay", "E2_employment_contract")
def limit_of_stay(f: CaseFacts):
    doc, term = f.field("employment_contract", "term_months")
    cap = load("thresholds")["max_first_stay_months"]
    if not term:
        if f.docs("employment_contract"):
            return result("pass", f"no fixed term read: first stay would be {cap} months (pattern 3+3+2)")
        return na("no contract")
    stay = min(cap, int(term.value))
    return result("pass", f"first stay = min({cap}, {term.value}) = {stay} months (pattern 3+3+2)",
                  evidence(doc, "term_months", term))


@rule("financial.standing", "E4_financial_standing")
def standing(f: CaseFacts):
    docs = f.docs("financial_statement")
    if not docs:
        return na("no financial statement")
    problems, ev = [], []
    for key, bad, say in (("profit", lambda v: v < 0, "a loss of {:,.0f}"), ("total_equity", lambda v: v < 0, "negative equity of {:,.0f}")):
        d, fld = f.field("financial_statement", key)
        if fld:
            ev.append(evidence(d, key, fld))
            if bad(float(fld.value)):
                problems.append(say.format(float(fld.value)))
    d, gc = f.field("financial_statement", "going_concern_doubt")
    if gc and gc.value:
        problems.append("the auditor reports doubt about going concern")
        ev.append(evidence(d, "going_concern_doubt", gc))
    d, op = f.field("financial_statement", "audit_opinion")
    if op and op.value != "unqualified":
        problems.append(f"audit opinion is {op.value}")
    if problems:
        return result("review", "financial standing needs a look: " + "; ".join(problems), *ev)
    if not ev:
        return result("review", "no profit or equity figure could be read")
    return result("pass", "profitable with positive equity", *ev)


@rule("financial.recent", "E4_financial_standing")
def recent(f: CaseFacts):
    doc, end = f.field("financial_statement", "period_end")
    if not end:
        return unread(f, "financial_statement", "the statements' period end could not be read", "no financial statement")
    age = months_between(date.fromisoformat(end.value), f.as_of)
    limit = load("thresholds")["financial_statement_max_age_months"]
    if age > limit:
        return result("review", f"latest statements end {end.value}, {age} months before as_of (over {limit})",
                      evidence(doc, "period_end", end))
    return result("pass", f"statements for the period ended {end.value}", evidence(doc, "period_end", end))


@rule("contract.relevant_to_qualification", "E2_employment_contract")
def relevant(f: CaseFacts):
    d1, pos = f.field("employment_contract", "position")
    d2, major = f.field("degree_certificate", "major")
    if not major:
        d2, major = f.field("graduation_certificate", "major")
    if not pos or not major:
        return na("post or major not read")
    ev = (evidence(d1, "position", pos), evidence(d2, "major", major))
    shared = related_families(str(major.value), str(pos.value))
    if shared:
        return result("pass", f"post {pos.value!r} is in the {', '.join(shared)} field of the qualification in {major.value!r}", *ev)
    return result("review", f"post {pos.value!r} does not obviously use the qualification in {major.value!r}: "
                                 "a caseworker judges relevance", *ev)
