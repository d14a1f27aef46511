"""Rules on typed fields, no OCR: every edge the issue names."""
from datetime import date

import pytest

from pipeline.model import Document, Field
from validators.checklist import build_checklist
from validators.facts import CaseFacts
from validators.validate import run_rules, validate


def fld(value, source="ocr"):
    return Field(value=value, confidence=0.9, file="f.pdf", page=1, bbox=(0, 0, 10, 10), source=source)


def doc(doc_type, i=1, **fields):
    return Document(id=f"D{i:02d}", file=f"f{i}.pdf", sha256="0" * 64, pages=[1], type=doc_type, type_confidence=0.9,
                    fields={k: fld(v) for k, v in fields.items()})


def outcome(facts, rule_id):
    return next(c for c in run_rules(facts) if c.id == rule_id)


def facts(*docs, as_of="2026-06-01", **settings):
    return CaseFacts(case_id="t", as_of=date.fromisoformat(as_of), documents=list(docs), settings=settings)


def test_expiry_on_as_of_is_still_valid():
    td = doc("travel_document", date_of_expiry="2026-06-01")
    assert outcome(facts(td), "travel_document.not_expired").outcome == "pass"
    td = doc("travel_document", date_of_expiry="2026-05-31")
    assert outcome(facts(td), "travel_document.not_expired").outcome == "fail"


@pytest.mark.parametrize("commenced,plan,expected", [
    ("2025-06-01", False, "not_applicable"),  # 12 months to the day: not new
    ("2025-06-02", False, "fail"),            # one day short of 12 months
    ("2025-06-02", True, "pass"),
])
def test_business_plan_rule_at_twelve_months(commenced, plan, expected):
    docs = [doc("br_certificate", 1, commencement_date=commenced, expiry_date="2027-01-01")]
    if plan:
        docs.append(doc("business_plan", 2))
    assert outcome(facts(*docs), "company.business_plan_requirement").outcome == expected


@pytest.mark.parametrize("package,exempt", [(2_000_000, True), (1_999_999.99, False)])
def test_two_million_exemption_edge(package, exempt):
    c = doc("employment_contract", annual_package_hkd=package, monthly_salary_hkd=package / 12, position="Sales Manager")
    res = outcome(facts(c), "salary.recruitment_exemption")
    assert res.outcome == ("pass" if exempt else "fail")


def test_talent_list_post_is_exempt_by_language_match():
    c = doc("employment_contract", annual_package_hkd=600000, monthly_salary_hkd=50000, position="Senior Data Scientist")
    res = outcome(facts(c), "salary.recruitment_exemption")
    assert res.outcome == "pass" and "Talent List" in res.message


def test_market_rate_bands():
    low = doc("employment_contract", monthly_salary_hkd=15000)
    mid = doc("employment_contract", monthly_salary_hkd=23000)
    ok = doc("employment_contract", monthly_salary_hkd=40000)
    assert [outcome(facts(d), "salary.market_rate").outcome for d in (low, mid, ok)] == ["fail", "review", "pass"]


def test_missing_field_asks_for_review_not_pass():
    assert outcome(facts(doc("employment_contract")), "salary.market_rate").outcome == "review"


def test_name_hanzi_against_pinyin_and_mismatch():
    td = doc("travel_document", 1, surname="ZHANG", given_names="WEI", date_of_birth="1990-01-01")
    same = doc("degree_certificate", 2, holder_name="张伟")
    other = doc("graduation_certificate", 3, holder_name="李娜")
    assert outcome(facts(td, same), "identity.name_consistent").outcome == "pass"
    assert outcome(facts(td, same, other), "identity.name_consistent").outcome == "fail"


def test_hk_graduate_routes_to_iang():
    d = doc("degree_certificate", institution="The Hong Kong Polytechnic University")
    assert outcome(facts(d), "education.not_hk_local_graduate").outcome == "fail"


def test_degree_number_level_digit_must_match():
    d = doc("degree_certificate", certificate_number="1024632008000001", degree_level="bachelor")
    assert outcome(facts(d), "education.certificate_number_format").outcome == "fail"
    d = doc("degree_certificate", certificate_number="1024642008000001", degree_level="bachelor")
    assert outcome(facts(d), "education.certificate_number_format").outcome == "pass"


@pytest.mark.parametrize("institution,expected", [
    ("复旦大学", "pass"), ("Fudan University", "pass"), ("復旦大學", "pass"),
    ("浙江大学", "review"),          # code 10246 is Fudan: the printed name disagrees
    ("某某职业学院", "review"),
])
def test_institution_code_in_the_number_names_the_institution(institution, expected):
    d = doc("degree_certificate", certificate_number="1024642008000001", degree_level="bachelor", institution=institution)
    res = outcome(facts(d), "education.certificate_number_format")
    assert res.outcome == expected, res.message
    if expected == "review":
        assert "10246" in res.message and "复旦大学" in res.message


def test_unknown_institution_code_is_not_a_doubt():
    d = doc("graduation_certificate", certificate_number="199991201505123456", institution="某某大学")
    assert outcome(facts(d), "education.certificate_number_format").outcome == "pass"


def test_hkid_vectors():
    for number, ok in (("A123456(3)", True), ("CA182361(1)", True), ("G123456(A)", True), ("A123456(4)", False)):
        res = outcome(facts(doc("hkid_copy", hkid_number=number)), "hkid.check_digit")
        assert (res.outcome == "pass") == ok, number


def test_checklist_statuses_and_case_status():
    empty = facts()
    items, checks, status = validate(empty)
    by = {i.item: i for i in items}
    assert by["A1_travel_document"].status == "missing" and status == "incomplete"
    assert by["A4_hkid_copy"].status == "not_required" and not by["A4_hkid_copy"].required
    assert by["A8_dependant_documents"].required is False
    assert {i.item: i.required for i in build_checklist(facts(dependants=2), [])}["A8_dependant_documents"] is True


def test_financial_standing_loss_and_negative_equity_go_to_review():
    fs = doc("financial_statement", profit=-120000.0, total_equity=-5000.0, period_end="2025-12-31")
    assert outcome(facts(fs), "financial.standing").outcome == "review"
    assert outcome(facts(fs), "financial.recent").outcome == "pass"


@pytest.mark.parametrize("contract_name,br_names,expected", [
    ("明珠顧問有限公司", {"business_name": "Pearl Consulting Limited", "business_name_zh": "明珠顾问有限公司"}, "pass"),
    ("PEARL CONSULTING LTD.", {"business_name": "Pearl Consulting Limited"}, "pass"),
    ("Consulting Pearl Limited", {"business_name": "Pearl Consulting Limited"}, "pass"),   # word order
    ("Pearl Trading Limited", {"business_name": "Pearl Consulting Limited"}, "fail"),
    ("明珠貿易有限公司", {"business_name": "Pearl Consulting Limited", "business_name_zh": "明珠顾问有限公司"}, "fail"),
    # The company registered only an English name: a Chinese one cannot be judged by spelling.
    ("明珠顧問有限公司", {"business_name": "Pearl Consulting Limited"}, "review"),
])
def test_employer_named_alike_across_documents_and_scripts(contract_name, br_names, expected):
    br = doc("br_certificate", 1, **br_names)
    contract = doc("employment_contract", 2, employer_name=contract_name)
    res = outcome(facts(br, contract), "employer.name_consistent")
    assert res.outcome == expected, res.message


def test_a_passport_spelling_of_lu_and_nu_is_pinyin_and_the_same_person():
    """PRC passports write 吕 and 女 as LYU and NYU (LV and NV before 2012)."""
    from pipeline.names import is_pinyin, same_person
    assert is_pinyin("LYU Wei") and is_pinyin("NYU Xia") and not is_pinyin("TAN Ka Ho")
    assert same_person("吕伟", "LYU WEI")[0] and same_person("吕伟", "LV WEI")[0]
    assert not same_person("李伟", "LYU WEI")[0]
