"""A two-hundred-and-thirty-ninth drawn set, a test set of two sets of accounts, two consent letters, form ID 990B and a
business plan, in wording and layouts no earlier set drew: management accounts with a column a month and the
half-year's total, the owners' equity in a sentence under them; traditional Chinese accounts in thousands (千港元);
an English consent that agrees to a resignation and raises no objection to work in Hong Kong; a traditional Chinese
同意書 (本單位同意…前往香港工作); an ID 990B as a bilingual table whose Talent List answer is 'Not applicable'; a
bilingual plan of labelled lines (Capital 資本, Turnover forecast 營業額預測, Local staff 本地員工). Each is a case of
its own (`scripts/bench_drawn_forms.py --set twohundredthirtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def monthly_management_accounts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "ORCHID HILL FLORAL STUDIO LIMITED", 28, "serif_bold")
    s.text(140, 150, "Management accounts for the six months ended 30 June 2026 (HK$)", 24, "serif")
    _ruled(s, 100, 220, [["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Total"],
                         ["Sales", "61,200", "88,400", "70,900", "73,300", "79,800", "95,100", "468,700"],
                         ["Costs", "58,000", "64,700", "66,200", "65,900", "70,400", "74,100", "399,300"],
                         ["Profit", "3,200", "23,700", "4,700", "7,400", "9,400", "21,000", "69,400"]],
           [200, 170, 170, 170, 170, 170, 170, 200], 60, 20)
    text_lines(s, 100, 500, ["Owners' equity at 30 June 2026: HK$569,400 (paid-up capital HK$500,000 and the period's profit)."], 22, "serif", 40)
    return scanned_png(s, "monthly"), {"company_name": "ORCHID HILL FLORAL STUDIO LIMITED", "period_end": "2026-06-30", "revenue": 468700.0,
                                       "profit": 69400.0, "total_equity": 569400.0}


def traditional_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "海晴建築材料有限公司", 36, "serif_cjk")
    s.text(520, 150, "截至二零二五年十二月三十一日止年度", 26, "serif_cjk")
    s.text(1180, 210, "千港元", 24, "serif_cjk")
    ys = 270
    for label, now, before in [("", "二零二五年", "二零二四年"), ("收入", "34,718", "31,206"), ("銷售成本", "(28,044)", "(25,517)"),
                               ("年度溢利", "2,935", "2,410"), ("權益總額", "16,382", "13,447")]:
        s.text(160, ys, label, 28, "serif_cjk")
        s.text(1100 - 14 * len(now), ys, now, 26, "serif_cjk" if not now[0].isdigit() and now[0] != "(" else "serif")
        s.text(1400 - 14 * len(before), ys, before, 26, "serif_cjk" if not before[0].isdigit() and before[0] != "(" else "serif")
        ys += 60
    return scanned_png(s, "thousands"), {"company_name": "海晴建築材料有限公司", "period_end": "2025-12-31", "revenue": 34718000.0,
                                         "profit": 2935000.0, "total_equity": 16382000.0}


def consent_resignation_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shandong Yellow River Power Equipment Group Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["Date: 26 November 2026", "", "CONSENT", "",
                             "The Company agrees to the resignation of Ms. HAO Yuxin, Senior Electrical Engineer in our",
                             "Transformer Division, and has no objection to her working in Hong Kong.", "",
                             "Human Resources Department"], 24, "serif", 46)
    _chop(s, 1000, 520, "山东黄河电力设备集团有限公司")
    return scanned_png(s, "consentresign"), {"organisation": "Shandong Yellow River Power Equipment Group Co., Ltd.", "applicant_name": "HAO Yuxin",
                                             "date": "2026-11-26", "seal_present": True}


def traditional_agreement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 130, "同意書", 46, "serif_cjk")
    y = _paragraph(s, 140, 260, "　　本單位同意李明軒先生辭去本單位職務，前往香港工作。", 30, 30, 60)
    text_lines(s, 860, y + 120, ["珠海橫琴國際物流有限公司", "2026年11月25日"], 28, "serif_cjk", 54)
    _chop(s, 1080, y + 160, "珠海橫琴國際物流有限公司")
    return scanned_png(s, "tradagree"), {"organisation": "珠海橫琴國際物流有限公司", "applicant_name": "李明軒", "date": "2026-11-25",
                                         "seal_present": True}


def employer_bilingual_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    s.text(140, 130, "Part 2  Particulars of Employer and the Employment  第二部  僱主及受僱資料", 24, "sans_cjk")
    _ruled(s, 140, 200, [["Name of employer 僱主名稱", "Glassbeam Optics Limited"], ["Business Registration No. 商業登記號碼", "63810427"],
                         ["Name of employee 僱員姓名", "MENG Zhaoxuan"], ["Post 職位", "Optical Design Engineer"],
                         ["Monthly salary 月薪", "HK$39,500"], ["Talent List profession 人才清單職業", "Not applicable 不適用"]],
           [620, 600], 66, 24)
    return scanned_png(s, "employertable"), {"employer_name": "Glassbeam Optics Limited", "br_number": "63810427", "applicant_name": "MENG Zhaoxuan",
                                             "position": "Optical Design Engineer", "monthly_salary_hkd": 39500.0, "talent_list": False}


def bilingual_plan_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Cedarbrook Home Care Limited  雪松家居護理有限公司", 30, "serif_cjk")
    s.text(140, 160, "First-year plan 首年計劃", 26, "serif_cjk")
    text_lines(s, 160, 250, ["Capital 資本: HK$500,000 (fully paid 已繳足)", "Turnover forecast 營業額預測 (Year 1): HK$1,900,000",
                             "Local staff 本地員工 (Year 1): 2 care workers"], 26, "serif_cjk", 60)
    return scanned_png(s, "bilingualplan"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1900000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-monthly.png", monthly_management_accounts, "financial_statement", "monthly-management-accounts"),
              ("accounts-thousands.png", traditional_thousands, "financial_statement", "traditional-thousands"),
              ("consent-resignation.png", consent_resignation_english, "consent_letter", "consent-resignation-english"),
              ("consent-traditional.png", traditional_agreement, "consent_letter", "traditional-agreement"),
              ("id990b-table.png", employer_bilingual_table, "employer_form", "employer-bilingual-table"),
              ("plan-bilingual.png", bilingual_plan_lines, "business_plan", "bilingual-plan-lines")]
    return write_drawn(folder, papers)
