"""A two-hundred-and-twenty-seventh drawn set, a test set of three sets of accounts and three business plans in layouts
and wording no set drew, drawn after the 226th's mends. Accounts as a bilingual statement (收入 Revenue, 本年度 Current
year); as a scanned two-page PDF, the auditor's report first and the statements on its second page; in thousands
('HK$'000') with a loss after a minus sign. Plans as key assumptions lettered (a) to (c) ('Share capital of … has been
fully paid up', 'Sales in the first year are assumed at …', 'Five full-time staff will be recruited in Hong Kong'); a
traditional Chinese table of two years (實收資本, 營業額, 本地僱員 under 第一年 and 第二年); a page of figures each before its
caption ('HK$1.1M  seed capital from the founders'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredtwentyseventh`). Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def bilingual_statement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "晴川物流有限公司 QINGCHUAN LOGISTICS LIMITED", 30, "serif_cjk")
    s.text(300, 160, "損益表 Statement of profit or loss  截至2026年6月30日止年度 Year ended 30 June 2026", 22, "serif_cjk")
    _rows(s, 240, [("", "本年度 Current year", "上年度 Prior year")], xs=(1190, 1480), font="serif_cjk", size=22)
    y = _rows(s, 310, [("收入 Revenue", "8,913,400", "8,120,600"), ("銷售成本 Cost of sales", "(6,704,800)", "(6,215,300)"),
                       ("年度溢利 Profit for the year", "802,900", "655,100")], font="serif_cjk", size=24)
    _rows(s, y + 50, [("權益總額 Total equity", "3,418,700", "2,615,800")], font="serif_cjk", size=24)
    return scanned_png(s, "bilingual"), {"company_name": ("QINGCHUAN LOGISTICS LIMITED", "晴川物流有限公司"), "period_end": "2026-06-30",
                                         "revenue": 8913400.0, "profit": 802900.0, "total_equity": 3418700.0}


def auditor_then_statements_pdf() -> tuple[bytes, dict]:
    first = Sheet()
    first.text(300, 120, "INDEPENDENT AUDITOR'S REPORT", 32, "serif_bold")
    first.text(300, 180, "TO THE MEMBERS OF BRAMBLE HILL TEXTILES LIMITED", 24, "serif_bold")
    first.wrapped(160, 260, "Opinion. We have audited the financial statements of Bramble Hill Textiles Limited set out on pages 2 to 9, "
                  "which comprise the statement of financial position as at 31 December 2025 and the statement of profit or loss for "
                  "the year then ended. In our opinion the financial statements give a true and fair view.", 90, 24, "serif", leading=42)
    second = Sheet()
    second.text(300, 120, "Statement of profit or loss for the year ended 31 December 2025", 24, "serif_bold")
    y = _rows(second, 200, [("", "2025", "2024"), ("", "HK$", "HK$"), ("Revenue", "11,205,300", "10,486,900"),
                            ("Cost of sales", "(8,803,600)", "(8,340,200)"), ("Profit for the year", "1,017,500", "884,100")])
    second.text(300, y + 40, "Statement of financial position as at 31 December 2025", 24, "serif_bold")
    _rows(second, y + 120, [("Net assets", "5,106,200", "4,088,700"), ("Total equity", "5,106,200", "4,088,700")])
    pages = [sheet.scanned(zlib.crc32(f"audit{k}".encode())).convert("RGB") for k, sheet in enumerate((first, second))]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue(), {"company_name": "BRAMBLE HILL TEXTILES LIMITED", "period_end": "2025-12-31", "revenue": 11205300.0,
                            "profit": 1017500.0, "total_equity": 5106200.0}


def thousands_minus_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "NORTHPOINT ROBOTICS LIMITED", 30, "serif_bold")
    s.text(300, 160, "Income statement for the year ended 31 March 2026", 24, "serif_bold")
    _rows(s, 240, [("", "2026", "2025"), ("", "HK$'000", "HK$'000")])
    y = _rows(s, 360, [("Revenue", "9,318", "7,402"), ("Operating costs", "-11,633", "-8,011"), ("Loss for the year", "-2,315", "-609")])
    _rows(s, y + 50, [("Total equity", "6,284", "8,599")])
    return scanned_png(s, "minus"), {"company_name": "NORTHPOINT ROBOTICS LIMITED", "period_end": "2026-03-31", "revenue": 9318000.0,
                                     "profit": -2315000.0, "total_equity": 6284000.0}


def lettered_assumptions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Saltmarsh Analytics Limited", 30, "serif_bold")
    s.text(140, 160, "Key assumptions behind the plan", 26, "serif")
    text_lines(s, 160, 240, ["(a)  Share capital of HK$900,000 has been fully paid up.",
                             "(b)  Sales in the first year are assumed at HK$2.75 million.",
                             "(c)  Five full-time staff will be recruited in Hong Kong."], 24, "serif", 52)
    return scanned_png(s, "assumptions"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 2750000.0, "local_jobs": 5}


def traditional_two_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "栢豪室內設計有限公司", 40, "serif_cjk")
    s.text(660, 170, "兩年計劃", 36, "serif_cjk")
    _ruled(s, 140, 260, [["項目", "第一年", "第二年"], ["實收資本", "港幣70萬元", "港幣70萬元"], ["營業額", "港幣260萬元", "港幣410萬元"],
                         ["本地僱員", "4人", "7人"]], [420, 380, 380], 70, 28)
    return scanned_png(s, "twoyears"), {"capital_hkd": 700000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def figures_before_captions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Fernbrook Learning Limited", 30, "sans_bold")
    s.text(140, 160, "Year one", 26, "sans")
    for k, (figure, caption) in enumerate([("HK$1.1M", "seed capital from the founders, paid in"), ("HK$4M", "tuition fees we aim to collect"),
                                           ("6", "tutors hired in Hong Kong")]):
        s.text(160, 260 + 90 * k, figure, 40, "sans_bold")
        s.text(480, 272 + 90 * k, caption, 24, "sans")
    return scanned_png(s, "captions"), {"capital_hkd": 1100000.0, "projected_turnover_hkd": 4000000.0, "local_jobs": 6}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-bilingual.png", bilingual_statement, "financial_statement", "bilingual-statement"),
              ("accounts-audited.pdf", auditor_then_statements_pdf, "financial_statement", "auditor-then-statements-pdf"),
              ("accounts-minus.png", thousands_minus_loss, "financial_statement", "thousands-minus-loss"),
              ("plan-assumptions.png", lettered_assumptions, "business_plan", "lettered-assumptions"),
              ("plan-two-years.png", traditional_two_years, "business_plan", "traditional-two-years"),
              ("plan-captions.png", figures_before_captions, "business_plan", "figures-before-captions")]
    return write_drawn(folder, papers)
