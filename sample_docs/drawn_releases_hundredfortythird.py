"""A hundred-and-forty-third drawn set: five consents in wording no set used, drawn to see whether the readers mended for
the consents before them read new ones. A 'Letter of Agreement' in English from a design institute; a Chinese 意见书
(opinion) that 'does not object to and supports' its engineer (不反对并支持); a consent in English whose employee is
'Miss' and which is dated at its head in the American order ('November 29, 2026'); a traditional-Chinese consent from a
Macau-registered company's Zhuhai branch; a Chinese consent whose unit signs with its full name and department over two
lines under the chop. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfortythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def _english(head: str, head_zh: str, body: list[str], name: str) -> bytes:
    s = Sheet()
    s.text(140, 100, head, 32, "serif_bold")
    s.text(140, 150, head_zh, 26, "serif_cjk")
    y = 250
    for line in body:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 600, y + 40, head_zh)
    return scanned_png(s, name)


def consent_letter_of_agreement() -> tuple[bytes, dict]:
    body = ["LETTER OF AGREEMENT", "", "Date: 24 November 2026", "",
            "Shaanxi Qinchuan Architectural Design Institute Co., Ltd. agrees that its architect Mr DU Haoming may take",
            "up an offer of employment in the Hong Kong Special Administrative Region.", "", "Seal of the Institute"]
    return _english("Shaanxi Qinchuan Architectural Design Institute Co., Ltd.", "陕西秦川建筑设计研究院有限公司", body, "agreement"), {
        "organisation": ("Shaanxi Qinchuan Architectural Design Institute Co., Ltd.", "陕西秦川建筑设计研究院有限公司"),
        "applicant_name": "DU HAOMING", "date": "2026-11-24", "seal_present": True}


def consent_opinion_supports() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "兰州黄河智能电网有限公司", 42, "serif_cjk")
    s.text(720, 220, "意见书", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　本公司电气工程师罗俊熙拟赴香港特别行政区就业。本公司对此不反对并支持，将按规定为其办理工作交接。", 34, 28, 56)
    s.text(900, y + 140, "兰州黄河智能电网有限公司", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月27日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "兰州黄河智能电网有限公司")
    return scanned_png(s, "opinion"), {"organisation": "兰州黄河智能电网有限公司", "applicant_name": "罗俊熙", "date": "2026-11-27",
                                 "seal_present": True}


def consent_miss_american() -> tuple[bytes, dict]:
    body = ["November 29, 2026", "", "To whom it may concern,", "",
            "This is to confirm that Miss XIANG Yutong, a product designer with our company since 2021, has our",
            "consent to take up employment in Hong Kong.", "", "Tianjin Haihe Creative Industries Co., Ltd."]
    return _english("Tianjin Haihe Creative Industries Co., Ltd.", "天津海河创意产业有限公司", body, "miss"), {
        "organisation": ("Tianjin Haihe Creative Industries Co., Ltd.", "天津海河创意产业有限公司"), "applicant_name": "XIANG YUTONG",
        "date": "2026-11-29", "seal_present": True}


def consent_zhuhai_branch_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "濠江實業有限公司珠海分公司", 42, "serif_cjk")
    s.text(720, 220, "同意書", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　本分公司員工溫嘉欣（女，1995年8月生）現任市場主任，本分公司同意其前往香港工作。", 34, 28, 56)
    s.text(880, y + 140, "濠江實業有限公司珠海分公司", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月28日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "濠江實業有限公司珠海分公司")
    return scanned_png(s, "zhuhai"), {"organisation": ("濠江實業有限公司珠海分公司", "濠江實業有限公司"), "applicant_name": "溫嘉欣",
                                "date": "2026-11-28", "seal_present": True}


def consent_two_line_signature() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 150, "同意函", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　我公司员工詹子轩，男，身份证号码360102199206183017，现任财务分析师。我公司同意其赴香港工作。", 34, 28, 56)
    s.text(860, y + 140, "南昌赣鄱金融服务有限公司", 28, "serif_cjk")
    s.text(920, y + 190, "人力资源部", 28, "serif_cjk")
    s.text(960, y + 250, "2026年11月30日", 28, "serif_cjk")
    _chop(s, 1080, y + 180, "南昌赣鄱金融服务有限公司")
    return scanned_png(s, "twoline"), {"organisation": "南昌赣鄱金融服务有限公司", "applicant_name": "詹子轩", "date": "2026-11-30",
                                 "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-agreement.png", consent_letter_of_agreement, "consent_letter", "letter-of-agreement"),
              ("consent-opinion.png", consent_opinion_supports, "consent_letter", "opinion-supports"),
              ("consent-miss.png", consent_miss_american, "consent_letter", "miss-american-date"),
              ("consent-zhuhai.png", consent_zhuhai_branch_traditional, "consent_letter", "zhuhai-branch-traditional"),
              ("consent-two-line.png", consent_two_line_signature, "consent_letter", "two-line-signature")]
    return write_drawn(folder, papers)
