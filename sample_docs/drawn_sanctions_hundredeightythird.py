"""A hundred-and-eighty-third drawn set: four consents in layouts no set drew. The person's own application to work in
Hong Kong with the unit's opinion ('单位意见：同意') under it, chopped and dated; a university's letter headed '关于同意…赴港
工作的函' with its file number and a date in Chinese numerals; a hospital's consent in English for a doctor named with
her ID card number; a consent dated the American way whose organisation is named only where it signs. Each is a case of
its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredeightythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def application_with_opinion() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "赴港工作申请", 48, "serif_cjk")
    y = _paragraph(s, 140, 260, "　　本人屈文博，现任本公司测试部高级测试工程师，已获香港Harbourline Analytics Limited聘用，"
                             "现申请辞去现职赴港工作，请予批准。", 34, 28, 56)
    s.text(900, y + 40, "申请人：屈文博", 28, "serif_cjk")
    s.text(900, y + 100, "2026年11月10日", 28, "serif_cjk")
    s.d.rectangle([140, y + 180, 1520, y + 520], outline="black", width=2)
    s.text(170, y + 210, "单位意见：同意。", 30, "serif_cjk")
    s.text(860, y + 380, "济南泉城软件测试有限公司", 28, "serif_cjk")
    s.text(980, y + 440, "2026年11月12日", 28, "serif_cjk")
    _chop(s, 1120, y + 400, "济南泉城软件测试有限公司")
    return scanned_png(s, "opinion"), {"organisation": "济南泉城软件测试有限公司", "applicant_name": "屈文博", "date": "2026-11-12",
                                 "seal_present": True}


def university_letter_numbered() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "东江师范大学", 44, "serif_cjk")
    s.text(1040, 190, "东师人函〔2026〕58号", 24, "serif_cjk")
    s.text(380, 260, "关于同意甘若溪赴港工作的函", 38, "serif_cjk")
    y = _paragraph(s, 140, 380, "　　甘若溪系我校外国语学院讲师。经研究，我校同意其应聘香港Brightwell Education Services Limited"
                             "课程主任一职，并按规定办理相关手续。特此函告。", 34, 28, 56)
    s.text(920, y + 140, "东江师范大学人事处", 28, "serif_cjk")
    s.text(940, y + 200, "二〇二六年十一月十九日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "东江师范大学")
    return scanned_png(s, "university"), {"organisation": ("东江师范大学", "东江师范大学人事处"), "applicant_name": "甘若溪", "date": "2026-11-19",
                                    "seal_present": True}


def hospital_consent_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Chengdu Jinjiang Women's and Children's Hospital", 30, "serif_bold")
    y = 200
    for line in ["CONSENT TO EMPLOYMENT OUTSIDE THE MAINLAND", "", "Date: 21 November 2026", "",
                 "The Hospital hereby gives its consent for Dr. YUAN Shiqi (ID card no. 510104199206183266), an attending",
                 "physician of our paediatrics department, to accept employment with Kowloon Bay Child Health Centre Limited",
                 "in Hong Kong.", "", "", "Chengdu Jinjiang Women's and Children's Hospital", "Personnel Office"]:
        s.text(140, y, line, 22, "serif_bold" if line.isupper() else "serif")
        y += 40
    _chop(s, 560, y - 60, "成都锦江妇女儿童医院")
    return scanned_png(s, "hospital"), {"organisation": "Chengdu Jinjiang Women's and Children's Hospital", "applicant_name": "YUAN SHIQI",
                                  "date": "2026-11-21", "seal_present": True}


def american_date_signature_only() -> tuple[bytes, dict]:
    s = Sheet()
    y = 160
    for line in ["December 1, 2026", "", "To: Immigration Department, Hong Kong SAR", "",
                 "Re: Mr. KUANG Zeyu", "", "Mr. KUANG Zeyu has been with us since 2019. We agree that he may leave his post to take up",
                 "employment in Hong Kong with Silverlake Robotics Limited, and we raise no objection to his application.", "", "",
                 "Shenzhen Qianhai Yunfan Logistics Co., Ltd.", "(company seal)"]:
        s.text(140, y, line, 22, "serif")
        y += 40
    _chop(s, 420, y - 80, "深圳前海云帆物流有限公司")
    return scanned_png(s, "american"), {"organisation": "Shenzhen Qianhai Yunfan Logistics Co., Ltd.", "applicant_name": "KUANG ZEYU",
                                  "date": "2026-12-01", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-opinion.png", application_with_opinion, "consent_letter", "application-with-opinion"),
              ("consent-university.png", university_letter_numbered, "consent_letter", "university-letter-numbered"),
              ("consent-hospital.png", hospital_consent_english, "consent_letter", "hospital-consent-english"),
              ("consent-american.png", american_date_signature_only, "consent_letter", "american-date-signature-only")]
    return write_drawn(folder, papers)
