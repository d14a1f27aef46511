"""A two-hundred-and-twenty-first drawn set, a test set of two work experience letters, two business plans and two sets
of accounts in layouts and wording no set drew, drawn after the 220th's mends. A traditional Chinese 服務證明書 whose dates
are in Chinese numerals (由二零一六年九月一日起至二零二三年六月三十日止受僱於本公司，離職前職位為…); an English letter 'in the
capacity of … during the period 2014-03-17 to 2020-08-31'; a plan whose start-up capital is each founder's share and their
total; a simplified Chinese plan in one paragraph (两位股东共同出资港币150万元…营业收入约港币600万元…在港招聘员工8名); a page
with the statement of financial position over the statement of profit or loss; a traditional Chinese directors' summary
in sentences with its sums in Chinese numerals. Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredtwentyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def traditional_numeral_service() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "華昌貿易有限公司", 42, "serif_cjk")
    s.text(660, 180, "服務證明書", 40, "serif_cjk")
    y = _paragraph(s, 140, 300, "茲證明陳嘉欣女士由二零一六年九月一日起至二零二三年六月三十日止受僱於本公司，離職前職位為高級會計主任。", 22, 38, 78)
    text_lines(s, 900, y + 80, ["華昌貿易有限公司", "二零二六年十一月十六日"], 30, "serif_cjk", 56)
    _chop(s, 1100, y + 120, "華昌貿易有限公司")
    return scanned_png(s, "service"), {"employer": "華昌貿易有限公司", "position": "高級會計主任", "start_date": "2016-09-01",
                                       "end_date": "2023-06-30"}


def capacity_iso_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shenzhen Northstar Microsystems Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["Ref: HR/2026/1184", "", "CERTIFICATE", "",
                             "We certify that Mr. LAI Zhenhua worked in our Nanshan office in the capacity of Firmware Engineer",
                             "during the period 2014-03-17 to 2020-08-31.", "", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "capacity"), {"employer": "Shenzhen Northstar Microsystems Co., Ltd.", "position": "Firmware Engineer",
                                        "start_date": "2014-03-17", "end_date": "2020-08-31"}


def founders_shares_total() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Marbleway Dental Lab Limited", 30, "serif_bold")
    s.text(140, 160, "Financing and first-year targets", 26, "serif")
    text_lines(s, 160, 240, ["Sources of start-up capital:", "    Founder (Dr. Ruan)        HK$600,000", "    Founder (Dr. Shen)        HK$400,000",
                             "    Total                     HK$1,000,000", "", "Sales target (Year 1):      HK$3.8M",
                             "Hong Kong payroll at month 12:  4 persons"], 24, "mono", 48)
    return scanned_png(s, "founders"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3800000.0, "local_jobs": 4}


def simplified_one_paragraph() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "星澜数字营销（香港）有限公司", 36, "serif_cjk")
    s.text(700, 170, "业务计划", 34, "serif_cjk")
    _paragraph(s, 140, 280, "本公司由两位股东共同出资港币150万元设立，预计第一年实现营业收入约港币600万元，计划在港招聘员工8名。", 22, 36, 74)
    return scanned_png(s, "paragraph"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 6000000.0, "local_jobs": 8}


def position_over_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 90, "FERNHILL LANDSCAPE DESIGN LIMITED", 30, "serif_bold")
    s.text(300, 150, "Statement of financial position as at 31 December 2025", 24, "serif_bold")
    _rows(s, 210, [("", "2025", "2024"), ("", "HK$", "HK$")])
    y = _rows(s, 330, [("Total assets", "3,418,900", "2,977,400"), ("Total liabilities", "(1,207,300)", "(1,104,800)"),
                       ("Total equity", "2,211,600", "1,872,600")])
    s.text(300, y + 40, "Statement of profit or loss for the year ended 31 December 2025", 24, "serif_bold")
    _rows(s, y + 110, [("Revenue", "5,064,700", "4,512,000"), ("Cost of services", "(3,702,100)", "(3,388,900)"),
                       ("Profit for the year", "339,000", "214,600")])
    return scanned_png(s, "position"), {"company_name": "FERNHILL LANDSCAPE DESIGN LIMITED", "period_end": "2025-12-31",
                                        "revenue": 5064700.0, "profit": 339000.0, "total_equity": 2211600.0}


def traditional_sentences_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "綠洲環境工程有限公司", 40, "serif_cjk")
    s.text(660, 175, "董事會報告摘要", 36, "serif_cjk")
    _paragraph(s, 140, 290, "本公司截至二零二六年三月三十一日止年度之營業額為港幣五百二十萬元，除稅後溢利為港幣三十八萬元，"
                            "於年結日之資產淨值為港幣一百九十萬元。", 22, 36, 74)
    return scanned_png(s, "sentences"), {"company_name": "綠洲環境工程有限公司", "period_end": "2026-03-31", "revenue": 5200000.0,
                                         "profit": 380000.0, "total_equity": 1900000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-service.png", traditional_numeral_service, "work_experience_letter", "traditional-numeral-service"),
              ("experience-capacity.png", capacity_iso_period, "work_experience_letter", "capacity-iso-period"),
              ("plan-founders.png", founders_shares_total, "business_plan", "founders-shares-total"),
              ("plan-paragraph.png", simplified_one_paragraph, "business_plan", "simplified-one-paragraph"),
              ("accounts-position.png", position_over_loss, "financial_statement", "position-over-loss"),
              ("accounts-sentences.png", traditional_sentences_numerals, "financial_statement", "traditional-sentences-numerals")]
    return write_drawn(folder, papers)
