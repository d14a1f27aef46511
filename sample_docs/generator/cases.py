"""Compose complete ASMTP cases, with planted defects, in the forms users upload them, and
write the ground truth beside each case folder as <case-id>.truth.json."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

import yaml

from . import applicant_docs as A
from . import employer_docs as E
from . import families as F
from .identity import MAJORS, POSTS, TALENT_POSTS, UNIVERSITIES, Person, company, eep_number, hkid_number, passport_number, person
from .render import images_to_pdf, to_image, to_pdf
from .scan import jpeg_bytes, phone_photo, png_bytes, scanned, tiff_bytes
from .truth import expected_outcomes

AS_OF = date(2026, 11, 1)

# Spread over cases so that every defect appears in 8 cases; case 0 is clean.
PLAN = [[], ["expired_travel_document", "salary_far_below_market", "irrelevant_document"],
        ["broken_mrz_check_digit", "new_company_without_plan", "empty_file"],
        ["name_mismatch", "package_2m", "dependants"],
        ["date_of_birth_mismatch", "talent_list_post", "corrupt_file"],
        ["hk_local_graduate", "expired_br", "new_company_with_plan"],
        ["consent_without_seal", "loss_negative_equity"],
        ["missing_documents"]]

NAMES = ["IMG_{n}.jpg", "scan{n:04d}.pdf", "文件({k}).pdf", "DOC{d}.pdf", "Scan_{d}.png", "微信图片_{d}.jpg",
         "CamScanner {d}.pdf", "image{k}.tiff", "附件{k}.pdf", "document ({k}).pdf"]


@dataclass
class OutFile:
    name: str
    data: bytes
    docs: list[tuple[A.GenDoc, list[int]]] = field(default_factory=list)  # document and its page numbers
    error: str | None = None
    form: str = ""
    dpi: int = 0  # of a scan or photo; 0 for a born-digital file


class Namer:
    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def __call__(self, ext: str) -> str:
        while True:
            pattern = self.rng.choice([n for n in NAMES if n.endswith(ext)] or [f"file{{k}}{ext}"])
            name = pattern.format(n=self.rng.randint(1000, 9999), k=self.rng.randint(1, 12),
                                  d=f"2024{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}_{self.rng.randint(100, 999)}")
            if name not in self.used:
                self.used.add(name)
                return name


def render_file(docs: list[A.GenDoc], form: str, rng: random.Random, namer: Namer, photos: dict) -> OutFile:
    """One upload: `form` is born_pdf, scan_pdf, jpeg, png, tiff or phone."""
    pages = [pg for d in docs for pg in d.pages]
    spans, n = [], 1
    for d in docs:
        spans.append((d, list(range(n, n + max(1, len(d.pages))))))
        n += max(1, len(d.pages))
    if docs[0].note == "photo":
        img, size = photos["photo"], (docs[0].fields["width_px"], docs[0].fields["height_px"])
        img = img if img.size == size else img.resize(size)
        if docs[0].fields.get("format") == "png":
            return OutFile(namer(".png"), png_bytes(img, 300), spans, form="png")
        return OutFile(namer(".jpg"), jpeg_bytes(img, 92, 300), spans, form="jpeg")
    if form == "born_pdf":
        return OutFile(namer(".pdf"), to_pdf(pages), spans, form=form)
    dpi = rng.choice([150, 200, 200, 300]) if form != "phone" else 200
    images = []
    for pg in pages:
        clean = to_image(pg, 300)
        if form == "phone":
            images.append(phone_photo(clean, rng, dpi))
        else:
            images.append(scanned(clean, rng, dpi, rotate=rng.choice([0, 0, 0, 90, 180, 270]), skew=rng.uniform(-3, 3),
                                  blur=rng.choice([0, 0.4, 0.8]), noise=0 if form in ("png", "tiff") else rng.choice([0, 4, 8])))
    if form == "scan_pdf":
        return OutFile(namer(".pdf"), images_to_pdf(images, dpi), spans, form=form, dpi=dpi)
    if form == "tiff":
        return OutFile(namer(".tiff"), tiff_bytes(images, dpi), spans, form=form, dpi=dpi)
    if form == "png":
        return OutFile(namer(".png"), png_bytes(images[0], dpi), spans, form=form, dpi=dpi)
    return OutFile(namer(".jpg"), jpeg_bytes(images[0], rng.randint(55, 90), dpi), spans, form=form, dpi=dpi)


def build_case(index: int, seed: int, defects: list[str], families: str = "classic") -> tuple[str, dict, list[OutFile]]:
    """`families`: all, classic or new (families.yaml), drawn per document."""
    rng = random.Random(seed * 1000 + index)
    case_id = f"case-{seed % 10000:04d}-{index + 1:02d}"
    namer = Namer(rng)
    d = set(defects)
    applicant = person(rng)
    uni = rng.choice(UNIVERSITIES)
    major = rng.choice(MAJORS)
    grad_year = applicant.date_of_birth.year + 22
    use_eep = rng.random() < 0.35
    expiry = AS_OF - timedelta(days=rng.randint(20, 400)) if "expired_travel_document" in d else \
        AS_OF + timedelta(days=rng.randint(200, 3000))
    if use_eep:
        number = eep_number(rng)
        td = A.eep_card(applicant, number, expiry, rng)
    else:
        number = passport_number(rng)
        td = A.passport(applicant, number, date(expiry.year - 10, expiry.month, min(expiry.day, 28)), expiry, rng)
    if "broken_mrz_check_digit" in d:
        lines = list(td.fields["mrz"])
        last = len(lines) - 1
        i = 19  # the date-of-birth check digit on TD3, the expiry one on the EEP line
        bad = str((int(lines[last][i]) + 3) % 10)
        lines[last] = lines[last][:i] + bad + lines[last][i + 1:]
        td = A.eep_card(applicant, number, expiry, rng, mrz=lines) if use_eep else \
            A.passport(applicant, number, date(expiry.year - 10, expiry.month, min(expiry.day, 28)), expiry, rng, mrz=lines)
    holder = person(rng) if "name_mismatch" in d else applicant
    if "date_of_birth_mismatch" in d:
        holder = Person(applicant.surname_zh, applicant.given_zh, applicant.sex,
                        applicant.date_of_birth + timedelta(days=rng.randint(40, 400)), applicant.birthplace)
    if "hk_local_graduate" in d:
        uni = ("10000", "香港理工大學", "The Hong Kong Polytechnic University")
    degree = A.degree_certificate(holder, uni, major, grad_year, rng, english="hk_local_graduate" in d or rng.random() < 0.25)
    graduation = A.graduation_certificate(holder if "date_of_birth_mismatch" not in d else applicant, uni, major, grad_year, rng)
    org = rng.choice(["深圳前海数智科技有限公司", "广州天河信息技术有限公司", "上海浦江金融服务有限公司", "杭州西湖软件有限公司"])
    consent = A.consent_letter(applicant, org, AS_OF - timedelta(days=rng.randint(10, 60)), rng,
                               sealed="consent_without_seal" not in d, id_number=f"44030{rng.randint(10**12, 10**13 - 1)}")
    photo = A.photo(rng)
    form_a = A.applicant_form(applicant, number, "hk_local_graduate" in d, rng)

    new_company = "new_company_without_plan" in d or "new_company_with_plan" in d
    commenced = AS_OF - timedelta(days=rng.randint(60, 300)) if new_company else date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28))
    comp = company(rng, commenced)
    post = TALENT_POSTS[major[0]] if "talent_list_post" in d else rng.choice(POSTS[major[0]])
    monthly = rng.choice([14000, 16500, 18000]) if "salary_far_below_market" in d else \
        rng.choice([160000, 170000, 175000]) if "package_2m" in d else rng.randrange(32000, 90000, 500)
    housing = rng.choice([0, 0, 8000, 12000]) if "package_2m" not in d else 15000
    thirteenth = rng.random() < 0.5
    start = AS_OF + timedelta(days=rng.randint(20, 90))
    contract = E.employment_contract(comp, applicant, post, start, rng.choice([24, 36, 48]), monthly, housing, thirteenth, rng,
                                     chinese=rng.random() < 0.3)
    br_expiry = AS_OF - timedelta(days=rng.randint(10, 200)) if "expired_br" in d else AS_OF + timedelta(days=rng.randint(30, 360))
    br = E.br_certificate(comp, br_expiry, rng, demand_note=rng.random() < 0.3)
    year_end = date(AS_OF.year - 1, 12, 31) if rng.random() < 0.5 else date(AS_OF.year, 3, 31)
    revenue = rng.randint(5, 80) * 1_000_000
    if "loss_negative_equity" in d:
        profit, equity = -rng.randint(1, 5) * 1_000_000 - 230_000, -rng.randint(1, 3) * 1_000_000 - 120_000
    else:
        profit, equity = int(revenue * rng.uniform(0.04, 0.18)), rng.randint(3, 30) * 1_000_000
    fin_kind = "audited" if "loss_negative_equity" in d else rng.choice(["audited", "audited", "audited", "trading", "tax_return"])
    if fin_kind == "trading":
        fin = E.trading_account(comp, year_end, revenue, profit, rng)
    elif fin_kind == "tax_return":
        fin = E.profits_tax_return(comp, year_end, revenue, profit, rng)
    else:
        fin = E.financial_statements(comp, year_end, revenue, profit, equity, rng, going_concern="loss_negative_equity" in d)
    profile = E.company_profile(comp, rng.randint(12, 300), rng)
    form_b = E.employer_form(comp, post, monthly, TALENT_POSTS[major[0]] if "talent_list_post" in d else None, rng)
    recruit = E.recruitment_evidence(comp, post, AS_OF - timedelta(days=rng.randint(60, 150)), rng)

    groups: list[tuple[list[A.GenDoc], str]] = [
        ([td], rng.choice(["jpeg", "png", "phone", "scan_pdf"])),
        ([degree, graduation], "scan_pdf") if rng.random() < 0.4 else ([degree], rng.choice(["jpeg", "scan_pdf", "phone"])),
        ([consent], rng.choice(["jpeg", "scan_pdf", "png"])),
        ([photo], "jpeg"),
        ([form_a], rng.choice(["born_pdf", "scan_pdf"])),
        ([contract], rng.choice(["born_pdf", "scan_pdf", "tiff"])),
        ([br], rng.choice(["born_pdf", "jpeg", "scan_pdf"])),
        ([fin], rng.choice(["born_pdf", "born_pdf", "scan_pdf"])),
        ([profile, form_b], "born_pdf") if rng.random() < 0.3 else ([profile], "born_pdf"),
    ]
    if len(groups[1][0]) == 1:
        groups.append(([graduation], rng.choice(["jpeg", "scan_pdf"])))
    if len(groups[8][0]) == 1:
        groups.append(([form_b], "born_pdf"))
    exempt_expected = "package_2m" in d or "talent_list_post" in d
    if not exempt_expected:
        groups.append(([recruit], "born_pdf"))
    if "new_company_with_plan" in d:
        groups.append(([E.business_plan(comp, rng)], "born_pdf"))
    if rng.random() < 0.4:
        report = A.qualification_report(holder, uni, major, grad_year, graduation.fields["certificate_number"],
                                        AS_OF - timedelta(days=rng.randint(5, 40)), rng)
        groups.append(([report], rng.choice(["born_pdf", "born_pdf", "scan_pdf", "phone"])))
    if rng.random() < 0.35:
        left = AS_OF - timedelta(days=rng.randint(20, 90))
        letter = A.work_experience_letter(applicant, org, date(grad_year, 7, rng.randint(1, 28)), left,
                                          rng.choice(["软件工程师", "高级分析师", "项目经理", "财务主管"]), rng)
        groups.append(([letter], rng.choice(["jpeg", "scan_pdf"])))
    if rng.random() < 0.3:
        groups.append(([A.hkid_copy(applicant, hkid_number(rng), rng)], "jpeg"))
    dependants = 0
    if "dependants" in d:
        dependants = 1
        spouse = person(rng)
        groups.append(([A.marriage_certificate(applicant, spouse, date(grad_year + 3, 5, 20), rng)], "jpeg"))
        # The spouse's own permit: a travel document by its look, a dependant's by its holder.
        permit = A.eep_card(spouse, eep_number(rng), AS_OF + timedelta(days=rng.randint(300, 2000)), rng)
        permit.type = "dependant_document"
        groups.append(([permit], rng.choice(["jpeg", "png"])))
    if "irrelevant_document" in d:
        groups.append(([E.irrelevant_receipt(rng)], "jpeg"))
    if "missing_documents" in d:
        drop = {"consent_letter", "financial_statement"}
        groups = [(docs, form) for docs, form in groups if not any(x.type in drop for x in docs)]

    ctx = {"applicant": applicant, "holder": holder, "company": comp, "post": post, "monthly": monthly, "as_of": AS_OF,
           "talent": TALENT_POSTS[major[0]] if "talent_list_post" in d else None, "hk_degree": "hk_local_graduate" in d,
           "uni": uni, "major": major, "grad_year": grad_year}
    pick = random.Random(f"families-{seed}-{index}")  # its own stream: the classic draws stay as they were
    groups = [([F.restyle(doc, F.choose(doc.type, pick, families), ctx, pick) if doc.type in F.families() else doc
                for doc in docs], form) for docs, form in groups]
    photos = {"photo": A.face_image(rng)}
    files = [render_file(docs, form, rng, namer, photos) for docs, form in groups]
    if "empty_file" in d:
        files.append(OutFile(namer(".pdf"), b"", [], error="empty_file"))
    if "corrupt_file" in d:
        good = to_pdf(recruit.pages)
        files.append(OutFile(namer(".pdf"), good[: len(good) // 2], [], error="corrupt_file"))
    settings = {"as_of": AS_OF.isoformat(), "scheme": "ASMTP", "dependants": dependants}
    truth = {"case_id": case_id, "as_of": AS_OF.isoformat(), "dependants": dependants, "defects": defects,
             "files": [{"file": f.name, "form": f.form, "dpi": f.dpi, "error": f.error,
                        "documents": [{"type": doc.type, "family": doc.family, "family_status": F.status(doc.type, doc.family),
                                       "pages": pages, "fields": doc.fields} for doc, pages in f.docs]}
                       for f in files]}
    plan = {"types": [doc.type for f in files for doc, _ in f.docs], "defects": defects, "dependants": dependants,
            "degree": True, "new_company": new_company, "exempt": exempt_expected}
    truth["expected"] = expected_outcomes(plan)
    return case_id, {"settings": settings, "truth": truth}, files


def generate(out: Path, cases: int, seed: int, progress: Callable[[str], None] = print, families: str = "classic") -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(cases):
        defects = PLAN[i % len(PLAN)] if i < len(PLAN) else random.Random(seed + i).choice(PLAN)
        case_id, meta, files = build_case(i, seed, list(defects), families)
        folder = out / case_id
        folder.mkdir(exist_ok=True)
        for f in files:
            (folder / f.name).write_bytes(f.data)
        (folder / "case.yaml").write_text(yaml.safe_dump(meta["settings"], sort_keys=True), encoding="utf-8")
        (out / f"{case_id}.truth.json").write_text(json.dumps(meta["truth"], ensure_ascii=False, indent=1, sort_keys=True, default=str),
                                                   encoding="utf-8")
        progress(f"[{i + 1}/{cases}] {case_id}: {len(files)} files, defects: {', '.join(defects) or 'none'}")
        ids.append(case_id)
    return ids
