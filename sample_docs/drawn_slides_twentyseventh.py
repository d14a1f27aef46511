"""A twenty-seventh drawn set, drawn after the twenty-sixth: a company's background and a business plan as
the slide decks employers present them in, exported to PDF: landscape 16:9 pages, a big title and a few
bullets each, a table on a slide, the company's name in every slide's footer. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set twentyseventh`). Every name, number
and amount is made up."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen import canvas

SLIDE = (960, 540)  # points, 16:9


@dataclass(frozen=True)
class Venture:
    name: str
    founded: int
    business: str
    capital: int
    turnover: tuple[int, int, int]
    local_jobs: tuple[int, int, int]


VENTURES = [
    Venture("Tidemark Robotics Limited", 2025, "warehouse picking robots for Hong Kong logistics operators",
            3_200_000, (4_800_000, 9_600_000, 15_200_000), (4, 7, 12)),
    Venture("Jadeleaf Health Analytics Limited", 2024, "software that reads clinic records for insurers",
            6_500_000, (7_150_000, 11_900_000, 18_400_000), (6, 10, 15)),
]


class Deck:
    def __init__(self, company: str) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=SLIDE, invariant=1)
        self.company, self.n = company, 0

    def slide(self, title: str, bullets: list[str] | None = None, table: list[tuple[str, ...]] | None = None) -> None:
        self.n += 1
        c = self.c
        c.setFillColorRGB(0.12, 0.27, 0.45)
        c.rect(0, 470, 960, 70, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(50, 492, title)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        y = 420
        for b in bullets or []:
            c.setFont("Helvetica", 20)
            c.drawString(70, y, f"\u2022  {b}")
            y -= 40
        if table:
            for r, row in enumerate(table):
                for k, cell in enumerate(row):
                    c.setFont("Helvetica-Bold" if r == 0 or k == 0 else "Helvetica", 18)
                    c.drawString(70 + 220 * k, y - 36 * r, cell)
        c.setFont("Helvetica", 10)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(50, 20, f"{self.company}  |  Confidential")
        c.drawRightString(910, 20, str(self.n))
        c.showPage()

    def bytes(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def profile_deck(v: Venture) -> bytes:
    d = Deck(v.name)
    d.slide(v.name, ["Company introduction", "March 2026"])
    d.slide("Who we are", [f"Founded in Hong Kong in {v.founded}", f"We build {v.business}", "Office in Kwun Tong, Kowloon"])
    d.slide("What we offer", ["Products designed and supported in Hong Kong", "Installation, training and maintenance",
                              "Service contracts priced by the month"])
    d.slide("Our markets", ["Hong Kong: 70% of sales", "Macao and the Greater Bay Area: 30% of sales"])
    d.slide("Our clients", ["Third-party logistics operators", "Retail chains and their distribution centres"])
    d.slide("Memberships", ["Hong Kong General Chamber of Commerce", "Hong Kong Science and Technology Parks incubation programme"])
    d.slide("Contact us", ["Unit 1503, 15/F, 66 Hoi Yuen Road, Kwun Tong", "enquiry@company.example"])
    return d.bytes()


def plan_deck(v: Venture) -> bytes:
    d = Deck(v.name)
    d.slide("Business Plan 2026 - 2028", [v.name])
    d.slide("Funding", [f"Paid-up capital: HK${v.capital:,}", "Funded by the two founding shareholders", "No bank borrowing planned"])
    d.slide("Three-year forecast", table=[("", "Year 1", "Year 2", "Year 3"),
                                          ("Turnover (HK$)", *(f"{t:,}" for t in v.turnover)),
                                          ("Local staff", *(str(n) for n in v.local_jobs))])
    d.slide("Hiring plan", [f"{v.local_jobs[0]} local staff in the first year, {v.local_jobs[2]} by the third",
                            "One Mainland specialist to lead product engineering"])
    d.slide("Milestones", ["Q2 2026: first three client sites live", "Q4 2026: break-even month", "2027: Macao office"])
    return d.bytes()


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, v in enumerate(VENTURES, 1):
        (folder / f"company-deck-{i}.pdf").write_bytes(profile_deck(v))
        (folder / f"plan-deck-{i}.pdf").write_bytes(plan_deck(v))
        out += [{"file": f"company-deck-{i}.pdf", "pages": list(range(1, 8)), "type": "company_profile", "layout": "slides",
                 "fields": {"type": "company_profile"}},
                {"file": f"plan-deck-{i}.pdf", "pages": list(range(1, 6)), "type": "business_plan", "layout": "slides",
                 "fields": {"type": "business_plan", "capital_hkd": v.capital, "projected_turnover_hkd": v.turnover[0],
                            "local_jobs": v.local_jobs[0]}}]
    return out
