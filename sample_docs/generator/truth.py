"""Expected checklist, case status and check outcomes of a generated case, from the generator's
own plan of it: which documents it made and which defect it planted. Written from SPEC §4 and
§6 alone, without `validators/`, so a wrong rule scores as wrong (tests/test_truth.py runs the
rules on the truth fields and compares them with this)."""
from __future__ import annotations

# SPEC §4: item -> (document types that answer it, when it is required). The conditions are
# facts of the plan: the generator knows whether it made a degree, a new company, dependants.
ITEMS = {
    "A1_travel_document": (("travel_document",), "always"),
    "A2_academic_qualification": (("degree_certificate", "graduation_certificate", "qualification_report"), "always"),
    "A3_work_experience": (("work_experience_letter",), "no_degree"),
    "A4_hkid_copy": (("hkid_copy",), "never"),
    "A5_consent_letter": (("consent_letter",), "always"),
    "A6_photo": (("photo",), "always"),
    "A7_applicant_form": (("applicant_form",), "always"),
    "A8_dependant_documents": (("dependant_document",), "dependants"),
    "E1_employer_form": (("employer_form",), "always"),
    "E2_employment_contract": (("employment_contract",), "always"),
    "E3_br_certificate": (("br_certificate",), "always"),
    "E4_financial_standing": (("financial_statement",), "always"),
    "E5_company_background": (("company_profile",), "always"),
    "E6_business_plan": (("business_plan",), "new_company"),
    "E7_recruitment_evidence": (("recruitment_evidence",), "not_exempt"),
}

# SPEC §6's checks. On a clean case none of them may fail or ask for review.
CHECKS = ("travel_document.mrz_check_digits", "travel_document.mrz_matches_visual_zone", "travel_document.not_expired",
          "travel_document.mainland_resident", "identity.name_consistent", "identity.date_of_birth_consistent",
          "education.degree_level", "education.not_hk_local_graduate", "education.certificate_number_format",
          "employer.name_consistent", "br.valid_on_as_of", "company.business_plan_requirement", "salary.market_rate",
          "salary.recruitment_exemption", "contract.relevant_to_qualification", "contract.limit_of_stay",
          "financial.standing", "financial.recent", "consent_letter.seal_present", "photo.format", "hkid.check_digit",
          "integrity.specimen_marks", "integrity.edited_pdf", "integrity.duplicate_in_other_case")

# Each defect: the check it must trigger, the outcome, and the checklist item that check bears on
# (the item a caseworker would send back: the person's identity sits with the travel document).
DEFECTS = {
    "expired_travel_document": ("travel_document.not_expired", "fail", "A1_travel_document"),
    "broken_mrz_check_digit": ("travel_document.mrz_check_digits", "fail", "A1_travel_document"),
    "name_mismatch": ("identity.name_consistent", "fail", "A1_travel_document"),
    "date_of_birth_mismatch": ("identity.date_of_birth_consistent", "fail", "A1_travel_document"),
    "salary_far_below_market": ("salary.market_rate", "fail", "E2_employment_contract"),
    "new_company_without_plan": ("company.business_plan_requirement", "fail", "E6_business_plan"),
    "new_company_with_plan": ("company.business_plan_requirement", "pass", "E6_business_plan"),
    "package_2m": ("salary.recruitment_exemption", "pass", "E7_recruitment_evidence"),
    "talent_list_post": ("salary.recruitment_exemption", "pass", "E7_recruitment_evidence"),
    "hk_local_graduate": ("education.not_hk_local_graduate", "fail", "A2_academic_qualification"),
    "expired_br": ("br.valid_on_as_of", "fail", "E3_br_certificate"),
    "consent_without_seal": ("consent_letter.seal_present", "fail", "A5_consent_letter"),
    "loss_negative_equity": ("financial.standing", "review", "E4_financial_standing"),
    "missing_documents": (None, None, None),
    "dependants": (None, None, None),
    "irrelevant_document": (None, None, None),
    "corrupt_file": (None, None, None),
    "empty_file": (None, None, None),
}
FLAGGED = ("fail", "review")


def _required(condition: str, plan: dict) -> bool:
    return {"always": True, "never": False, "no_degree": not plan["degree"], "dependants": plan["dependants"] > 0,
            "new_company": plan["new_company"], "not_exempt": not plan["exempt"]}[condition]


def expected_outcomes(plan: dict) -> dict:
    """`plan`: types (of the documents made), defects, dependants, degree, new_company, exempt."""
    flagged_items = {DEFECTS[d][2] for d in plan["defects"] if DEFECTS[d][1] in FLAGGED}
    checklist, required = {}, {}
    for item, (types, condition) in ITEMS.items():
        required[item] = _required(condition, plan)
        if not set(types) & set(plan["types"]):
            checklist[item] = "missing" if required[item] else "not_required"
        else:
            checklist[item] = "needs_review" if item in flagged_items else "verified"
    req = [s for item, s in checklist.items() if required[item]]
    status = "incomplete" if "missing" in req else "needs_review" if "needs_review" in req else "complete"
    checks = {c: "pass" for c in CHECKS}
    defect_checks = {}
    for d in plan["defects"]:
        check, outcome, _ = DEFECTS[d]
        if check:
            checks[check] = outcome
            defect_checks[d] = {"check": check, "outcome": outcome}
    return {"status": status, "checklist": checklist, "checks": checks, "defect_checks": defect_checks}
