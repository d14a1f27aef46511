"""A hundred-and-third drawn set: papers in five layouts no set drew. A company's acceptance of its employee's
resignation, addressed to her, that raises no objection to her work in Hong Kong; a business plan stating its sums
in words ('three million two hundred thousand Hong Kong dollars') and its local staff as part of a team ('a team of
five, four of them Hong Kong residents'); a plan in traditional Chinese stating an authorised and a paid-up capital;
an account of a firm earning fees ('Fee income') that made a loss and states its net assets, no total equity; a
Hong Kong university's letter of appointment (聘任書) in traditional Chinese. Each is a case of its own. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredthird`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def consent_resignation_accepted() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hefei Qingyun Battery Materials Co., Ltd.", 32, "serif_bold")
    s.text(140, 150, "合肥青云电池材料有限公司", 28, "serif_cjk")
    text_lines(s, 140, 260, ["19 November 2026", "", "Ms YUAN Shuyi", "Senior Process Engineer, Cathode Materials Division", "",
                         "Dear Ms Yuan,"])
    s.text(140, 560, "Acceptance of your resignation", 28, "serif_bold")
    y = text_lines(s, 140, 630, ["We refer to your letter of 5 November 2026. The company accepts your resignation; your last day",
                             "of service will be 31 December 2026.", "",
                             "We understand that you will take up a post with a company in Hong Kong. The company has no",
                             "objection to your employment in Hong Kong, and wishes you every success.", "",
                             "Yours sincerely,"])
    text_lines(s, 140, y + 100, ["ZHENG Hao", "Human Resources Manager"])
    _chop(s, 700, y + 110, "合肥青云电池材料有限公司")
    return scanned_png(s, "resign"), {"organisation": ("Hefei Qingyun Battery Materials Co., Ltd.", "合肥青云电池材料有限公司"),
                                "applicant_name": "YUAN SHUYI", "date": "2026-11-19", "seal_present": True}


def plan_sums_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Larkspur Dental Labs Limited: our plan", 34, "serif_bold")
    paragraphs = [
        "Who we are. Larkspur makes crowns and bridges for dental clinics in Hong Kong. Its founders have paid up five hundred "
        "thousand Hong Kong dollars of share capital.",
        "What we expect. Orders already promised by eleven clinics should bring sales of three million two hundred thousand "
        "Hong Kong dollars in our first year of trading, and about four and a half million in the second.",
        "Who will do the work. We start with a team of five, four of them Hong Kong residents: two dental technicians, a "
        "driver and an office manager, led by our chief technician from Guangzhou."]
    y = 200
    for text in paragraphs:
        words, line = text.split(), ""
        for word in words:
            if len(line) + len(word) + 1 > 90:
                s.text(140, y, line, 24, "serif")
                y, line = y + 42, word
            else:
                line = f"{line} {word}".strip()
        s.text(140, y, line, 24, "serif")
        y += 80
    return scanned_png(s, "words"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 4}


def plan_hant_two_capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "業 務 計 劃", 48, "serif_cjk")
    s.text(140, 230, "晴川物流科技有限公司", 34, "serif_cjk")
    y = _paragraph(s, 140, 320, "（一）公司資本：本公司法定股本為港幣一百萬元，已發行及繳足股本為港幣六十萬元。", 34, 30, 56)
    y = _paragraph(s, 140, y + 20, "（二）業務：為跨境電商提供倉儲及配送管理系統。", 34, 30, 56)
    y = _paragraph(s, 140, y + 20, "（三）預計營業額：首年港幣一百八十萬元，次年港幣三百萬元。", 34, 30, 56)
    _paragraph(s, 140, y + 20, "（四）本地員工：首年聘用三人，次年增至六人。", 34, 30, 56)
    return scanned_png(s, "hant"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def account_fee_income_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 100, "BRIGHTWATER SURVEYORS LIMITED", 32, "serif_bold")
    s.text(300, 160, "INCOME STATEMENT FOR THE YEAR ENDED 30 SEPTEMBER 2026", 26, "serif_bold")
    s.text(1080, 230, "2026", 24, "serif_bold")
    s.text(1320, 230, "2025", 24, "serif_bold")
    s.text(1090, 262, "HK$", 22, "serif")
    s.text(1330, 262, "HK$", 22, "serif")
    y = 320
    for label, this, last in [("Fee income", "2,184,900", "2,406,300"), ("Staff costs", "(1,902,000)", "(1,845,600)"),
                              ("Rent and office expenses", "(435,200)", "(418,900)"), ("(Loss) / profit before tax", "(152,300)", "141,800"),
                              ("Taxation", "-", "(23,400)"), ("(Loss) / profit for the year", "(152,300)", "118,400")]:
        s.text(160, y, label, 26, "serif")
        s.text(1160 - 14 * len(this), y, this, 26, "serif")
        s.text(1400 - 14 * len(last), y, last, 26, "serif")
        y += 56
    s.text(300, y + 60, "BALANCE SHEET AT 30 SEPTEMBER 2026", 26, "serif_bold")
    y += 140
    for label, this, last in [("Non-current assets", "212,000", "248,000"), ("Current assets", "1,306,500", "1,421,800"),
                              ("Current liabilities", "(476,500)", "(475,500)"), ("NET ASSETS", "1,042,000", "1,194,300"),
                              ("Share capital", "800,000", "800,000"), ("Retained profits", "242,000", "394,300")]:
        s.text(160, y, label, 26, "serif")
        s.text(1160 - 14 * len(this), y, this, 26, "serif")
        s.text(1400 - 14 * len(last), y, last, 26, "serif")
        y += 56
    return scanned_png(s, "fees"), {"company_name": "Brightwater Surveyors Limited", "period_end": "2026-09-30", "currency": "HKD",
                              "revenue": 2184900.0, "profit": -152300.0, "total_equity": 1042000.0}


def contract_university_appointment() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "香港濱海大學", 44, "serif_cjk")
    s.text(640, 190, "聘 任 書", 44, "serif_cjk")
    s.text(140, 300, "致：湯逸凡博士", 30, "serif_cjk")
    y = _paragraph(s, 140, 380, "　　本校謹聘任閣下為化學系助理教授，聘期由二零二七年一月一日起，為期三年。", 32, 30, 58)
    y = _paragraph(s, 140, y + 10, "　　閣下每月薪酬為港幣六萬八千二百元，另享本校醫療福利。本校不提供房屋津貼。", 32, 30, 58)
    y = _paragraph(s, 140, y + 10, "　　如接受本聘任，請於二零二六年十二月十五日前簽署並交回本聘任書副本。", 32, 30, 58)
    s.text(900, y + 100, "香港濱海大學人力資源處", 30, "serif_cjk")
    s.text(940, y + 160, "二零二六年十一月二十七日", 30, "serif_cjk")
    s.text(140, y + 280, "本人接受上述聘任：湯逸凡", 30, "serif_cjk")
    return scanned_png(s, "appoint"), {"employer_name": "香港濱海大學", "employee_name": "湯逸凡", "position": ("助理教授", "化學系助理教授"),
                                 "start_date": "2027-01-01", "term_months": 36, "monthly_salary_hkd": 68200.0, "housing_allowance_hkd": 0.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-resignation.png", consent_resignation_accepted, "consent_letter", "resignation-accepted"),
              ("plan-words.png", plan_sums_in_words, "business_plan", "sums-in-words"),
              ("plan-two-capitals.png", plan_hant_two_capitals, "business_plan", "hant-two-capitals"),
              ("account-fees.png", account_fee_income_loss, "financial_statement", "fee-income-loss"),
              ("contract-appointment.png", contract_university_appointment, "employment_contract", "university-appointment")]
    return write_drawn(folder, papers)
