"""A four-hundred-and-twenty-fifth drawn set, of a BR certificate, a statement and an offer, drawn after the stop's last
reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: a BR certificate ruled in
two columns, each label cell in English over Chinese; a traditional statement whose profit is 年度溢利 above 本年度全面收益總額;
an offer whose pay is written in figures with cents and again in words in brackets, 'for a fixed period of thirty (30)
months commencing' a date. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredtwentyfifth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def br_ruled_bilingual() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 100, "BUSINESS REGISTRATION CERTIFICATE  商業登記證", 32, "serif_bold")
    y = 200
    for en, zh, value in [("Name of Business", "業務名稱", "AMBERHILL TUTORING CENTRE LIMITED"),
                          ("Address", "地址", "ROOM 901, 9/F, TAIKOO PLACE, 979 KING'S ROAD, QUARRY BAY"),
                          ("Nature of Business", "業務性質", "PRIVATE TUTORING SERVICES"), ("Date of Commencement", "生效日期", "12/05/2026"),
                          ("Date of Expiry", "屆滿日期", "11/05/2027"), ("Certificate No.", "登記證號碼", "75920318-000-05-26-1")]:
        s.d.rectangle([140, y, 560, y + 96], outline="black", width=2)
        s.d.rectangle([560, y, 1520, y + 96], outline="black", width=2)
        s.text(156, y + 12, en, 22, "serif")
        s.text(156, y + 52, zh, 22, "serif_cjk")
        s.text(580, y + 32, value, 22 if len(value) > 40 else 26, "mono")
        y += 96
    return scanned_png(s, "ruledbi"), {"business_name": "AMBERHILL TUTORING CENTRE LIMITED", "br_number": "75920318",
                                       "address": "ROOM 901, 9/F, TAIKOO PLACE, 979 KING'S ROAD, QUARRY BAY",
                                       "nature_of_business": "PRIVATE TUTORING SERVICES", "commencement_date": "2026-05-12",
                                       "expiry_date": "2027-05-11"}


def total_comprehensive_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "怡峰醫療器材有限公司", 36, "serif_cjk")
    s.text(520, 160, "損益及其他全面收益表", 34, "serif_cjk")
    s.text(420, 215, "截至2026年3月31日止年度（港元）", 26, "serif_cjk")
    _rows(s, 290, [("", "2026年", "2025年")], font="serif_cjk")
    y = _rows(s, 350, [("營業額", "4,736,200", "4,108,900"), ("銷售成本", "(3,215,800)", "(2,844,300)"),
                       ("除稅前溢利", "618,400", "472,600"), ("所得稅開支", "(102,000)", "(78,000)"),
                       ("年度溢利", "516,400", "394,600"), ("其他全面收益", "—", "—"),
                       ("本年度全面收益總額", "516,400", "394,600")], font="serif_cjk")
    _rows(s, y + 60, [("權益總額", "2,941,700", "2,425,300")], font="serif_cjk")
    return scanned_png(s, "tci"), {"company_name": "怡峰醫療器材有限公司", "period_end": "2026-03-31", "revenue": 4736200.0,
                                   "profit": 516400.0, "total_equity": 2941700.0}


def offer_pay_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Cedar Point Actuarial Consulting Limited", 28, "serif_bold")
    text_lines(s, 160, 190, ["30 November 2026", "", "Mr. XIE Mingyu", "", "Dear Mr. XIE,", "", "Letter of Appointment", "",
                             "We are pleased to appoint you to the post of Senior Actuarial Analyst. This appointment is for a fixed",
                             "period of thirty (30) months commencing 1 March 2027. Your salary will be HK$45,000.00 (Hong Kong",
                             "Dollars Forty-Five Thousand Only) per month.", "", "Yours sincerely,", "", "NG Hoi Man", "Managing Director"],
               24, "serif", 44)
    return scanned_png(s, "words"), {"employer_name": "Cedar Point Actuarial Consulting Limited", "employee_name": "XIE Mingyu",
                                     "position": "Senior Actuarial Analyst", "start_date": "2027-03-01", "term_months": 30,
                                     "monthly_salary_hkd": 45000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-ruled-bilingual.png", br_ruled_bilingual, "br_certificate", "ruled-bilingual"),
              ("statement-total-comprehensive-income.png", total_comprehensive_income, "financial_statement", "total-comprehensive-income"),
              ("contract-offer-pay-in-words.png", offer_pay_in_words, "employment_contract", "offer-pay-in-words")]
    return write_drawn(folder, papers)
