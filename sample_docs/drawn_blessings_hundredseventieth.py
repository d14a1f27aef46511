"""A hundred-and-seventieth drawn set, a third test set of consents: four consents in wording and layouts no set used. A
consent sent by e-mail, printed with its header ('Sent: Monday, 23 November 2026 10:42'), given name first in the body,
no chop; a form whose rows ask for the applicant, the unit's opinion (同意) and its seal; a law firm's consent in
traditional Chinese to its 律師 (本所); a consent written as a short note on a notepad with the company's name printed at
the foot. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredseventieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_by_email() -> tuple[bytes, dict]:
    s = Sheet()
    y = 100
    for line in ["From: Human Resources <hr@lakeview-optics.example>", "Sent: Monday, 23 November 2026 10:42",
                 "To: immigration@tidecrest.example", "Subject: Consent for Zhao Yiran"]:
        s.text(140, y, line, 22, "sans", (70, 70, 70))
        y += 36
    s.d.line([140, y + 10, 1500, y + 10], fill=(150, 150, 150), width=2)
    y += 60
    for line in ["Dear Sir or Madam,", "", "Yiran ZHAO has worked in our lens design department since 2019. Suzhou Lakeview",
                 "Optics Co., Ltd. consents to her taking up employment in Hong Kong.", "", "Best regards,", "Human Resources Department",
                 "Suzhou Lakeview Optics Co., Ltd."]:
        s.text(140, y, line, 24, "sans")
        y += 44
    return scanned_png(s, "email"), {"organisation": "Suzhou Lakeview Optics Co., Ltd.", "applicant_name": "ZHAO YIRAN", "date": "2026-11-23",
                               "seal_present": False}


def consent_form_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "人员赴港工作审批表", 40, "serif_cjk")
    _ruled(s, 140, 240, [["申请人", "黎书瑶"], ["所在部门", "产品研发部"], ["拟赴地区", "香港"], ["单位意见", "同意"],
                         ["单位名称", "合肥庐州新能源科技有限公司"], ["日期", "2026年11月17日"]], [400, 960], 96, 30)
    _chop(s, 1150, 720, "合肥庐州新能源科技有限公司")
    return scanned_png(s, "formrows"), {"organisation": "合肥庐州新能源科技有限公司", "applicant_name": "黎书瑶", "date": "2026-11-17",
                                  "seal_present": True}


def consent_law_firm_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "粵海聯合律師事務所", 44, "serif_cjk")
    s.text(760, 230, "同意書", 44, "serif_cjk")
    y = _paragraph(s, 140, 350, "　　本所律師溫嘉朗自二零二零年起於本所執業。本所同意其前往香港特別行政區工作。", 34, 28, 56)
    s.text(900, y + 140, "粵海聯合律師事務所", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月26日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "粵海聯合律師事務所")
    return scanned_png(s, "lawfirm"), {"organisation": "粵海聯合律師事務所", "applicant_name": ("溫嘉朗", "温嘉朗"), "date": "2026-11-26",
                                 "seal_present": True}


def consent_notepad_note() -> tuple[bytes, dict]:
    s = Sheet()
    for y in range(200, 1500, 60):
        s.d.line([120, y, 1530, y], fill=(180, 200, 230), width=2)
    s.text(160, 215, "2026.11.29", 30, "hand")
    s.text(160, 335, "同意本公司设计师卜若曦赴香港工作。", 40, "hand_cjk", (20, 30, 120))
    s.text(160, 455, "——人事部", 36, "hand_cjk", (20, 30, 120))
    s.text(520, 1560, "宁波甬江工业设计有限公司", 30, "serif_cjk")
    _chop(s, 760, 500, "宁波甬江工业设计有限公司")
    return scanned_png(s, "notepad"), {"organisation": "宁波甬江工业设计有限公司", "applicant_name": "卜若曦", "date": "2026-11-29",
                                 "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-email.png", consent_by_email, "consent_letter", "by-email"),
              ("consent-form-rows.png", consent_form_rows, "consent_letter", "form-rows"),
              ("consent-law-firm.png", consent_law_firm_hant, "consent_letter", "law-firm-hant"),
              ("consent-notepad.png", consent_notepad_note, "consent_letter", "notepad-note")]
    return write_drawn(folder, papers)
