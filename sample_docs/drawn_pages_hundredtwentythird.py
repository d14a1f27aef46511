"""A hundred-and-twenty-third drawn set: papers in five layouts no set drew. A consent over two scanned pages, the
employee and the consent on the first, the unit's name, date and chop on the second; a teaching hospital's consent in
English, its name a phrase ('The Second Affiliated Hospital of Xinhe Medical University') and its doctor named with
his Hanzi in brackets; statements 'expressed in Hong Kong dollars' with a dollar sign before every figure and a note
under them that names other sums; a business plan as the director's letter answering items (a), (b), (c), its hires
'full-time local staff'; a Mainland university's English degree certificate naming its holder in plain capitals
('Chen Xiaoyu') and its subject 'in the discipline of'. Each is a case of its own. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set hundredtwentythird`). Every name and number is made up;
19851 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def consent_over_two_pages() -> tuple[bytes, dict]:
    first = Sheet()
    first.text(480, 110, "苏州工业园区澄湖微电子有限公司", 40, "serif_cjk")
    first.text(660, 220, "关于同意员工赴港工作的函", 34, "serif_cjk")
    first.text(140, 320, "香港特别行政区政府入境事务处：", 28, "serif_cjk")
    y = _paragraph(first, 140, 390, "　　我公司员工龚思远，男，1991年9月生，身份证号码320504199109120513，于2015年7月入职，现任"
                   "我公司模拟电路设计部高级工程师。龚思远已获香港一家公司聘用。经公司研究决定，同意其赴港工作，并于"
                   "2027年1月31日前办妥离职交接手续。", 34, 28, 56)
    _paragraph(first, 140, y + 30, "　　在职期间，该员工遵纪守法，工作认真负责，无违法违纪记录。", 34, 28, 56)
    first.text(780, 2200, "第 1 页 共 2 页", 22, "serif_cjk")
    second = Sheet()
    second.text(160, 200, "特此函告。", 28, "serif_cjk")
    second.text(880, 420, "苏州工业园区澄湖微电子有限公司", 28, "serif_cjk")
    second.text(980, 480, "二〇二六年十一月二十三日", 28, "serif_cjk")
    _chop(second, 1120, 450, "苏州工业园区澄湖微电子有限公司")
    second.text(780, 2200, "第 2 页 共 2 页", 22, "serif_cjk")
    pages = [first.scanned(zlib.crc32(b"twopage-1")), second.scanned(zlib.crc32(b"twopage-2"))]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue(), {"organisation": "苏州工业园区澄湖微电子有限公司", "applicant_name": "龚思远", "date": "2026-11-23",
                            "seal_present": True}


def consent_teaching_hospital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "The Second Affiliated Hospital of Xinhe Medical University", 32, "serif_bold")
    s.text(140, 150, "信和医科大学附属第二医院", 28, "serif_cjk")
    lines = ["Human Resources Department", "", "Date: 24 November 2026", "", "TO WHOM IT MAY CONCERN", "",
             "Dr. ZHAO Lei (赵磊), Associate Chief Physician in our Department of Nephrology, has applied to take up",
             "a post in Hong Kong. The Hospital agrees to his application and will release him from 28 February 2027.", "",
             "Human Resources Department", "The Second Affiliated Hospital of Xinhe Medical University"]
    y = 240
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 480, y + 30, "信和医科大学附属第二医院")
    return scanned_png(s, "hospital"), {"organisation": ("The Second Affiliated Hospital of Xinhe Medical University", "信和医科大学附属第二医院"),
                                  "applicant_name": ("赵磊", "ZHAO LEI"), "date": "2026-11-24", "seal_present": True}


def statement_dollar_signs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "PINEWATER HEALTH FOODS LIMITED", 30, "serif_bold")
    s.text(380, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 JULY 2026", 24, "serif_bold")
    s.text(560, 190, "(Expressed in Hong Kong dollars)", 22, "serif")
    s.text(1130, 260, "2026", 24, "serif_bold")
    s.text(1370, 260, "2025", 24, "serif_bold")
    y = 320
    for label, this, last in [("Revenue", "$4,412,900", "$3,980,600"), ("Cost of sales", "$(2,761,300)", "$(2,515,200)"),
                              ("Gross profit", "$1,651,600", "$1,465,400"), ("Selling and administrative expenses", "$(1,128,700)", "$(1,054,900)"),
                              ("Profit before income tax", "$522,900", "$410,500"), ("Income tax expense", "$(80,300)", "$(62,100)"),
                              ("Profit for the year", "$442,600", "$348,400")]:
        s.text(160, y, label, 26, "serif")
        s.text(1210 - 14 * len(this), y, this, 26, "serif")
        s.text(1450 - 14 * len(last), y, last, 26, "serif")
        y += 54
    s.text(160, y + 30, "Total equity", 26, "serif_bold")
    s.text(1210 - 14 * len("$2,036,500"), y + 30, "$2,036,500", 26, "serif_bold")
    s.text(1450 - 14 * len("$1,593,900"), y + 30, "$1,593,900", 26, "serif_bold")
    s.wrapped(160, y + 130, "Note: revenue includes sales of $318,200 (2025: $276,400) to a company controlled by a director; the "
              "directors propose a final dividend of $150,000 for the year.", 100, 22, "serif", leading=34)
    return scanned_png(s, "dollars"), {"company_name": "PINEWATER HEALTH FOODS LIMITED", "period_end": "2026-07-31", "currency": "HKD",
                                 "revenue": 4412900.0, "profit": 442600.0, "total_equity": 2036500.0}


def plan_director_letter_items() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Quayline Bicycle Works Limited", 32, "serif_bold")
    lines = ["30 November 2026", "", "Immigration Department", "", "Dear Sir or Madam,", "",
             "Business plan of Quayline Bicycle Works Limited", "",
             "As the company began business in September 2026, I set out its plan as your notes ask:", "",
             "(a) Capital. HK$400,000 has been injected by me as the sole shareholder.",
             "(b) Turnover. I anticipate turnover of HK$1,260,000 in the first twelve months and HK$1,800,000 in the",
             "    second, from repairs, rentals and the sale of bicycles made to order.",
             "(c) Staff. Two full-time local staff will be engaged on approval of this application, and a third",
             "    in the second year.", "", "Yours faithfully,", "", "WOO Ka-lok, Director"]
    y = 200
    for line in lines:
        s.text(140, y, line, 24, "serif")
        y += 42
    return scanned_png(s, "items"), {"capital_hkd": 400000.0, "projected_turnover_hkd": 1260000.0, "local_jobs": 2}


def degree_english_plain_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(430, 130, "XIJIANG UNIVERSITY OF FINANCE", 40, "serif_bold")
    s.text(560, 240, "BACHELOR'S DEGREE CERTIFICATE", 30, "serif_bold")
    lines = ["This is to certify that Chen Xiaoyu, female, born on 9 January 1997, has completed the undergraduate",
             "programme in the discipline of Finance at this university and, having satisfied the requirements of",
             "the Regulations on Academic Degrees of the People's Republic of China, is awarded",
             "the degree of Bachelor of Economics."]
    y = 380
    for line in lines:
        s.text(160, y, line, 26, "serif")
        y += 50
    s.text(160, y + 80, "President of the University Degree Committee: LIN Zhiqiang", 24, "serif")
    s.text(160, y + 140, "Certificate No.: 1985142019001736", 24, "serif")
    s.text(1000, y + 140, "Date: 20 June 2019", 24, "serif")
    return scanned_png(s, "plainname"), {"holder_name": "CHEN XIAOYU", "date_of_birth": "1997-01-09", "institution": "Xijiang University of Finance",
                                   "degree": "Bachelor of Economics", "major": "Finance", "date_awarded": "2019-06-20",
                                   "certificate_number": "1985142019001736"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-two-pages.pdf", consent_over_two_pages, "consent_letter", "over-two-pages"),
              ("consent-hospital.png", consent_teaching_hospital, "consent_letter", "teaching-hospital"),
              ("statement-dollars.png", statement_dollar_signs, "financial_statement", "dollar-signs-expressed"),
              ("plan-letter-items.png", plan_director_letter_items, "business_plan", "director-letter-items"),
              ("degree-plain-name.png", degree_english_plain_name, "degree_certificate", "english-plain-name")]
    return write_drawn(folder, papers)
