"""A hundred-and-ninety-third drawn set, a ninth test set of plans, drawn after the plans' readers were mended for the
hundred-and-ninety-second: five business plans in wording no set used. A plan whose capital is 'Share capital: HK$500,000
(paid)' and whose revenue is its 'base case'; a plan whose hires are a headcount table by quarter, the year's figure at its
end; a plan in simplified Chinese whose capital is '股东已缴足出资港币60万元'; slides each with its caption over a big
figure; an owner's letter whose capital is her own savings and whose hires are 'an editor and a designer, both Hong Kong
residents'. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredninetythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_proposals_hundredninetysecond import _lines


def plan_paid_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lakeshore Piano Studio Limited", 32, "serif_bold")
    _lines(s, 180, ["Share capital: HK$500,000 (paid)", "First-year revenue, base case: HK$1,350,000",
                    "We will take on 3 local piano teachers in the first year."])
    return scanned_png(s, "paidbrackets"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1350000.0, "local_jobs": 3}


def plan_headcount_by_quarter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northpeak Cyber Insurance Brokers Limited", 32, "serif_bold")
    _lines(s, 170, ["Paid-up capital: HK$2,500,000", "Projected revenue for the first year: HK$7,200,000"])
    s.text(140, 300, "Headcount plan (local staff, end of quarter)", 26, "serif_bold")
    _ruled(s, 140, 350, [["", "Q1", "Q2", "Q3", "Q4"], ["Local staff", "2", "3", "5", "6"], ["Staff from outside HK", "1", "1", "1", "2"]],
           [360, 200, 200, 200, 200], 64, 24)
    return scanned_png(s, "quarters"), {"capital_hkd": 2500000.0, "projected_turnover_hkd": 7200000.0, "local_jobs": 6}


def plan_hans_contributed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "青禾有机食品贸易有限公司", 38, "serif_cjk")
    s.text(680, 190, "商业计划", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　公司股东已缴足出资港币60万元。第一年计划实现销售收入港币210万元。公司将雇用本地员工三名，负责采购、仓储及门市销售。", 34, 28, 56)
    return scanned_png(s, "contributed"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 3}


def plan_slide_caption_above() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 1000], outline=(200, 200, 200), width=4)
    s.text(120, 80, "Emberline Coffee Roasters Limited - Year one", 36, "sans_bold")
    for k, (caption, figure) in enumerate([("Capital paid up", "HK$720,000"), ("Revenue", "HK$2.6M"), ("Local hires", "5")]):
        x = 120 + 500 * k
        s.text(x, 260, caption, 26, "sans", (90, 90, 90))
        s.text(x, 310, figure, 60, "sans_bold")
    return scanned_png(s, "slidecaption"), {"capital_hkd": 720000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 5}


def plan_owner_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brightfern Children's Books Limited", 32, "serif_bold")
    s.wrapped(140, 190, "I started this publishing house with my own savings of HK$350,000, all of it paid into the company. I expect "
              "book sales and licensing to bring in HK$980,000 in the first year, and I will hire an editor and a designer, both "
              "Hong Kong residents.", 90, 24, "serif", leading=40)
    return scanned_png(s, "owner"), {"capital_hkd": 350000.0, "projected_turnover_hkd": 980000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-paid-brackets.png", plan_paid_in_brackets, "business_plan", "paid-in-brackets"),
              ("plan-quarters.png", plan_headcount_by_quarter, "business_plan", "headcount-by-quarter"),
              ("plan-contributed.png", plan_hans_contributed, "business_plan", "hans-contributed"),
              ("plan-slide-caption.png", plan_slide_caption_above, "business_plan", "slide-caption-above"),
              ("plan-owner-letter.png", plan_owner_letter, "business_plan", "owner-letter")]
    return write_drawn(folder, papers)
