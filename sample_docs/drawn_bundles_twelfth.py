"""A twelfth drawn set, drawn after the eleventh was mended: not new layouts but a new way in. The
application scanned into one PDF a side, as employers and applicants often upload it: the
employer's papers behind a covering letter that names every enclosure (a letter of no type in
SPEC §3), the applicant's papers from the form to the identity card copy, two letters of one type
one after the other, one page fed into the scanner upside down. The pages are the earlier sets'
layouts; what is new is finding where each document starts and what it is. Each document is
scored on its type, its pages, and its fields. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set twelfth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image

from . import drawn_forms
from . import drawn_forms_fifth as fifth
from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_papers_seventh as seventh
from .drawn_forms import Sheet


def covering_letter(company: str, applicant: str, enclosures: list[str]) -> Sheet:
    """The employer's letter on top of the bundle: to the department, the enclosures listed by name."""
    s = Sheet()
    s.text(160, 110, company, 32, "sans_bold")
    s.text(160, 155, "Room 2203, 22/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kowloon", 22, "sans")
    s.d.line([160, 200, 1500, 200], fill="black", width=2)
    s.text(160, 260, "17 March 2026", 26, "serif")
    for k, line in enumerate(["Immigration Department", "Receipt and Despatch Unit", "Immigration Tower, Wan Chai"]):
        s.text(160, 340 + 40 * k, line, 26, "serif")
    s.text(160, 520, "Dear Sir or Madam,", 26, "serif")
    s.text(160, 580, f"Re: our nomination of {applicant} for employment in Hong Kong", 26, "serif_bold")
    s.wrapped(160, 650, "Please find our papers in support of the nomination in this file, in the order below.", 72, 26,
              "serif", 40)
    for k, item in enumerate(enclosures):
        s.text(200, 760 + 48 * k, f"{k + 1}.  {item}", 26, "serif")
    y = 760 + 48 * len(enclosures) + 60
    s.text(160, y, "Yours faithfully,", 26, "serif")
    s.text(160, y + 150, "Director", 26, "serif")
    return s


def _scan(sheet: Sheet, name: str) -> Image.Image:
    return sheet.scanned(zlib.crc32(name.encode())).convert("RGB")


def employer_bundle(i: int) -> tuple[list[Image.Image], list[tuple[str, str, dict]]]:
    """The employer's side: covering letter, ID 990B, BR certificate, contract, accounts, company
    background, business plan, and the record of the search fed upside down."""
    p, c, a = fifth.PEOPLE[i], seventh.COMPANIES[i], eleventh.APPLICANTS[i]
    enclosures = ["Form ID 990B", "Business Registration Certificate", "Contract of employment",
                  "Audited financial statements", "Company background", "Business plan", "Record of local recruitment"]
    docs = [(covering_letter(p.employer_name, f"{p.given_names.title()} {p.surname}", enclosures), "unknown", "covering", {}),
            (fifth.employer_cheque(p), "employer_form", "cheque", drawn_forms.truth(p, "employer_form")),
            (seventh.br_certificate_bilingual(c), "br_certificate", "bilingual", seventh.truth(c, "br_certificate", "bilingual")),
            (seventh.contract_clauses(c), "employment_contract", "clauses", seventh.truth(c, "employment_contract", "clauses")),
            (seventh.summary_with_balance_sheet(c), "financial_statement", "highlights",
             seventh.truth(c, "financial_statement", "highlights")),
            (eleventh.profile_brochure(a), "company_profile", "brochure", {}),
            (eleventh.plan_table(a), "business_plan", "table", eleventh.truth(a, "business_plan", "table")),
            (eleventh.recruitment_record(a), "recruitment_evidence", "record-upside-down", {})]
    pages = []
    for k, (sheet, *_rest) in enumerate(docs):
        image = _scan(sheet, f"employer-{i}-{k}")
        pages.append(image.rotate(180) if k == len(docs) - 1 else image)
    return pages, [(kind, layout, fields) for _, kind, layout, fields in docs]


def applicant_bundle(i: int) -> tuple[list[Image.Image], list[tuple[str, str, dict]]]:
    """The applicant's side: ID 990A, graduation and degree certificates, the consent letter, two
    letters of work experience one after the other, the identity card copy, the CHSI report."""
    p, g, a = fifth.PEOPLE[i], eighth.GRADUATES[i], eleventh.APPLICANTS[i]
    docs = [(fifth.applicant_solid(p), "applicant_form", "solid", drawn_forms.truth(p, "applicant_form")),
            (eighth.graduation_table(g), "graduation_certificate", "table", eighth.truth(g, "graduation_certificate", "table")),
            (eighth.degree_bilingual_table(g), "degree_certificate", "bilingual-table",
             eighth.truth(g, "degree_certificate", "bilingual-table")),
            (eighth.consent_letter(g), "consent_letter", "chopped", eighth.truth(g, "consent_letter", "chopped")),
            (eleventh.work_confirmation(a), "work_experience_letter", "confirmation",
             eleventh.truth(a, "work_experience_letter", "confirmation")),
            (eleventh.work_table(a), "work_experience_letter", "table", eleventh.truth(a, "work_experience_letter", "table")),
            (eleventh.hkid_photocopy(a), "hkid_copy", "photocopy", eleventh.truth(a, "hkid_copy", "photocopy")),
            (eleventh.report_grid(a), "qualification_report", "grid", eleventh.truth(a, "qualification_report", "grid"))]
    pages = [_scan(sheet, f"applicant-{i}-{k}") for k, (sheet, *_rest) in enumerate(docs)]
    return pages, [(kind, layout, fields) for _, kind, layout, fields in docs]


def write_all(folder: Path) -> list[dict]:
    """Each side's bundle for each of two parties, a PDF of 200-dpi scans each; the truth, one entry a
    document: {file, pages (1-based), type, layout, fields (with its type)}."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        for side, bundle in (("employer", employer_bundle), ("applicant", applicant_bundle)):
            pages, docs = bundle(i)
            file = f"{side}-bundle-{i + 1}.pdf"
            pages[0].save(folder / file, save_all=True, append_images=pages[1:], resolution=200)
            for n, (kind, layout, fields) in enumerate(docs, 1):
                out.append({"file": file, "pages": [n], "type": kind, "layout": layout, "fields": {"type": kind, **fields}})
    return out
