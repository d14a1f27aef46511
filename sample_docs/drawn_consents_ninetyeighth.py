"""A ninety-eighth drawn set: five consents, each titled as no earlier consent was. One titled only '证明'
(certificate); a letter of recommendation that also consents ('推荐信'); an English 'Certificate of Employment and
Consent'; a unit's 'opinion' on its employee's going to Hong Kong ('关于…赴港工作的意见'); a unit's decision to let its
employee resign and go ('关于同意…辞职并赴港工作的决定'). Each is a case of its own. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set ninetyeighth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def _letter(name: str, title: str, body: str, org: str, dated: str, addressee: str = "") -> bytes:
    s = Sheet()
    s.text(827 - 26 * len(title), 160, title, 52, "serif_cjk")
    y = 300
    if addressee:
        s.text(140, y, addressee, 30, "serif_cjk")
        y += 80
    y = _paragraph(s, 140, y, "　　" + body, 32, 32, 64)
    s.text(900, y + 120, org, 30, "serif_cjk")
    s.text(960, y + 180, dated, 30, "serif_cjk")
    _chop(s, 1100, y + 150, org)
    return _scan(s, name)


def consent_titled_certificate() -> tuple[bytes, dict]:
    data = _letter("zm", "证　明", "兹有我公司员工柯思彤（女，1992年10月生），现任我公司软件测试经理。我公司知悉并同意其应聘香港"
                   "澜桥软件有限公司职位，赴香港工作。特此证明。", "厦门鹭桥信息技术有限公司", "2026年11月12日")
    return data, {"organisation": "厦门鹭桥信息技术有限公司", "applicant_name": "柯思彤", "date": "2026-11-12", "seal_present": True}


def consent_recommendation() -> tuple[bytes, dict]:
    data = _letter("tj", "推 荐 信", "白浩然同志自2016年起在我院从事桥梁结构设计工作，业务能力突出。现推荐其应聘香港贵公司结构工程师一职，"
                   "我院同意其赴港工作。", "湖南湘江桥梁设计研究院有限公司", "2026年11月15日", "香港澜桥工程顾问有限公司：")
    return data, {"organisation": "湖南湘江桥梁设计研究院有限公司", "applicant_name": "白浩然", "date": "2026-11-15", "seal_present": True}


def consent_certificate_and_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Wuxi Lianyun Semiconductor Equipment Co., Ltd.", 32, "serif_bold")
    s.text(400, 240, "CERTIFICATE OF EMPLOYMENT AND CONSENT", 36, "serif_bold")
    s.text(140, 340, "Date: 18 November 2026", 26, "serif")
    s.wrapped(140, 420, "This is to certify that Mr SHI Kaiwen has been employed by our company as a process engineer since "
              "1 July 2018. The company consents to his taking up employment in Hong Kong with Lanqiao Semiconductor "
              "Limited.", 84, 26, "serif", leading=46)
    s.text(140, 660, "Human Resources Department", 26, "serif")
    _chop(s, 500, 760, "无锡联芸半导体设备有限公司")
    return _scan(s, "ce"), {"organisation": ("Wuxi Lianyun Semiconductor Equipment Co., Ltd.", "无锡联芸半导体设备有限公司"),
                            "applicant_name": "SHI KAIWEN", "date": "2026-11-18", "seal_present": True}


def consent_opinion() -> tuple[bytes, dict]:
    data = _letter("yj", "关于严可欣同志赴港工作的意见", "严可欣同志系我中心检验科主管技师。经中心研究，对其赴香港工作无异议，"
                   "同意其按程序办理相关手续。", "南京江北医学检验中心", "2026年11月10日")
    return data, {"organisation": "南京江北医学检验中心", "applicant_name": "严可欣", "date": "2026-11-10", "seal_present": True}


def consent_decision() -> tuple[bytes, dict]:
    data = _letter("jd", "关于同意柏宇辞职并赴港工作的决定", "柏宇同志于2015年7月入职我公司，现任数据分析部高级分析师。本人申请辞去现职赴香港工作，"
                   "经公司研究决定，同意其辞职申请，并同意其赴港工作。", "成都锦蓉数据科技有限公司", "2026年11月8日")
    return data, {"organisation": "成都锦蓉数据科技有限公司", "applicant_name": "柏宇", "date": "2026-11-08", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-certificate.png", consent_titled_certificate, "consent_letter", "titled-certificate"),
              ("consent-recommendation.png", consent_recommendation, "consent_letter", "recommendation"),
              ("consent-employment-and-consent.png", consent_certificate_and_consent, "consent_letter", "employment-and-consent"),
              ("consent-opinion.png", consent_opinion, "consent_letter", "opinion"),
              ("consent-decision.png", consent_decision, "consent_letter", "decision")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
