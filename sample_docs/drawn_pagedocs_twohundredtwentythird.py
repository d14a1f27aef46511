"""A two-hundred-and-twenty-third drawn set, a test set of two business plans, two work experience letters, a consent
and a sole trader's accounts in layouts and wording no set drew, drawn after the 222nd. A two-page plan typed to PDF (its
text layer read), its figures on the second page in sentences ('We start with HK$… of our own money, all paid into the
company's account', 'Billings of HK$… are budgeted', 'Six people will be on the Hong Kong team by …'); a traditional
Chinese plan of bullets (啟動資金, 第一年預計收入, 本地員工：五名); an English letter typed to PDF ('… employment with … ran
from … to …; throughout, he worked as …'); a traditional Chinese 任職證明書 (自…起於本公司擔任…，至…離職); a simplified
Chinese approval form for working abroad (员工赴港工作审批表, 审批意见：同意); a sole trader's profit and loss account
with its capital account. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredtwentythird`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf


def two_page_plan_pdf() -> tuple[bytes, dict]:
    first = [(60, 70, "Harbour Lantern Studio Limited", 18), (60, 100, "Plan for 2027", 14),
             (60, 150, "1. What we do", 12), (60, 170, "We design and make lighting for restaurants, hotels and retail interiors.", 10.5),
             (60, 200, "2. Our customers", 12), (60, 220, "Interior designers and fit-out contractors in Hong Kong and Macau.", 10.5),
             (60, 250, "3. How we sell", 12), (60, 270, "Through designers' referrals, two trade fairs a year and our showroom in Wong Chuk Hang.", 10.5)]
    second = [(60, 70, "4. Money and people", 12),
              (60, 92, "We start with HK$1,250,000 of our own money, all paid into the company's account in January 2027.", 10.5),
              (60, 110, "Billings of HK$4,600,000 are budgeted for 2027, rising as the showroom becomes known.", 10.5),
              (60, 128, "Six people will be on the Hong Kong team by December 2027: two designers, two makers,", 10.5),
              (60, 146, "a project manager and an office administrator.", 10.5)]
    return _pdf([first, second]), {"capital_hkd": 1250000.0, "projected_turnover_hkd": 4600000.0, "local_jobs": 6}


def traditional_bullets_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "匯星精密測量有限公司", 40, "serif_cjk")
    s.text(660, 170, "發展計劃", 36, "serif_cjk")
    text_lines(s, 160, 280, ["• 啟動資金：港幣一百二十萬元（股東自有資金）", "• 第一年預計收入：港幣四百八十萬元", "• 本地員工：五名（全職）",
                             "• 辦公地點：觀塘"], 30, "serif_cjk", 64)
    return scanned_png(s, "bullets"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4800000.0, "local_jobs": 5}


def employment_ran_pdf() -> tuple[bytes, dict]:
    page = [(60, 70, "Ningbo Eastshore Construction Consultants Co., Ltd.", 15), (60, 110, "12 November 2026", 10.5),
            (60, 140, "Re: Mr. TANG Wenbo", 11),
            (60, 170, "Mr. TANG's employment with Ningbo Eastshore Construction Consultants Co., Ltd. ran from 1 August 2012", 10.5),
            (60, 186, "to 15 January 2019; throughout, he worked as a Senior Quantity Surveyor.", 10.5),
            (60, 230, "Personnel Department", 10.5)]
    return _pdf([page]), {"employer": "Ningbo Eastshore Construction Consultants Co., Ltd.", "position": "Senior Quantity Surveyor",
                          "start_date": "2012-08-01", "end_date": "2019-01-15"}


def traditional_service_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "任職證明書", 44, "serif_cjk")
    y = _paragraph(s, 140, 260, "茲證明林子豪先生自2017年2月13日起於本公司擔任資深產品設計師，至2024年5月31日離職。", 22, 38, 78)
    text_lines(s, 900, y + 80, ["澳門新濠設計有限公司", "2026年11月18日"], 30, "serif_cjk", 56)
    _chop(s, 1100, y + 120, "澳門新濠設計有限公司")
    return scanned_png(s, "service"), {"employer": "澳門新濠設計有限公司", "position": "資深產品設計師", "start_date": "2017-02-13",
                                       "end_date": "2024-05-31"}


def approval_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "员工赴港工作审批表", 40, "serif_cjk")
    _ruled(s, 140, 200, [["姓名", "邵静怡"], ["部门", "财务部"], ["拟任职单位", "Brightwell Treasury Services Limited"],
                         ["审批意见", "同意"], ["审批单位", "杭州钱塘财务咨询有限公司"], ["日期", "2026年11月21日"]], [360, 900], 70, 28)
    _chop(s, 1150, 700, "杭州钱塘财务咨询有限公司")
    return scanned_png(s, "approval"), {"organisation": "杭州钱塘财务咨询有限公司", "applicant_name": "邵静怡", "date": "2026-11-21",
                                        "seal_present": True}


def sole_trader_account() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "GOLDEN HARVEST SEAFOOD TRADING", 30, "serif_bold")
    s.text(360, 160, "Profit and loss account for the year ended 31 March 2026", 24, "serif_bold")
    _rows(s, 240, [("", "2026", "2025"), ("", "HK$", "HK$")])
    y = _rows(s, 360, [("Sales", "7,316,400", "6,902,100"), ("Cost of goods sold", "(5,804,200)", "(5,515,600)"),
                       ("Expenses", "(846,900)", "(802,300)"), ("Net profit", "665,300", "584,200")])
    s.text(360, y + 40, "Capital account", 24, "serif_bold")
    _rows(s, y + 100, [("Balance at 1 April 2025", "2,104,500", "1,830,300"), ("Net profit", "665,300", "584,200"),
                       ("Drawings", "(380,000)", "(310,000)"), ("Balance at 31 March 2026", "2,389,800", "2,104,500")])
    return scanned_png(s, "soletrader"), {"company_name": "GOLDEN HARVEST SEAFOOD TRADING", "period_end": "2026-03-31",
                                          "revenue": 7316400.0, "profit": 665300.0, "total_equity": 2389800.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-two-pages.pdf", two_page_plan_pdf, "business_plan", "two-page-plan-pdf"),
              ("plan-bullets.png", traditional_bullets_plan, "business_plan", "traditional-bullets"),
              ("experience-ran.pdf", employment_ran_pdf, "work_experience_letter", "employment-ran-pdf"),
              ("experience-service.png", traditional_service_letter, "work_experience_letter", "traditional-service-letter"),
              ("consent-approval.png", approval_form, "consent_letter", "approval-form"),
              ("accounts-sole-trader.png", sole_trader_account, "financial_statement", "sole-trader-account")]
    return write_drawn(folder, papers)
