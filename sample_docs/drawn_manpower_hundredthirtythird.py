"""A hundred-and-thirty-third drawn set: five business plans in layouts no set drew. Bullets whose staffing counts the
local part in brackets ('Staffing: 4 (3 local + 1 from the Mainland)'); a manpower table by year whose columns are
'Hong Kong residents | Others'; a plan in traditional Chinese prose that will hire 'three local employees and one
Mainland specialist' (三名本地僱員及一名內地專才); an initial investment split into share capital and a shareholder's
loan; an executive summary that breaks even 'in month 10' on first-year sales 'of HK$3.2m'. Each is a case of its own.
Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredthirtythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24) -> int:
    for line in lines:
        s.text(140, y, line, size, "serif_bold" if line.endswith(":") else "serif")
        y += 42
    return y


def plan_bullets_local_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Greenstep Physiotherapy Limited - plan at a glance", 32, "serif_bold")
    _lines(s, 200, ["Key points:", "  •  Opened: October 2026, Tsim Sha Tsui", "  •  Paid-up capital: HK$450,000",
                    "  •  Turnover, first year: HK$1,720,000", "  •  Staffing: 4 (3 local + 1 from the Mainland)",
                    "  •  Services: sports injury clinic, post-operative rehabilitation"])
    return scanned_png(s, "bullets"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1720000.0, "local_jobs": 3}


def plan_manpower_by_residence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Clearwave Water Testing Limited", 34, "serif_bold")
    s.text(140, 160, "Business plan: finance and manpower", 26, "serif")
    s.text(140, 240, "The shareholders have paid up HK$1,500,000 of share capital. We forecast revenue of HK$3,600,000", 24, "serif")
    s.text(140, 282, "in the first year and HK$5,200,000 in the second.", 24, "serif")
    s.text(140, 360, "Manpower plan", 26, "serif_bold")
    _ruled(s, 140, 410, [["Year", "Hong Kong residents", "Others", "Total"], ["Year 1", "5", "1", "6"], ["Year 2", "8", "2", "10"]],
           [260, 360, 260, 260], 64, 24)
    return scanned_png(s, "residence"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 5}


def plan_hant_prose() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "朗峰建築信息模型顧問有限公司", 38, "serif_cjk")
    s.text(680, 170, "業務計劃", 38, "serif_cjk")
    y = _paragraph(s, 140, 280, "　　本公司於二〇二六年九月成立，主要為建築公司提供建築信息模型（BIM）顧問服務。股東已繳足股本港幣六十萬元。", 36, 26, 50)
    y = _paragraph(s, 140, y + 20, "　　預計首年營業額為港幣一百八十萬元，次年為港幣二百六十萬元。", 36, 26, 50)
    _paragraph(s, 140, y + 20, "　　本公司計劃於首年聘請三名本地僱員及一名內地專才（即本申請之申請人）。", 36, 26, 50)
    return scanned_png(s, "hantprose"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def plan_investment_split() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ironbark Specialty Coffee Limited", 34, "serif_bold")
    _lines(s, 190, ["Funding:", "Initial investment: HK$600,000 (share capital HK$500,000 and a shareholder's loan of HK$100,000)", "",
                    "Targets:", "Year-one revenue target: HK$2.1 million", "Year-two revenue target: HK$2.9 million", "",
                    "People:", "We will recruit two local baristas and one local shop manager before opening."])
    return scanned_png(s, "split"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 3}


def plan_executive_summary() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "EXECUTIVE SUMMARY", 34, "serif_bold")
    s.text(140, 160, "Brightloom Textile Design Limited", 28, "serif")
    s.wrapped(140, 240, "Brightloom designs printed fabrics for fashion labels in Europe and Japan. Its founders put in HK$900,000 "
              "of paid-up capital in August 2026. We expect to break even in month 10, with first-year sales of HK$3.2m, and "
              "to employ six local designers and production assistants by the end of the first year, alongside the textile "
              "engineer from Shanghai for whom this application is made.", 92, 24, "serif", leading=40)
    return scanned_png(s, "summary"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 6}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-bullets.png", plan_bullets_local_in_brackets, "business_plan", "bullets-local-in-brackets"),
              ("plan-manpower.png", plan_manpower_by_residence, "business_plan", "manpower-by-residence"),
              ("plan-hant-prose.png", plan_hant_prose, "business_plan", "hant-prose-hires"),
              ("plan-investment.png", plan_investment_split, "business_plan", "investment-split"),
              ("plan-summary.png", plan_executive_summary, "business_plan", "executive-summary")]
    return write_drawn(folder, papers)
