"""A forty-first drawn set, drawn after the fortieth: one whole application, clean, every paper about one
applicant and one employer that agree with each other (names in both scripts, birth date, the travel document's
number, employer, business registration number, post and salary across the forms and the contract), drawn in
the earlier sets' layouts: a passport's data page copied, the photograph as taken, graduation and degree
certificates, the unit's consent, forms ID 990A and ID 990B, an identity card's copy, the offer, the business
registration certificate, the accounts' highlights, a company profile and a job advertisement. Scored on each
paper's fields and on the checks on the papers (bench: checks that did not pass are false alarms: the case is
clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
fortyfirst`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from . import drawn_forms as forms
from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_papers_seventh as seventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes

CASE = "yan-zhiyuan"
SETTINGS = {"as_of": "2026-05-15", "dependants": 0}
GRADUATE = eighth.GRADUATES[1]  # 闫志远, Financial Engineering, consent from his Chengdu employer
HOLDER = sixteenth.Holder("闫", "志远", "YAN", "ZHIYUAN", "M", GRADUATE.born, "四川/SICHUAN", "E59302817", date(2021, 5, 11),
                          date(2031, 5, 10), "C90318422", date(2022, 8, 1), date(2032, 7, 31), (390, 500))
COMPANY = replace(seventh.COMPANIES[0], name="Harbourlight Analytics Limited", name_zh="港光分析有限公司", br_number="67120394",
                  address="Room 1602, 16/F, Pacific Crest Centre, 8 Hing Fong Road, Kwai Chung, New Territories",
                  nature="Data analytics for banks and insurers", commenced=date(2015, 6, 1), expiry=date(2026, 5, 31),
                  employee="YAN Zhiyuan", position="Quantitative Analyst", start=date(2026, 7, 1), term_months=24,
                  salary=45000, housing=0, bonus=45000, year_end=date(2025, 12, 31), revenue=48_200_000,
                  profit_before_tax=5_400_000, tax=891_000, equity=22_300_000, auditor="Cheung Wai Ming & Co. CPA Limited")
FORMS = forms.Particulars(HOLDER.surname, HOLDER.given, HOLDER.name_zh, HOLDER.sex, HOLDER.born, HOLDER.passport_no,
                          "M518203(%s)", COMPANY.name, COMPANY.position, COMPANY.salary, False, COMPANY.br_number, False)
CARD = replace(eleventh.APPLICANTS[0], name_zh=HOLDER.name_zh, name_hant="閆志遠", surname=HOLDER.surname, given=HOLDER.given,
               born=HOLDER.born, hkid_body="M518203")


def company_profile(company: seventh.Company = COMPANY) -> Sheet:
    s = Sheet()
    s.text(120, 140, "COMPANY PROFILE", 40, "sans_bold")
    s.text(120, 210, company.name, 30)
    s.wrapped(120, 300, f"{company.name} was founded in {company.commenced.year} and builds pricing and risk models for "
                        "banks and insurers in Hong Kong and the region. Its 46 staff work from its office in Kwai Chung.",
              80, 26, leading=40)
    s.text(120, 520, "Services", 32, "sans_bold")
    for k, item in enumerate(["Credit risk models", "Insurance pricing", "Model validation for regulators"]):
        s.text(140, 590 + 46 * k, "-  " + item, 26)
    s.text(120, 800, "Clients include four licensed banks and six insurers.", 26)
    return s


def job_advertisement(company: seventh.Company = COMPANY) -> Sheet:
    s = Sheet()
    s.text(120, 140, "JOB ADVERTISEMENT", 40, "sans_bold")
    s.text(120, 220, f"{company.position}  -  {company.name}", 30)
    s.text(120, 280, "Posted on 2 March 2026  ·  Full time  ·  Kwai Chung", 24)
    s.text(120, 360, "Requirements", 30, "sans_bold")
    for k, item in enumerate(["Degree in financial engineering, mathematics or statistics",
                              "3 years' experience in pricing or risk models", "Python and SQL"]):
        s.text(140, 420 + 44 * k, "-  " + item, 26)
    s.text(120, 620, "How to apply: send your CV to careers@harbourlight.example", 26)
    return s


def write_case(folder: Path, case: str, settings: dict, holder: sixteenth.Holder, graduate: eighth.Graduate,
               company: seventh.Company, particulars: forms.Particulars, card: eleventh.Applicant,
               contract_party: seventh.Company | None = None) -> list[dict]:
    """One application's papers in `folder`, each with its truth, all of case `case`; the contract names the
    employer as `contract_party` does, where it is given (an abbreviation of the registered name)."""
    contract_party = contract_party or company
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("passport.png", png_bytes(sixteenth.passport_photocopy(holder)), "travel_document",
         sixteenth.truth(holder, "passport-photocopy")),
        ("photo.jpg", sixteenth.photo_as_taken(holder), "photo", sixteenth.truth(holder, "photo-as-taken")),
        ("graduation.png", scan(eighth.graduation_table(graduate), "graduation.png"), "graduation_certificate",
         eighth.truth(graduate, "graduation_certificate", "table")),
        ("degree.png", scan(eighth.degree_bilingual_table(graduate), "degree.png"), "degree_certificate",
         eighth.truth(graduate, "degree_certificate", "bilingual-table")),
        ("consent.png", scan(eighth.consent_letter(graduate), "consent.png"), "consent_letter",
         eighth.truth(graduate, "consent_letter", "chopped")),
        ("id990a.png", scan(forms.applicant_numbered(particulars), "id990a.png"), "applicant_form",
         forms.truth(particulars, "applicant_form")),
        ("id990b.png", scan(forms.employer_numbered(particulars), "id990b.png"), "employer_form",
         forms.truth(particulars, "employer_form")),
        ("hkid.png", scan(eleventh.hkid_photocopy(card), "hkid.png"), "hkid_copy", {"hkid_number": card.hkid}),
        ("offer.png", scan(seventh.offer_letter_table(contract_party), "offer.png"), "employment_contract",
         seventh.truth(contract_party, "employment_contract", "offer-table")),
        ("br.png", scan(seventh.br_certificate_bilingual(company), "br.png"), "br_certificate",
         seventh.truth(company, "br_certificate", "bilingual")),
        ("accounts.png", scan(seventh.summary_with_balance_sheet(company), "accounts.png"), "financial_statement",
         seventh.truth(company, "financial_statement", "highlights")),
        ("profile.png", scan(company_profile(company), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("job-ad.png", scan(job_advertisement(company), "job-ad.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "whole-case", "case": case, "settings": settings,
                    "fields": {k: v for k, v in fields.items() if k != "type" or kind in ("company_profile", "recruitment_evidence")}})
    return out


def write_all(folder: Path) -> list[dict]:
    return write_case(folder, CASE, SETTINGS, HOLDER, GRADUATE, COMPANY, FORMS, CARD)
