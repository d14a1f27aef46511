"""A hundred-and-fifty-fifth drawn set, a test set: five business plans in wording no set used, drawn after the plans'
readers were mended for the hundred-and-forty-eighth, to see whether those mends read new ones. A plan in traditional
Chinese prose whose sums are in 萬 and whose hires are 3名本地員工; a hiring schedule by quarter with a total column; a
director's letter ('I have invested HK$850,000 of my own savings', 'sales of around HK$2.2 million', 'two local staff');
a table of key assumptions; a plan in simplified Chinese whose capital is registered and partly paid (已实缴港币60万元).
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfiftyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def plan_hant_wan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "曉峰智能物流有限公司", 40, "serif_cjk")
    s.text(700, 190, "業務計劃", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司實繳資本為港幣120萬元，由創辦人全數出資。預計首年營業額為港幣300萬元，次年為港幣450萬元。"
               "首年將聘請3名本地員工，負責倉務及客戶服務。", 36, 30, 60)
    return scanned_png(s, "hantwan"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 3}


def plan_quarterly_hiring() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northwind Aquaponics Limited - business plan", 30, "serif_bold")
    s.wrapped(140, 180, "The founders have paid up share capital of HK$900,000. We forecast revenue of HK$2,600,000 in the first "
              "year of operation from restaurant and supermarket contracts.", 90, 24, "serif", leading=40)
    s.text(140, 320, "Hiring plan, first year", 26, "serif_bold")
    _ruled(s, 140, 370, [["Staff", "Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027", "Total"], ["Local staff", "1", "1", "2", "0", "4"],
                         ["Non-local staff", "1", "0", "0", "0", "1"]], [300, 200, 200, 200, 200, 180], 60, 24)
    return scanned_png(s, "quarterly"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def plan_directors_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Saltmarsh Ceramics Studio Limited", 32, "serif_bold")
    s.wrapped(140, 190, "Dear Sir or Madam, I founded Saltmarsh Ceramics Studio in March 2026 to make tableware for hotels and "
              "restaurants. I have invested HK$850,000 of my own savings in the company as its paid-up capital. With two hotel "
              "groups already trialling our range, we aim to achieve sales of around HK$2.2 million in our first full year. To "
              "meet those orders we shall hire two local staff in 2027, a kiln technician and a sales coordinator. Yours faithfully, "
              "Lam Hoi Ching, Director", 88, 24, "serif", leading=42)
    return scanned_png(s, "letter"), {"capital_hkd": 850000.0, "projected_turnover_hkd": 2200000.0, "local_jobs": 2}


def plan_key_assumptions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brightfield Solar Installations Limited", 32, "serif_bold")
    s.text(140, 160, "Key assumptions of the plan", 26, "serif")
    _ruled(s, 140, 230, [["Assumption", "HK$ / number"], ["Capital", "1,500,000"], ["Year-1 revenue", "4,800,000"],
                         ["Year-2 revenue", "7,200,000"], ["Local headcount (Y1)", "7"], ["Gross margin", "32%"]], [620, 480], 64, 26)
    return scanned_png(s, "assumptions"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 4800000.0, "local_jobs": 7}


def plan_hans_partly_paid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "香港澄明医疗器械有限公司", 40, "serif_cjk")
    s.text(700, 190, "商业计划书（摘要）", 36, "serif_cjk")
    y = 300
    for line in ["（一）注册资本及实缴情况：注册资本港币100万元，已实缴港币60万元。", "（二）预计营业额：2027年度港币180万元，2028年度港币260万元。",
                 "（三）本地就业：2027年将聘用本地雇员3人。", "（四）主要业务：医疗器械进出口及售后维修。"]:
        s.text(140, y, line, 28, "serif_cjk")
        y += 66
    return scanned_png(s, "partlypaid"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-hant-wan.png", plan_hant_wan, "business_plan", "hant-wan"),
              ("plan-quarterly-hiring.png", plan_quarterly_hiring, "business_plan", "quarterly-hiring"),
              ("plan-directors-letter.png", plan_directors_letter, "business_plan", "directors-letter"),
              ("plan-key-assumptions.png", plan_key_assumptions, "business_plan", "key-assumptions"),
              ("plan-hans-partly-paid.png", plan_hans_partly_paid, "business_plan", "hans-partly-paid")]
    return write_drawn(folder, papers)
