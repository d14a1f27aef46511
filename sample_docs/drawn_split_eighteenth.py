"""An eighteenth drawn set, drawn after the seventeenth: one document over several files, as SPEC §2
allows and as applicants upload when they photograph or scan a page at a time. A letter of
appointment on two pages, its pay on the second (photographed, one JPEG a page); a Chinese labour
contract on two pages, its pay on the second (scanned, one PNG a page); an Exit-Entry Permit's front
and back photographed apart; and, to show what must stay apart, a consent letter followed by a
covering note that is no part of it. Each party's files are one case. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set eighteenth`). Every name and
number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes
from .drawn_photos_ninth import jpeg_as_taken, photographed

CN_DIGITS = "零一二三四五六七八九十"


def _photo(sheet: Sheet | Image.Image, name: str) -> bytes:
    img = sheet.img if isinstance(sheet, Sheet) else sheet
    return jpeg_as_taken(photographed(img, zlib.crc32(name.encode())), 1)


def appointment_pages(c: seventh.Company) -> list[Sheet]:
    """A letter of appointment: who and what on the first page, pay and terms on the second."""
    first, second = Sheet(), Sheet()
    first.text(140, 120, c.name, 34, "serif_bold")
    first.text(140, 240, f"{c.start.replace(day=1).strftime('%d %B %Y').lstrip('0')}", 26, "serif")
    first.text(140, 320, f"Dear {c.employee},", 26, "serif")
    first.text(140, 400, "Letter of Appointment", 30, "serif_bold")
    paras = [f"We are delighted to confirm your appointment with {c.name} on the terms set out in this letter.",
             f"(a) Post: {c.position}, reporting to the Head of Operations.",
             f"(b) Commencement: {c.start.strftime('%d %B %Y').lstrip('0')}.",
             f"(c) Duration: {c.term_months} months from the commencement date, renewable by agreement.",
             "(d) Place of work: our Hong Kong office, or such other place as we reasonably direct."]
    y = 480
    for p in paras:
        first.wrapped(140, y, p, 80, 26, "serif", 38)
        y += 38 * (len(p) // 80 + 1) + 24
    first.text(780, 2200, "Page 1 of 2", 22, "serif")
    paras = ["(e) Remuneration: a monthly salary of HK$" + f"{c.salary:,}, payable in arrears.",
             "(f) Accommodation: " + (f"a monthly housing allowance of HK${c.housing:,}." if c.housing
                                      else "none is provided with this post."),
             f"(g) Year-end payment: HK${c.bonus:,}, guaranteed, paid with December's salary.",
             "(h) Probation: three months, during which either party may end the appointment on seven days' notice.",
             "Please sign and return the duplicate copy of this letter to signify your acceptance."]
    y = 160
    for p in paras:
        second.wrapped(140, y, p, 80, 26, "serif", 38)
        y += 38 * (len(p) // 80 + 1) + 24
    second.text(140, y + 120, "Yours sincerely,", 26, "serif")
    second.text(140, y + 300, "Human Resources Manager", 26, "serif")
    second.text(900, y + 300, f"Accepted: {c.employee}", 26, "serif")
    second.text(780, 2200, "Page 2 of 2", 22, "serif")
    return [first, second]


def _cn_number(n: int) -> str:
    return CN_DIGITS[n] if n <= 10 else "十" + CN_DIGITS[n - 10]


def labour_contract_pages(c: seventh.Company) -> list[Sheet]:
    """A labour contract in Chinese: the parties and the post first, pay on the second page."""
    first, second = Sheet(), Sheet()
    first.text(640, 140, "劳 动 合 同", 52, "serif_cjk")
    first.text(180, 300, f"甲方（用人单位）：{c.name_zh}", 32, "serif_cjk")
    first.text(180, 370, f"乙方（劳动者）：{c.employee}", 32, "serif_cjk")
    clauses = [f"乙方同意担任{c.position}一职。",
               f"本合同自{c.start.year}年{c.start.month}月{c.start.day}日起生效，期限为{c.term_months}个月。",
               "工作地点为甲方在香港的办事处。"]
    y = 500
    for k, clause in enumerate(clauses, 1):
        first.text(180, y, f"第{_cn_number(k)}条  {clause}", 30, "serif_cjk")
        y += 80
    first.text(760, 2200, "第1页 共2页", 24, "serif_cjk")
    clauses = [f"甲方每月支付乙方工资港币{c.salary:,}元。",
               f"甲方每月另付住房津贴港币{c.housing:,}元。" if c.housing else "甲方不另付住房津贴。",
               f"甲方每年十二月保证支付年终奖金港币{c.bonus:,}元。",
               "本合同一式两份，双方各执一份。"]
    y = 160
    for k, clause in enumerate(clauses, 4):  # the first page held clauses one to three
        second.text(180, y, f"第{_cn_number(k)}条  {clause}", 30, "serif_cjk")
        y += 80
    second.text(180, y + 160, "甲方（盖章）：", 30, "serif_cjk")
    second.text(900, y + 160, "乙方（签字）：", 30, "serif_cjk")
    second.text(760, 2200, "第2页 共2页", 24, "serif_cjk")
    return [first, second]


def covering_note(c: seventh.Company, applicant: str) -> Sheet:
    s = Sheet()
    s.text(160, 160, c.name, 30, "sans_bold")
    s.text(160, 260, "To whom it may concern", 26, "serif")
    s.wrapped(160, 340, f"The papers of {applicant} that we upload with this note are the ones the department asked "
                        "for on our last call. Please contact our office if anything further is needed.", 72, 26,
              "serif", 40)
    s.text(160, 600, "Human Resources", 26, "serif")
    return s


def _contract_truth(c: seventh.Company, employee: str) -> dict:
    want = seventh.truth(c, "employment_contract", "clauses")
    return {k: want[k] for k in ("position", "start_date", "term_months", "monthly_salary_hkd",
                                 "housing_allowance_hkd", "guaranteed_bonus_hkd")} | {"employee_name": employee}


def write_all(folder: Path) -> list[dict]:
    """Each party's files, and one entry per document: {file (its first), pages, case, type, layout,
    fields}; `continued_in` names the later files the document goes on in."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        c, g, h = seventh.COMPANIES[i], eighth.GRADUATES[i], sixteenth.HOLDERS[i]
        case = f"party-{i + 1}"
        if i == 0:
            pages = [_photo(s, f"appointment-{k}") for k, s in enumerate(appointment_pages(c))]
            files = [f"IMG_20{41 + k}.jpg" for k in range(2)]
            contract = {"employer_name": c.name} | _contract_truth(c, c.employee.upper())
            layout = "appointment-photographed"
        else:
            pages = [png_bytes(s.scanned(zlib.crc32(f"labour-{k}".encode()))) for k, s in enumerate(labour_contract_pages(c))]
            files = [f"scan{k + 1:04d}.png" for k in range(2)]
            contract = {"employer_name": c.name_zh} | _contract_truth(c, c.employee)
            layout = "labour-scanned"
        permit = [_photo(sixteenth._permit_front(h, 1.6), f"front-{i}"), _photo(sixteenth._permit_back(h).resize((1376, 864)),
                                                                               f"back-{i}")]
        permit_files = [f"permit_{side}_{i + 1}.jpg" for side in ("front", "back")]
        for name, data in [*zip(files, pages), *zip(permit_files, permit)]:
            (folder / name).write_bytes(data)
        (folder / f"z_consent_{i + 1}.png").write_bytes(png_bytes(eighth.consent_letter(g).scanned(i)))
        (folder / f"z_note_{i + 1}.png").write_bytes(png_bytes(covering_note(c, g.pinyin).scanned(i)))
        out += [
            {"file": files[0], "pages": [1], "case": case, "type": "employment_contract", "layout": layout,
             "fields": {"type": "employment_contract", "continued_in": files[1:]} | contract},
            {"file": permit_files[0], "pages": [1], "case": case, "type": "travel_document", "layout": "permit-two-photos",
             "fields": {"type": "travel_document", "continued_in": permit_files[1:]} | sixteenth.truth(h, "permit")},
            {"file": f"z_consent_{i + 1}.png", "pages": [1], "case": case, "type": "consent_letter", "layout": "then-a-note",
             "fields": {"type": "consent_letter", "continued_in": []} | eighth.truth(g, "consent_letter", "chopped")},
            {"file": f"z_note_{i + 1}.png", "pages": [1], "case": case, "type": "unknown", "layout": "note-after-consent",
             "fields": {"type": "unknown"}},
        ]
    return out
