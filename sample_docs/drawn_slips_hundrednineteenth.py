"""A hundred-and-nineteenth drawn set: papers in five layouts no set drew. A consent given on the reply slip (回执) at
the foot of the Hong Kong employer's own request, the slip's blanks filled by pen under a cut line; a consent in
Chinese with its certified English translation on a second scanned page, the translation company's chop on it; an
income statement whose earlier year stands left of the later ('2025 | 2026') with a notes column between; a
business plan in numbered paragraphs with their headings in a margin column; a Macau university's master's degree
in traditional Chinese and English. Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set hundrednineteenth`). Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def consent_reply_slip() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "香港匯川智能物流有限公司", 40, "serif_cjk")
    s.text(430, 160, "Huichuan Smart Logistics (Hong Kong) Limited", 24, "serif")
    s.text(140, 250, "合肥天穹光电科技有限公司人力资源部：", 28, "serif_cjk")
    y = _paragraph(s, 140, 310, "　　贵公司员工孙志豪先生已获我司聘用为高级光学工程师，拟于2027年1月到港履新。根据香港入境事务处"
                   "「输入内地人才计划」的要求，烦请贵公司确认同意其来港工作，并将下方回执填妥盖章后寄回我司。", 38, 26, 48)
    s.text(140, y + 30, "此致", 26, "serif_cjk")
    s.text(900, y + 110, "香港匯川智能物流有限公司　人事部", 26, "serif_cjk")
    s.text(1000, y + 160, "2026年11月10日", 26, "serif_cjk")
    cut = y + 260
    for x in range(140, 1520, 30):
        s.d.line([x, cut, x + 16, cut], fill=(90, 90, 90), width=2)
    s.text(700, cut - 14, "（沿此线剪下）", 22, "serif_cjk")
    s.text(720, cut + 70, "回　执", 44, "serif_cjk")
    s.text(140, cut + 170, "香港匯川智能物流有限公司：", 28, "serif_cjk")
    s.text(200, cut + 250, "我单位同意", 30, "serif_cjk")
    s.text(370, cut + 240, "孙志豪", 36, "hand_cjk", PEN)
    s.d.line([360, cut + 290, 560, cut + 290], fill=(60, 60, 60), width=2)
    s.text(570, cut + 250, "同志赴港工作。", 30, "serif_cjk")
    s.text(700, cut + 380, "单位名称（盖章）：", 28, "serif_cjk")
    s.text(960, cut + 372, "合肥天穹光电科技有限公司", 32, "hand_cjk", PEN)
    s.text(700, cut + 460, "日期：", 28, "serif_cjk")
    s.text(800, cut + 452, "2026年11月24日", 32, "hand_cjk", PEN)
    _chop(s, 1160, cut + 420, "合肥天穹光电科技有限公司")
    return scanned_png(s, "slip"), {"organisation": "合肥天穹光电科技有限公司", "applicant_name": "孙志豪", "date": "2026-11-24",
                                "seal_present": True}


def _scan(sheet: Sheet, name: str):
    return sheet.scanned(zlib.crc32(name.encode()))


def consent_with_translation() -> tuple[bytes, dict]:
    original = Sheet()
    original.text(470, 110, "成都锦川医疗器械有限公司", 40, "serif_cjk")
    original.text(650, 220, "同 意 函", 44, "serif_cjk")
    y = _paragraph(original, 140, 340, "　　兹有我公司注册事务主管付晓彤（女，身份证号码510105199208154326），自2016年7月起在我公司"
                   "工作。我公司同意其赴香港特别行政区工作。", 34, 28, 56)
    original.text(940, y + 140, "成都锦川医疗器械有限公司", 28, "serif_cjk")
    original.text(1000, y + 200, "2026年11月18日", 28, "serif_cjk")
    _chop(original, 1120, y + 170, "成都锦川医疗器械有限公司")
    translation = Sheet()
    translation.text(660, 110, "TRANSLATION", 34, "serif_bold")
    translation.text(440, 200, "Chengdu Jinchuan Medical Devices Co., Ltd.", 30, "serif_bold")
    translation.text(620, 270, "Letter of Consent", 30, "serif_bold")
    translation.wrapped(140, 360, "This is to certify that Ms FU Xiaotong (female, ID card No. 510105199208154326), Regulatory "
                        "Affairs Supervisor of our company, has worked in our company since July 2016. Our company agrees "
                        "that she may go to work in the Hong Kong Special Administrative Region.", 80, 26, "serif", leading=46)
    translation.text(880, 620, "Chengdu Jinchuan Medical Devices Co., Ltd. (seal)", 24, "serif")
    translation.text(880, 670, "18 November 2026", 24, "serif")
    translation.d.line([140, 820, 1510, 820], fill=(120, 120, 120), width=2)
    translation.wrapped(140, 860, "Translator's certificate: we certify that the above is a true and accurate translation of the "
                        "Chinese original attached. Translated by Chengdu Yiyuan Translation Services Co., Ltd. on 20 "
                        "November 2026.", 90, 22, "serif", leading=38)
    _chop(translation, 1200, 1100, "成都译远翻译服务有限公司")
    pages = [_scan(original, "original"), _scan(translation, "translation")]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue(), {"organisation": ("成都锦川医疗器械有限公司", "Chengdu Jinchuan Medical Devices Co., Ltd."),
                            "applicant_name": ("付晓彤", "FU XIAOTONG"), "date": "2026-11-18", "seal_present": True}


def statement_earlier_year_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "BRIGHTFERN DENTAL SUPPLIES LIMITED", 30, "serif_bold")
    s.text(360, 150, "STATEMENT OF PROFIT OR LOSS", 28, "serif_bold")
    s.text(360, 190, "for the year ended 31 March 2026", 24, "serif")
    for x, head in [(900, "Note"), (1110, "2025"), (1350, "2026")]:
        s.text(x, 260, head, 24, "serif_bold")
    s.text(1100, 292, "HK$", 22, "serif")
    s.text(1340, 292, "HK$", 22, "serif")
    y = 350
    rows = [("Revenue", "4", "6,874,200", "7,512,900"), ("Cost of sales", "", "(4,903,100)", "(5,288,400)"),
            ("Gross profit", "", "1,971,100", "2,224,500"), ("Other income", "5", "31,800", "46,300"),
            ("Administrative expenses", "", "(1,402,600)", "(1,517,200)"), ("Profit before taxation", "6", "600,300", "753,600"),
            ("Income tax", "7", "(99,100)", "(124,300)"), ("Profit for the year", "", "501,200", "629,300")]
    for label, note, earlier, later in rows:
        s.text(160, y, label, 26, "serif_bold" if label.startswith(("Gross", "Profit for")) else "serif")
        s.text(910, y, note, 24, "serif")
        s.text(1190 - 14 * len(earlier), y, earlier, 26, "serif")
        s.text(1430 - 14 * len(later), y, later, 26, "serif")
        y += 56
    s.text(360, y + 60, "STATEMENT OF FINANCIAL POSITION AT 31 MARCH", 26, "serif_bold")
    y += 130
    for label, earlier, later in [("Net current assets", "2,318,400", "2,804,700"), ("Plant and equipment", "412,500", "455,500"),
                                  ("Total equity", "2,730,900", "3,260,200")]:
        s.text(160, y, label, 26, "serif_bold" if label.startswith("Total") else "serif")
        s.text(1190 - 14 * len(earlier), y, earlier, 26, "serif")
        s.text(1430 - 14 * len(later), y, later, 26, "serif")
        y += 56
    return scanned_png(s, "earlierleft"), {"company_name": "BRIGHTFERN DENTAL SUPPLIES LIMITED", "period_end": "2026-03-31",
                                     "currency": "HKD", "revenue": 7512900.0, "profit": 629300.0, "total_equity": 3260200.0}


def plan_margin_headings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbourlight Pet Care Limited", 34, "serif_bold")
    s.text(140, 160, "Business plan, December 2026", 26, "serif")
    s.d.line([140, 210, 1510, 210], fill=(100, 100, 100), width=2)
    sections = [("1. The business", "We run two grooming and boarding centres for cats and dogs in Kowloon, the first of which "
                 "opened in September 2026."),
                ("2. Money", "The two shareholders subscribed for 800,000 shares of HK$1 each, all paid up in cash, and the "
                 "company has a bank overdraft facility of HK$300,000 which it has not used."),
                ("3. Outlook", "Bookings since opening suggest turnover of about HK$2,350,000 in the first full year, rising "
                 "to HK$3,100,000 in the second when the second centre opens."),
                ("4. People", "Besides the director and the veterinary nurse we are applying for, the company will employ "
                 "seven staff, all of them Hong Kong residents, by the end of its first year.")]
    y = 270
    for head, text in sections:
        s.text(140, y, head, 24, "serif_bold")
        s.wrapped(520, y, text, 66, 24, "serif", leading=40)
        y += 40 * (len(text) // 66 + 1) + 50
    return scanned_png(s, "margin"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2350000.0, "local_jobs": 7}


def degree_macau_bilingual() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "澳門濠江理工大學", 48, "serif_cjk")
    s.text(470, 180, "Hou Kong Polytechnic University of Macao", 30, "serif_bold")
    s.text(700, 280, "碩士學位證書", 40, "serif_cjk")
    for k, line in enumerate(["茲證明 黃嘉穎 修畢本校工商管理碩士課程，", "成績合格，經本校學位評定委員會審議，", "授予工商管理碩士學位。"]):
        s.text(300, 380 + 62 * k, line, 32, "serif_cjk")
    for k, line in enumerate(["This is to certify that HUANG Jiaying", "having completed the programme of study prescribed",
                              "has been conferred the degree of", "Master of Business Administration"]):
        s.text(300, 620 + 50 * k, line, 28, "serif_bold" if k == 3 else "serif")
    s.text(300, 860, "校長 Rector：梁志遠", 26, "serif_cjk")
    s.text(300, 920, "二〇二一年七月十五日  15 July 2021", 26, "serif_cjk")
    s.text(300, 980, "證書編號 Certificate No.: HKP-MBA-2021-0583", 24, "serif_cjk")
    return scanned_png(s, "macau"), {"holder_name": ("黃嘉穎", "HUANG JIAYING"), "institution": ("澳門濠江理工大學",
                                     "Hou Kong Polytechnic University of Macao"),
                               "degree": ("工商管理碩士學位", "工商管理碩士", "Master of Business Administration"), "major": ("工商管理", "Business Administration"),
                               "date_awarded": "2021-07-15", "certificate_number": "HKP-MBA-2021-0583"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-reply-slip.png", consent_reply_slip, "consent_letter", "reply-slip"),
              ("consent-translated.pdf", consent_with_translation, "consent_letter", "with-translation"),
              ("statement-earlier-left.png", statement_earlier_year_left, "financial_statement", "earlier-year-left"),
              ("plan-margin-headings.png", plan_margin_headings, "business_plan", "margin-headings"),
              ("degree-macau.png", degree_macau_bilingual, "degree_certificate", "macau-bilingual")]
    return write_drawn(folder, papers)
