"""A two-hundred-and-first drawn set, a ninth test set of plans, drawn after the plans' readers were mended for the
hundred-and-ninety-fifth: five business plans in wording no set used. A plan written as a letter to the Director
('contributed HK$1,500,000 in cash for their shares', 'sales of HK$3.6M during the first financial year', 'recruit 7
staff members in Hong Kong'); a traditional Chinese plan in bullets ('股本（已繳足）', '首個財政年度預算收入', '在港僱用員工：
七人'); a ruled table of items and amounts ("Owners' equity contributed", 'New positions for HK residents'); prose with a
market's size before the company's own figures ('baristas recruited from the local labour market'); a plan under
headings ('Funding', 'Revenue forecast', 'Employment', 'Headcount at the end of year one: 5, all ordinarily resident
in Hong Kong'). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredfirst`). Every name and number is made up."""
from __future__ import annotations

import textwrap
from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph


def plan_letter_to_director() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Marshgate Ceramics Studio Limited", 30, "serif_bold")
    text_lines(s, 140, 160, ["Unit 5, 9/F, Kwun Tong Industrial Centre, Kowloon", "14 November 2026", "",
                        "The Director of Immigration", "Immigration Tower, Wan Chai", "", "Dear Sir or Madam,", "",
                        "Business plan of Marshgate Ceramics Studio Limited"], 22, "serif", 40)
    s.wrapped(140, 560, "The company was set up in September 2026 to design and fire tableware for hotels and restaurants. "
              "The two founding shareholders have contributed HK$1,500,000 in cash for their shares. We anticipate sales of "
              "HK$3.6M during the first financial year, most of it from three hotel groups we already supply. Within twelve "
              "months we intend to recruit 7 staff members in Hong Kong: four potters, a glaze technician and two sales "
              "coordinators.", 88, 22, "serif", leading=38)
    text_lines(s, 140, 900, ["Yours faithfully,", "", "Tse Wing Yan, Director"], 22, "serif", 40)
    return scanned_png(s, "letterplan"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 7}


def plan_traditional_bullets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "晴川數碼印刷有限公司", 40, "serif_cjk")
    s.text(640, 190, "營運計劃摘要", 36, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司於二〇二六年八月成立，為中小企提供數碼印刷及包裝設計服務，營業地點位於觀塘。", 34, 28, 56)
    text_lines(s, 140, 470, ["•  股本（已繳足）：港幣一百二十萬元", "•  首個財政年度預算收入：港幣四百五十萬元",
                        "•  在港僱用員工：七人", "•  主要客戶：本地零售及餐飲企業"], 30, "serif_cjk", 64)
    return scanned_png(s, "bullets"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4500000.0, "local_jobs": 7}


def plan_items_and_amounts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Redfern Language Services Limited", 30, "sans_bold")
    s.text(140, 160, "Business plan - key items", 24, "sans")
    rows = [("Item", "Amount"), ("Owners' equity contributed", "HK$620,000"),
            ("Projected revenue, first 12 months", "HK$1,950,000"), ("New positions for HK residents", "3"),
            ("Office", "Sheung Wan, 1,200 sq ft")]
    top = 230
    for i, (item, amount) in enumerate(rows):
        y = top + i * 70
        s.d.rectangle([140, y, 1540, y + 70], outline=(0, 0, 0), width=2)
        s.d.line([960, y, 960, y + 70], fill=(0, 0, 0), width=2)
        font = "sans_bold" if i == 0 else "sans"
        s.text(160, y + 20, item, 24, font)
        s.text(980, y + 20, amount, 24, font)
    return scanned_png(s, "itemsamounts"), {"capital_hkd": 620000.0, "projected_turnover_hkd": 1950000.0, "local_jobs": 3}


def plan_market_before_figures() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lanternfield Coffee Roasters Limited", 32, "serif_bold")
    s.wrapped(140, 190, "Hong Kong's market for specialty coffee is worth about HK$2.1 billion a year and grew by 8% last year. "
              "With share capital of HK$450,000 now paid up, we aim for turnover of HK$1,250,000 in year one from our "
              "roastery and two kiosks, employing two full-time baristas recruited from the local labour market.", 90, 24,
              "serif", leading=40)
    return scanned_png(s, "market"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1250000.0, "local_jobs": 2}


def plan_under_headings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northgate Bioinformatics Limited", 32, "sans_bold")
    s.text(140, 150, "Business plan, November 2026", 22, "sans")
    y = 230
    for heading, body in [("Funding", "The founders have subscribed for ordinary shares for a total of HK$800,000, fully paid."),
                          ("Revenue forecast", "Year one: HK$2,900,000, from genome analysis contracts with two hospitals."),
                          ("Employment", "Headcount at the end of year one: 5, all ordinarily resident in Hong Kong.")]:
        s.text(140, y, heading, 26, "sans_bold")
        s.wrapped(140, y + 50, body, 90, 22, "sans", leading=36)
        y += 50 + 36 * len(textwrap.wrap(body, 90)) + 40
    return scanned_png(s, "headings"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2900000.0, "local_jobs": 5}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-letter.png", plan_letter_to_director, "business_plan", "letter-to-director"),
              ("plan-bullets.png", plan_traditional_bullets, "business_plan", "traditional-bullets"),
              ("plan-items.png", plan_items_and_amounts, "business_plan", "items-and-amounts"),
              ("plan-market.png", plan_market_before_figures, "business_plan", "market-before-figures"),
              ("plan-headings.png", plan_under_headings, "business_plan", "under-headings")]
    return write_drawn(folder, papers)
