"""Layout families: each renders, prints its truth in its own formats, and is scored apart."""
import random
from datetime import date
from io import BytesIO

import pdfplumber
import pytest

from sample_docs.generator import applicant_docs as A
from sample_docs.generator import employer_docs as E
from sample_docs.generator import families as F
from sample_docs.generator.evaluate import Scores, headline, score_case
from sample_docs.generator.identity import MAJORS, UNIVERSITIES, company, eep_number, hkid_number, passport_number, person
from sample_docs.generator.layouts import capital_hant, fmt_date, fmt_money
from sample_docs.generator.render import to_pdf


def _case():
    rng = random.Random(5)
    p, c = person(rng), company(rng, date(2015, 3, 2))
    uni, major = UNIVERSITIES[0], MAJORS[0]
    year = p.date_of_birth.year + 22
    ctx = {"applicant": p, "holder": p, "company": c, "post": "Software Engineer", "monthly": 45000, "as_of": date(2026, 11, 1),
           "talent": None, "hk_degree": False, "uni": uni, "major": major, "grad_year": year}
    docs = [A.passport(p, passport_number(rng), date(2020, 1, 1), date(2030, 1, 1), rng),
            A.eep_card(p, eep_number(rng), date(2030, 1, 1), rng),
            A.degree_certificate(p, uni, major, year, rng), A.graduation_certificate(p, uni, major, year, rng),
            A.consent_letter(p, "深圳前海数智科技有限公司", date(2026, 10, 1), rng), A.hkid_copy(p, hkid_number(rng), rng),
            A.applicant_form(p, "E12345678", False, rng), E.employer_form(c, "Software Engineer", 45000, None, rng),
            E.employment_contract(c, p, "Software Engineer", date(2027, 1, 1), 24, 45000, 8000, True, rng),
            E.br_certificate(c, date(2027, 3, 1), rng),
            E.financial_statements(c, date(2025, 12, 31), 20_000_000, 2_000_000, 9_000_000, rng),
            A.qualification_report(p, uni, major, year, "1000312018050012345", date(2026, 10, 1), rng),
            A.work_experience_letter(p, "深圳前海数智科技有限公司", date(2018, 7, 1), date(2026, 9, 1), "软件工程师", rng),
            E.business_plan(c, rng), E.company_profile(c, 40, rng),
            E.recruitment_evidence(c, "Software Engineer", date(2026, 8, 1), rng)]
    return ctx, docs


CTX, CLASSIC = _case()
DATE_FIELDS = ("date_of_birth", "date_of_expiry", "date_awarded", "graduation_date", "start_date", "end_date",
               "commencement_date", "expiry_date", "date", "valid_until")
NUMBER_FIELDS = ("document_number", "certificate_number", "br_number", "travel_document_number", "verification_code")


def test_every_type_the_product_reads_has_six_families():
    for doc_type in {d.type for d in CLASSIC} | {"photo"}:
        assert len(F.families()[doc_type]) >= 6, doc_type
        assert F.families()[doc_type]["classic"]["status"] == "tuned"


@pytest.mark.parametrize("doc", CLASSIC, ids=lambda d: d.type + ("-" + d.fields["kind"] if "kind" in d.fields else ""))
def test_each_family_prints_its_truth_in_its_own_formats(doc):
    """A born-digital rendering of every family holds each date in the family's date format and
    each number as the truth has it: the truth is what the page says."""
    for family, spec in F.families()[doc.type].items():
        if family == "classic":
            continue
        out = F.restyle(doc, family, CTX, random.Random(1))
        assert out.family == family and out.pages
        with pdfplumber.open(BytesIO(to_pdf(out.pages))) as pdf:
            text = "".join((pg.extract_text() or "") for pg in pdf.pages).replace("\n", " ")
        squeezed = text.replace(" ", "")
        for name in DATE_FIELDS:
            if name in out.fields and not (doc.type == "applicant_form" and spec.get("style") == "boxes"):
                printed = fmt_date(date.fromisoformat(out.fields[name]), spec.get("date", "iso"))
                assert printed.replace(" ", "") in squeezed, f"{doc.type}/{family}: {name} {printed!r} not on the page"
        for name in NUMBER_FIELDS:
            if name in out.fields:
                assert out.fields[name] in squeezed, f"{doc.type}/{family}: {name} {out.fields[name]!r} not on the page"


def test_value_formats_are_the_ones_documents_use():
    d = date(2026, 11, 1)
    forms = {fmt_date(d, s) for s in ("iso", "dmy_slash", "dmy_dash", "dmy_text", "mdy_text", "dmy_abbr", "dot", "zh",
                                      "zh_padded", "zh_numeral")}
    assert len(forms) == 10 and "二〇二六年十一月一日" in forms and "01 NOV 2026" in forms
    assert capital_hant(45000) == "肆萬伍仟元正" and capital_hant(30500) == "參萬零伍佰元正"
    assert fmt_money(45500, "hkd_words") == "Hong Kong Dollars Forty-Five Thousand Five Hundred Only"
    assert fmt_money(2_005_300, "hkd_code") == "HKD 2,005,300.00"


def test_family_choice_leaves_the_classic_draws_alone():
    rng_a, rng_b = random.Random(3), random.Random(3)
    assert F.choose("br_certificate", rng_a, "classic") == "classic"
    assert F.choose("br_certificate", rng_b, "new") != "classic"


def test_scores_split_cold_reads_from_tuned_families():
    truth = {"case_id": "x", "defects": [], "expected": {"checklist": {}, "status": "complete", "checks": {}, "defect_checks": {}},
             "files": [{"file": "a.pdf", "error": None, "documents": [
                 {"type": "hkid_copy", "family": "en-left", "pages": [1], "fields": {"hkid_number": "A123456(3)"}},
                 {"type": "hkid_copy", "family": "classic", "pages": [2], "fields": {"hkid_number": "B123456(3)"}}]}]}
    report = {"status": "complete", "checklist": [], "checks": [], "documents": [
        {"file": "a.pdf", "pages": [1], "type": "hkid_copy", "errors": [], "fields": {"hkid_number": {"value": "A123456(8)"}}},
        {"file": "a.pdf", "pages": [2], "type": "hkid_copy", "errors": [], "fields": {"hkid_number": {"value": "B123456(3)"}}}]}
    s = Scores()
    score_case(truth, report, s)
    assert (s.by_status["cold"].rate, s.by_status["tuned"].rate) == (0.0, 1.0)
    assert s.by_family[("hkid_copy", "en-left", "cold")].total == 1
    assert headline(s).startswith("fields, cold read (families no reader was written against): 0% (0/1)")
