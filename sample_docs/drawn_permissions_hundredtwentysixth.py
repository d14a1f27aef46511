"""A hundred-and-twenty-sixth drawn set: five consents in wording no set used. A 'Permission Letter' that grants its
engineer permission to accept an appointment; a unit's certificate that it let its employee resign and 'does not
object' (不持异议) to his taking a post in Hong Kong (到香港就职); a 'Letter of Endorsement' that endorses an application
to work in the Hong Kong SAR; a bureau's consent in traditional Chinese for its officer to go to Hong Kong to work
(往香港工作); a consent dated only in its footer, day first in figures ('Issued at Chengdu on 29/11/2026'). Each is a case
of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredtwentysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def _english_letter(head: list[tuple[str, int, str]], body: list[str], chop: str, name: str, top: int = 260) -> bytes:
    s = Sheet()
    for k, (text, size, font) in enumerate(head):
        s.text(140, 100 + 52 * k, text, size, font)
    y = top
    for line in body:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 520, y + 10, chop)
    return scanned_png(s, name)


def consent_permission_letter() -> tuple[bytes, dict]:
    body = ["2 December 2026", "", "PERMISSION LETTER", "",
            "This letter grants permission to Mr HU Zhengyang, a geotechnical engineer with this company since 2016,",
            "to accept an appointment with a company in Hong Kong and to leave our service for that purpose.", "",
            "For and on behalf of", "Hubei Zhongyuan Survey and Design Institute Co., Ltd."]
    data = _english_letter([("Hubei Zhongyuan Survey and Design Institute Co., Ltd.", 30, "serif_bold"), ("湖北中原勘察设计院有限公司", 26, "serif_cjk")],
                           body, "湖北中原勘察设计院有限公司", "permission")
    return data, {"organisation": ("Hubei Zhongyuan Survey and Design Institute Co., Ltd.", "湖北中原勘察设计院有限公司"),
                  "applicant_name": "HU ZHENGYANG", "date": "2026-12-02", "seal_present": True}


def consent_does_not_object() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "青岛蓝湾海洋装备有限公司", 42, "serif_cjk")
    s.text(720, 220, "证　明", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　兹证明车浩宇，男，身份证号码370202199007153011，自2014年7月至2026年11月在我公司任结构设计"
                   "工程师。本人提出辞职，我公司已于2026年11月30日准予其辞职。本单位对其到香港就职不持异议。", 34, 28, 56)
    s.text(900, y + 140, "青岛蓝湾海洋装备有限公司", 28, "serif_cjk")
    s.text(960, y + 200, "2026年12月1日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "青岛蓝湾海洋装备有限公司")
    return scanned_png(s, "notobject"), {"organisation": "青岛蓝湾海洋装备有限公司", "applicant_name": "车浩宇", "date": "2026-12-01",
                                   "seal_present": True}


def consent_endorsement() -> tuple[bytes, dict]:
    body = ["LETTER OF ENDORSEMENT", "", "Date: 27 November 2026", "",
            "We hereby endorse Ms LI Na's application to work in the Hong Kong SAR as a clinical data manager.",
            "Ms LI has worked in our clinical research centre since August 2019, and we shall release her from",
            "her present post when her visa is granted.", "", "Zhongzhou Clinical Research Co., Ltd."]
    data = _english_letter([("Zhongzhou Clinical Research Co., Ltd.", 30, "serif_bold"), ("中州临床研究有限公司", 26, "serif_cjk")],
                           body, "中州临床研究有限公司", "endorse")
    return data, {"organisation": ("Zhongzhou Clinical Research Co., Ltd.", "中州临床研究有限公司"), "applicant_name": "LI NA",
                  "date": "2026-11-27", "seal_present": True}


def consent_bureau_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "廈門市規劃和自然資源局", 42, "serif_cjk")
    s.text(720, 220, "同 意 函", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　本局職員鄭雅婷，女，一九九二年八月出生，現任國土空間規劃科科員。經局務會議研究，本局同意"
                   "鄭雅婷往香港工作，並按規定辦理離職手續。", 34, 28, 56)
    s.text(900, y + 140, "廈門市規劃和自然資源局", 28, "serif_cjk")
    s.text(940, y + 200, "二〇二六年十一月二十八日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "廈門市規劃和自然資源局")
    return scanned_png(s, "bureau"), {"organisation": "廈門市規劃和自然資源局", "applicant_name": "鄭雅婷", "date": "2026-11-28",
                                "seal_present": True}


def consent_footer_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Sichuan Jinsha Biotech Co., Ltd.", 32, "serif_bold")
    s.text(140, 150, "四川金沙生物科技有限公司", 26, "serif_cjk")
    lines = ["CONSENT LETTER", "",
             "Sichuan Jinsha Biotech Co., Ltd. consents to its employee Ms DENG Yiran (passport E80215637), a senior",
             "formulation scientist, taking up employment in Hong Kong.", "", "Authorised signatory: ZHAO Hui",
             "Human Resources Director"]
    y = 250
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 560, y + 40, "四川金沙生物科技有限公司")
    s.d.line([140, 2150, 1510, 2150], fill=(120, 120, 120), width=1)
    s.text(140, 2170, "Issued at Chengdu on 29/11/2026", 20, "serif")
    return scanned_png(s, "footer"), {"organisation": ("Sichuan Jinsha Biotech Co., Ltd.", "四川金沙生物科技有限公司"),
                                "applicant_name": "DENG YIRAN", "date": "2026-11-29", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-permission.png", consent_permission_letter, "consent_letter", "permission-letter"),
              ("consent-not-object.png", consent_does_not_object, "consent_letter", "does-not-object"),
              ("consent-endorsement.png", consent_endorsement, "consent_letter", "endorsement"),
              ("consent-bureau.png", consent_bureau_traditional, "consent_letter", "bureau-traditional"),
              ("consent-footer-date.png", consent_footer_date, "consent_letter", "footer-date")]
    return write_drawn(folder, papers)
