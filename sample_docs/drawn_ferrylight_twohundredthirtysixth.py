"""A two-hundred-and-thirty-sixth drawn set, a test set of two business plans, two work experience letters and two
sets of accounts, photographed with a phone or typed to PDF, in wording and layouts no earlier set drew: a plan's
numbered sections photographed ('capitalised at …, contributed in cash by the director', 'takings are forecast at …', 'a
head chef and three kitchen staff, all hired in Hong Kong'); a plan's key assumptions as a table typed to PDF; a letter
typed to PDF whose person joined as one thing and was promoted to the post held on leaving; a traditional Chinese
離職證明書 as a ruled form; simplified Chinese statements photographed (编制单位, 本期金额 | 上期金额); abridged group
accounts whose equity is 'attributable to owners of the Company'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredthirtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_phones_ninetysecond import _phone
from .drawn_thirdhand_fiftythird import _pdf


def plan_sections_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Saltpan Noodle Bar Limited", 40, "serif_bold")
    y = 220
    for head, body in [("3. Funding", "The company has been capitalised at HK$900,000, contributed in cash by the director."),
                       ("4. Sales", "In our first year of trading, takings are forecast at HK$1.65 million."),
                       ("5. People", "A head chef and three kitchen staff, all hired in Hong Kong.")]:
        s.text(140, y, head, 28, "serif_bold")
        s.wrapped(140, y + 50, body, 70, 26, "serif", leading=44)
        y += 170
    return _phone(s, "plan-photo"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 1650000.0, "local_jobs": 4}


def assumptions_pdf() -> tuple[bytes, dict]:
    page = [(60, 70, "Cobaltline Tutors Limited", 16), (60, 100, "Business plan - key assumptions", 12),
            (60, 140, "Starting capital (paid up)", 10.5), (330, 140, "HK$600,000", 10.5),
            (60, 160, "Sales, first 12 months", 10.5), (330, 160, "HK$1,800,000", 10.5),
            (60, 180, "Staff on HK payroll at month 12", 10.5), (330, 180, "3", 10.5),
            (60, 200, "Premises", 10.5), (330, 200, "Ground floor shop, Tai Po Market", 10.5)]
    return _pdf([page]), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def promoted_pdf() -> tuple[bytes, dict]:
    page = [(60, 60, "Dalian Seaview Software Co., Ltd.", 15), (380, 60, "No. 18 Huanghe Road, Dalian", 9),
            (60, 110, "25 November 2026", 10.5), (60, 140, "Reference", 12),
            (60, 170, "Mr. SHEN Kaiwen was with us from 6 June 2017 to 18 August 2023. He joined as a Software", 10.5),
            (60, 186, "Engineer and was promoted to Technical Lead in 2021, the position he held when he left.", 10.5),
            (60, 220, "Talent Office", 10.5)]
    return _pdf([page]), {"employer": "Dalian Seaview Software Co., Ltd.", "position": "Technical Lead", "start_date": "2017-06-06",
                          "end_date": "2023-08-18"}


def traditional_leaving_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "福州閩江電子商務有限公司", 36, "serif_cjk")
    s.text(660, 190, "離職證明書", 40, "serif_cjk")
    _ruled(s, 200, 290, [["姓名", "歐陽靜"], ["入職日期", "2015年10月8日"], ["離職日期", "2022年3月31日"], ["擔任職務", "運營主管"]], [360, 700], 70, 28)
    text_lines(s, 880, 680, ["福州閩江電子商務有限公司", "2026年11月20日"], 28, "serif_cjk", 54)
    _chop(s, 1100, 720, "福州閩江電子商務有限公司")
    return scanned_png(s, "leaving"), {"employer": "福州閩江電子商務有限公司", "position": "運營主管", "start_date": "2015-10-08",
                                       "end_date": "2022-03-31"}


def simplified_statements_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 90, "利润表", 36, "serif_cjk")
    s.text(140, 160, "编制单位：深圳前海云图信息科技有限公司", 24, "serif_cjk")
    s.text(1000, 160, "2025年度　单位：港元", 24, "serif_cjk")
    y = _rows(s, 230, [("项目", "本期金额", "上期金额"), ("一、营业收入", "5,318,900", "4,602,700"), ("二、营业成本", "3,802,400", "3,355,100"),
                       ("三、利润总额", "702,600", "541,800"), ("四、净利润", "586,700", "452,400")], font="serif_cjk")
    s.text(640, y + 40, "资产负债表", 36, "serif_cjk")
    s.text(1000, y + 100, "2025年12月31日", 24, "serif_cjk")
    _rows(s, y + 160, [("资产总计", "4,290,300", "3,706,500"), ("负债合计", "1,512,800", "1,515,700"),
                       ("所有者权益（或股东权益）合计", "2,777,500", "2,190,800")], font="serif_cjk")
    return _phone(s, "statements-photo"), {"company_name": "深圳前海云图信息科技有限公司", "period_end": "2025-12-31", "revenue": 5318900.0,
                                          "profit": 586700.0, "total_equity": 2777500.0}


def abridged_group_accounts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 90, "HILLCREST LEARNING HOLDINGS LIMITED", 28, "serif_bold")
    s.text(380, 150, "ABRIDGED FINANCIAL STATEMENTS - YEAR ENDED 31 JANUARY 2026", 22, "serif_bold")
    _rows(s, 220, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Turnover", "9,731,200", "8,854,000"),
                   ("Profit for the year attributable to owners of the Company", "812,500", "706,300"),
                   ("Equity attributable to owners of the Company", "5,066,400", "4,253,900")])
    return scanned_png(s, "abridged"), {"company_name": "HILLCREST LEARNING HOLDINGS LIMITED", "period_end": "2026-01-31", "revenue": 9731200.0,
                                        "profit": 812500.0, "total_equity": 5066400.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-photo.jpg", plan_sections_photographed, "business_plan", "plan-sections-photographed"),
              ("plan-assumptions.pdf", assumptions_pdf, "business_plan", "assumptions-pdf"),
              ("experience-promoted.pdf", promoted_pdf, "work_experience_letter", "promoted-pdf"),
              ("experience-leaving.png", traditional_leaving_form, "work_experience_letter", "traditional-leaving-form"),
              ("accounts-photo.jpg", simplified_statements_photographed, "financial_statement", "simplified-statements-photographed"),
              ("accounts-abridged.png", abridged_group_accounts, "financial_statement", "abridged-group-accounts")]
    return write_drawn(folder, papers)
