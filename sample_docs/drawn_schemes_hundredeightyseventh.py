"""A hundred-and-eighty-seventh drawn set, a sixth test set of plans, drawn after the plans' readers were mended for the
hundred-and-seventy-ninth: five business plans in wording no set used. A plan in simplified Chinese bullets whose
hires are '拟招聘本地员工4名'; a plan whose capital is 'contributed by the sole shareholder' and whose forecast is a sentence
with 'gross receipts'; a plan as a question-and-answer form (Q: How much capital …? A: …); a plan whose figures stand in
a two-column table of 'Item | Amount'; a plan in traditional Chinese prose with amounts in 萬. Each is a case of its own.
Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredeightyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forecasts_hundredseventythird import _lines
from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def plan_hans_bullets_hires() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "云杉智慧物流有限公司", 40, "serif_cjk")
    s.text(700, 190, "商业计划书", 38, "serif_cjk")
    _lines(s, 300, ["一、实缴资本：港币1,200,000元", "二、首年预计收入：港币4,600,000元", "三、人员安排：拟招聘本地员工4名，内地派驻1名",
                    "四、办公地点：观塘"], 30, "serif_cjk", 70)
    return scanned_png(s, "hansbullets"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4600000.0, "local_jobs": 4}


def plan_sole_shareholder() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Bramblewood Print Studio Limited", 32, "serif_bold")
    s.wrapped(140, 190, "The capital of HK$380,000 was contributed by the sole shareholder in cash. For the first twelve months we "
              "budget gross receipts of HK$1,150,000 from print runs and design fees. Two Hong Kong residents will join as a "
              "print technician and a customer service officer.", 90, 24, "serif", leading=40)
    return scanned_png(s, "soleshareholder"), {"capital_hkd": 380000.0, "projected_turnover_hkd": 1150000.0, "local_jobs": 2}


def plan_question_answer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Cobaltline Security Consulting Limited", 32, "sans_bold")
    _lines(s, 190, ["Q: How much capital has been paid into the company?", "A: HK$900,000", "",
                    "Q: What turnover do you expect in the first year?", "A: About HK$3,200,000", "",
                    "Q: How many people will you employ locally in the first year?", "A: Five"], 26, "sans", 50)
    return scanned_png(s, "qanda"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 5}


def plan_item_amount_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Sunpath Elderly Care Services Limited - Plan Figures", 30, "serif_bold")
    _ruled(s, 140, 190, [["Item", "Amount"], ["Paid-up share capital", "HK$650,000"], ["Expected revenue, year 1", "HK$2,480,000"],
                         ["Local care workers to be employed, year 1", "6"], ["Expected revenue, year 2", "HK$3,300,000"]], [760, 480], 70, 24)
    return scanned_png(s, "itemamount"), {"capital_hkd": 650000.0, "projected_turnover_hkd": 2480000.0, "local_jobs": 6}


def plan_hant_prose_wan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "瑞豐醫學影像有限公司", 40, "serif_cjk")
    s.text(680, 190, "業務發展計劃", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司已繳足股本港幣150萬元。開業首年預計營業額為港幣620萬元，主要來自影像診斷服務。首年將聘請6名本地僱員，"
                            "包括放射技師及行政人員。", 34, 28, 56)
    return scanned_png(s, "hantwan"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 6200000.0, "local_jobs": 6}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-hans-bullets.png", plan_hans_bullets_hires, "business_plan", "hans-bullets-hires"),
              ("plan-sole-shareholder.png", plan_sole_shareholder, "business_plan", "sole-shareholder"),
              ("plan-question-answer.png", plan_question_answer, "business_plan", "question-answer"),
              ("plan-item-amount.png", plan_item_amount_table, "business_plan", "item-amount-table"),
              ("plan-hant-wan.png", plan_hant_prose_wan, "business_plan", "hant-prose-wan")]
    return write_drawn(folder, papers)
