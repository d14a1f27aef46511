"""A four-hundred-and-sixty-eighth drawn set, of two consents and a contract, drawn after stop 82's second reader change,
to be read cold, in wording and layouts no earlier set drew: a traditional-script consent (同意書：本公司同意員工…赴香港受聘於…);
a consent as a form, one row a particular (员工姓名 | …; 拟赴港就职单位 | …; 单位意见 | 同意), the chop by the date; a Chinese contract
whose term runs from one date to another (合同期限：自…起至…止) and whose pay is stated in Hong Kong dollars a month (月薪：港币…元).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredsixtyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "同意書", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　本公司同意員工馮嘉琪赴香港受聘於香港灣仔創意設計有限公司，擔任設計師一職。特此證明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["福州閩江廣告有限公司", "2026年11月21日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 150, "福州閩江廣告有限公司")
    return scanned_png(s, "consenttrad"), {"organisation": "福州閩江廣告有限公司", "applicant_name": "馮嘉琪", "date": "2026-11-21",
                                           "seal_present": True}


def consent_form_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "员工赴港就业单位意见表", 40, "serif_cjk")
    y = _ruled(s, 200, 240, [["员工姓名", "冉思远"], ["所在单位", "重庆两江汽车零部件有限公司"], ["拟赴港就职单位", "香港荃湾精密工程有限公司"],
                             ["单位意见", "同意"]], [380, 820], 80, 26)
    text_lines(s, 860, y + 80, ["（单位盖章）", "2026年11月22日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 110, "重庆两江汽车零部件有限公司")
    return scanned_png(s, "consentform"), {"organisation": "重庆两江汽车零部件有限公司", "applicant_name": "冉思远", "date": "2026-11-22",
                                           "seal_present": True}


def contract_from_to() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "劳动合同书", 44, "serif_cjk")
    text_lines(s, 160, 220, ["甲方（用人单位）：香港北角医疗科技有限公司", "乙方（劳动者）：闫子墨", "",
                             "第一条　合同期限：自2027年1月1日起至2028年12月31日止。", "第二条　工作岗位：乙方担任临床数据经理。",
                             "第三条　劳动报酬：月薪港币叁万陆仟元（HK$36,000）。", "", "甲方（盖章）：　　　　　　乙方（签名）：",
                             "签订日期：2026年11月28日"], 28, "serif_cjk", 60)
    return scanned_png(s, "fromto"), {"employer_name": "香港北角医疗科技有限公司", "employee_name": "闫子墨", "position": "临床数据经理",
                                      "start_date": "2027-01-01", "term_months": 24, "monthly_salary_hkd": 36000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-traditional.png", consent_traditional, "consent_letter", "traditional"),
              ("consent-form-rows.png", consent_form_rows, "consent_letter", "form-rows"),
              ("contract-from-to.png", contract_from_to, "employment_contract", "from-to")]
    return write_drawn(folder, papers)
