"""A twenty-fourth drawn set, drawn after the twenty-third: papers that came as e-mails, printed to PDF
from a web mail page as small employers and their staff send them. The browser's line with the print's
date and time and the page's title above, the mail's From, To, Date and Subject, the body, the sender's
signature, the page's address and count below. An offer of employment sent to the applicant; a Mainland
employer's consent sent by its personnel office, which carries no seal. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set twentyfourth`). Every name,
number and address is made up."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .generator.render import FONT_FILES

TOP = 842


@dataclass(frozen=True)
class Offer:
    company: str
    domain: str
    sender: str
    applicant: str  # as the mail addresses the applicant
    position: str
    start: date
    months: int
    salary: int
    sent: date
    old_employer: str  # the applicant's present employer, in Chinese
    hr_sender: str
    name_zh: str


OFFERS = [
    Offer("Northgate Semiconductor Limited", "northgate-semi.example", "Carmen Lau", "Wang Lihua", "Senior Process Engineer",
          date(2026, 6, 1), 24, 56_000, date(2026, 3, 2), "无锡芯拓微电子有限公司", "人力资源部 周敏", "王丽华"),
    Offer("Kowloon Bay Freight Systems Limited", "kbfreight.example", "Derek Ho", "Tang Yuchen", "Logistics Data Analyst",
          date(2026, 8, 3), 36, 41_500, date(2026, 4, 20), "厦门海联物流科技有限公司", "人事行政部 林晓", "唐雨辰"),
]


def _font() -> str:
    path, index = FONT_FILES["sans_cjk"]
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", path, subfontIndex=index))
    return "WQY"


def _mail(head: str, meta: list[tuple[str, str]], body: list[str], url: str, sent: date) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cjk = _font()

    def line(x: float, y: float, s: str, size: float = 10, bold: bool = False) -> None:
        c.setFont(cjk if not s.isascii() else ("Helvetica-Bold" if bold else "Helvetica"), size)
        c.drawString(x, TOP - y, s)
    line(30, 24, f"{sent.month}/{sent.day}/{sent.year % 100}, 10:15 AM", 8)
    line(240, 24, f"Web Mail - {head}", 8)
    line(60, 80, head, 15, True)
    y = 120
    for label, value in meta:
        line(60, y, f"{label}:", 9, True)
        line(120, y, value, 9)
        y += 15
    c.line(60, TOP - y - 4, 535, TOP - y - 4)
    y += 30
    for text in body:
        line(60, y, text, 10)
        y += 16 if text else 10
    line(30, 820, url, 8)
    line(540, 820, "1/1", 8)
    c.showPage()
    c.save()
    return buf.getvalue()


def offer_mail(o: Offer) -> bytes:
    sent = f"Mon, {o.sent.day} {o.sent:%b %Y} at 10:02"
    body = [f"Dear {o.applicant},", "",
            f"Following your interviews, we are pleased to offer you employment as {o.position} with our company,",
            f"starting on {o.start.day} {o.start:%B %Y}. The appointment is on a fixed-term contract of {o.months} months.",
            f"Your salary will be HK${o.salary:,} per month. We will send the formal contract for signature",
            "once you accept this offer by reply.", "",
            "Kind regards,", "", o.sender, "Human Resources Manager", o.company,
            f"Tel: +852 2345 6789 | www.{o.domain}"]
    return _mail(f"Offer of employment - {o.position}",
                 [("From", f"{o.sender} <{o.sender.split()[0].lower()}@{o.domain}>"),
                  ("To", f"{o.applicant.lower().replace(' ', '.')}@mail.example"), ("Date", sent),
                  ("Subject", f"Offer of employment - {o.position}")], body,
                 f"https://mail.example.com/mail/u/0/#inbox/{o.sent:%Y%m%d}", o.sent)


def consent_mail(o: Offer) -> bytes:
    when = date(o.sent.year, o.sent.month, o.sent.day + 5)
    body = ["香港特别行政区政府入境事务处：", "",
            f"我单位职工{o.name_zh}同志拟应聘于香港{o.company}工作。经研究，我单位同意其赴港工作，",
            "并将在其赴港前办理离职手续。", "", "特此函告。", "",
            o.old_employer, o.hr_sender, f"{when.year}年{when.month}月{when.day}日"]
    return _mail("关于同意职工赴港工作的函", [("发件人", "hr@works-cn.example"),
                                              ("收件人", f"{o.applicant.lower().replace(' ', '.')}@mail.example"),
                                              ("时间", f"{when.year}年{when.month}月{when.day}日 09:40"),
                                              ("主题", "关于同意职工赴港工作的函")], body,
                 "https://mail.example.com/mail/u/0/#inbox/consent", when)


def truth(o: Offer, kind: str) -> dict:
    if kind == "employment_contract":
        return {"employer_name": o.company, "employee_name": o.applicant.upper(), "position": o.position,
                "start_date": o.start.isoformat(), "term_months": o.months, "monthly_salary_hkd": float(o.salary)}
    when = date(o.sent.year, o.sent.month, o.sent.day + 5)
    return {"organisation": o.old_employer, "applicant_name": o.name_zh, "date": when.isoformat(), "seal_present": False}


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, o in enumerate(OFFERS, 1):
        for kind, make in (("employment_contract", offer_mail), ("consent_letter", consent_mail)):
            file = f"mail-{i}-{'offer' if kind == 'employment_contract' else 'consent'}.pdf"
            (folder / file).write_bytes(make(o))
            out.append({"file": file, "type": kind, "layout": "web-mail-print", "fields": {"type": kind} | truth(o, kind)})
    return out
