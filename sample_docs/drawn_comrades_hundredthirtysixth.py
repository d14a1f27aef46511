"""A hundred-and-thirty-sixth drawn set: four consents in wording and layouts no set used. A state-owned group's consent
in English for 'Comrade LIU Yang'; a Mainland university's consent for its lecturer to leave for a Hong Kong
university, both of them 大学 in the text; a unit's notice (通知) naming its employee in the title and 'the comrade'
(该同志) in the body; a consent dated in financial capitals (贰零贰陆年拾壹月贰拾捌日). Each is a case of its own. Read
once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredthirtysixth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def consent_comrade() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "China Huabei Power Engineering Group Co., Ltd.", 30, "serif_bold")
    s.text(140, 150, "中国华北电力工程集团有限公司", 26, "serif_cjk")
    lines = ["25 November 2026", "", "CERTIFICATE", "",
             "Comrade LIU Yang, a senior electrical engineer of our group since 2012, has applied to work in Hong Kong.",
             "After study, the group agrees to his application.", "", "Personnel Department",
             "China Huabei Power Engineering Group Co., Ltd."]
    y = 250
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 600, y + 40, "中国华北电力工程集团有限公司")
    return scanned_png(s, "comrade"), {"organisation": ("China Huabei Power Engineering Group Co., Ltd.", "中国华北电力工程集团有限公司"),
                                 "applicant_name": "LIU YANG", "date": "2026-11-25", "seal_present": True}


def consent_university_two_universities() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "赣江师范大学", 44, "serif_cjk")
    s.text(700, 220, "同 意 函", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　我校外国语学院讲师贝思雨，女，1990年7月生，已获香港城东大学聘任为助理教授。经学校研究，同意其辞去我校"
                   "教职，赴香港城东大学任教。", 34, 28, 56)
    s.text(960, y + 140, "赣江师范大学人事处", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月26日", 28, "serif_cjk")
    _chop(s, 1110, y + 170, "赣江师范大学")
    return scanned_png(s, "twounis"), {"organisation": "赣江师范大学", "applicant_name": "贝思雨", "date": "2026-11-26", "seal_present": True}


def consent_notice_comrade() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "宜昌三峡水电设备有限公司", 42, "serif_cjk")
    s.d.line([140, 190, 1510, 190], fill=(180, 30, 30), width=4)
    s.text(420, 250, "关于同意邝志远同志赴港工作的通知", 34, "serif_cjk")
    s.text(140, 340, "公司各部门：", 28, "serif_cjk")
    y = _paragraph(s, 140, 400, "　　技术中心高级工程师邝志远同志已获香港一家公司聘用。经公司总经理办公会研究，同意该同志赴港工作，"
                   "请人力资源部办理相关手续。", 34, 28, 56)
    s.text(900, y + 140, "宜昌三峡水电设备有限公司", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月24日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "宜昌三峡水电设备有限公司")
    return scanned_png(s, "notice"), {"organisation": "宜昌三峡水电设备有限公司", "applicant_name": "邝志远", "date": "2026-11-24",
                                "seal_present": True}


def consent_capital_numeral_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "泉州刺桐纺织机械有限公司", 42, "serif_cjk")
    s.text(700, 220, "同 意 书", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　兹同意本公司员工骆嘉琪（女，身份证号码350502199512033027）赴香港工作。", 34, 28, 56)
    s.text(900, y + 140, "泉州刺桐纺织机械有限公司", 28, "serif_cjk")
    s.text(900, y + 200, "贰零贰陆年拾壹月贰拾捌日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "泉州刺桐纺织机械有限公司")
    return scanned_png(s, "capitals"), {"organisation": "泉州刺桐纺织机械有限公司", "applicant_name": "骆嘉琪", "date": "2026-11-28",
                                  "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-comrade.png", consent_comrade, "consent_letter", "comrade-english"),
              ("consent-two-universities.png", consent_university_two_universities, "consent_letter", "two-universities"),
              ("consent-notice.png", consent_notice_comrade, "consent_letter", "notice-the-comrade"),
              ("consent-capital-date.png", consent_capital_numeral_date, "consent_letter", "capital-numeral-date")]
    return write_drawn(folder, papers)
