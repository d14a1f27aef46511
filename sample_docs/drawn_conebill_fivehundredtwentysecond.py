"""A five-hundred-and-twenty-second drawn set, of a graduation certificate, a consent and a contract, drawn after stop 83's last
reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: a postgraduate's graduation
certificate (研究生…学制三年，修完硕士研究生培养计划…，毕业论文答辩通过); a 'RELEASE LETTER' by which a firm releases its employee to take
up employment in Hong Kong; an appointment contract in paragraphs (甲方聘请乙方担任…职务，聘期三年，自…起至…止; 工资港币肆万捌仟元整). Each
is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredtwentysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def postgraduate_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "研究生毕业证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　研究生黎家豪，男，一九九五年三月生，于二〇一八年九月至二〇二一年", "六月在本校材料科学与工程专业学习，学制三年，修完硕士研究生培养计划",
                                 "规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"], 30, "serif_cjk", 62)
    text_lines(s, 160, y + 90, ["校名：东海材料科技大学", "校长：孔德明", "证书编号：192641202106000358", "", "二〇二一年六月二十五日"],
               28, "serif_cjk", 56)
    _chop(s, 1250, y + 150, "东海材料科技大学")
    return scanned_png(s, "pggrad"), {"holder_name": "黎家豪", "institution": "东海材料科技大学", "major": "材料科学与工程",
                                      "level": ("研究生", "硕士研究生", "postgraduate", "master"), "graduation_date": "2021-06-25",
                                      "certificate_number": "192641202106000358"}


def release_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lhasa Plateau Mineral Water Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["1 December 2026", "", "RELEASE LETTER", "",
                             "Ms. CIREN Yangzom, our Quality Assurance Supervisor, is hereby released from her duties with the Company to",
                             "take up employment in Hong Kong. The Company has no objection to her application.", "", "Yours faithfully,", "",
                             "General Manager"], 24, "serif", 44)
    _chop(s, 1100, 560, "拉萨高原矿泉水有限公司")
    return scanned_png(s, "release"), {"organisation": "Lhasa Plateau Mineral Water Co., Ltd.", "applicant_name": "CIREN Yangzom",
                                       "date": "2026-12-01", "seal_present": True}


def appointment_paragraphs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "聘用合同", 44, "serif_cjk")
    text_lines(s, 160, 220, ["甲方：香港數碼港智算有限公司", "乙方：郑皓轩", "",
                             "　　一、甲方聘请乙方担任高级算法工程师职务，聘期三年，自2027年1月1日起至2029年12月31日止。",
                             "　　二、甲方每月支付乙方工资港币肆万捌仟元整（HK$48,000）。", "", "甲方（盖章）：　　　　　　　乙方（签名）："], 27, "serif_cjk", 58)
    return scanned_png(s, "apptparas"), {"employer_name": "香港數碼港智算有限公司", "employee_name": "郑皓轩", "position": "高级算法工程师",
                                         "start_date": "2027-01-01", "term_months": 36, "monthly_salary_hkd": 48000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-postgraduate.png", postgraduate_graduation, "graduation_certificate", "postgraduate-graduation"),
              ("consent-release-letter.png", release_letter, "consent_letter", "release-letter"),
              ("contract-appointment-paragraphs.png", appointment_paragraphs, "employment_contract", "appointment-paragraphs")]
    return write_drawn(folder, papers)
