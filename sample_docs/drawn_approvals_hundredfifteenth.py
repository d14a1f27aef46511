"""A hundred-and-fifteenth drawn set: five letters in wording no set drew, four of them consents and one not. A bank's
'Letter of Approval' that approves its employee's application to work in Hong Kong; a unit's 审批意见书 that 准予 (permits)
its employee to resign and go; an 'Employer's Statement' that the company does not object; a 'Confirmation' that the
company has agreed to release its engineer; and, not a consent, a certificate of employment that says it is issued for
the employee's application to work in Hong Kong and consents to nothing. Each is a case of its own. Read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredfifteenth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def _english(name: str, head: list[str], title: str, body: list[str], sign: list[str], chop: str) -> bytes:
    s = Sheet()
    y = 100
    for k, line in enumerate(head):
        s.text(140, y, line, 32 if k == 0 else 26, "serif_bold" if k == 0 else ("serif_cjk" if not line.isascii() else "serif"))
        y += 56
    s.text(140, y + 40, title, 30, "serif_bold")
    y += 130
    for line in body:
        s.text(140, y, line, 24, "serif")
        y += 42
    y += 60
    for line in sign:
        s.text(140, y, line, 24, "serif")
        y += 42
    _chop(s, 640, y + 20, chop)
    return scanned_png(s, name)


def consent_letter_of_approval() -> tuple[bytes, dict]:
    data = _english("approval", ["Bank of Qiantang Co., Ltd.", "钱塘银行股份有限公司", "8 November 2026"], "LETTER OF APPROVAL",
                    ["Ms GU Yanan, a credit analyst in our Hangzhou branch since 2016, has applied to take up employment in",
                     "Hong Kong. The Bank approves her application and will release her at the end of December 2026."],
                    ["Human Resources Department", "Bank of Qiantang Co., Ltd."], "钱塘银行股份有限公司")
    return data, {"organisation": ("Bank of Qiantang Co., Ltd.", "钱塘银行股份有限公司"), "applicant_name": "GU YANAN", "date": "2026-11-08",
                  "seal_present": True}


def consent_approval_opinion() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 150, "审批意见书", 52, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　本公司研发中心工程师覃一鸣提交辞职申请，拟赴香港工作。经审核，准予其辞职，并准予其赴香港就业。", 32, 30, 60)
    s.text(900, y + 120, "柳州桂龙汽车零部件有限公司", 30, "serif_cjk")
    s.text(960, y + 180, "2026年11月12日", 30, "serif_cjk")
    _chop(s, 1080, y + 150, "柳州桂龙汽车零部件有限公司")
    return scanned_png(s, "opinion"), {"organisation": "柳州桂龙汽车零部件有限公司", "applicant_name": "覃一鸣", "date": "2026-11-12", "seal_present": True}


def consent_employers_statement() -> tuple[bytes, dict]:
    data = _english("statement", ["Xiamen Haicang Port Logistics Co., Ltd.", "厦门海沧港口物流有限公司", "Date: 19 November 2026"],
                    "EMPLOYER'S STATEMENT",
                    ["We, Xiamen Haicang Port Logistics Co., Ltd., state that Mr CAI Zhiyuan has been employed by us as an operations",
                     "planner since March 2019, and that we do not object to his employment in Hong Kong."],
                    ["Authorised signatory", "Xiamen Haicang Port Logistics Co., Ltd."], "厦门海沧港口物流有限公司")
    return data, {"organisation": ("Xiamen Haicang Port Logistics Co., Ltd.", "厦门海沧港口物流有限公司"), "applicant_name": "CAI ZHIYUAN",
                  "date": "2026-11-19", "seal_present": True}


def consent_confirmation_release() -> tuple[bytes, dict]:
    data = _english("release", ["Wuhan Guanggu Photonics Co., Ltd.", "武汉光谷光子科技有限公司", "21 November 2026"], "CONFIRMATION",
                    ["This is to confirm that our company has agreed to release Mr TAN Haoyu, senior laser engineer, to join",
                     "Lumina Photonics (HK) Limited in Hong Kong from February 2027."],
                    ["Human Resources", "Wuhan Guanggu Photonics Co., Ltd."], "武汉光谷光子科技有限公司")
    return data, {"organisation": ("Wuhan Guanggu Photonics Co., Ltd.", "武汉光谷光子科技有限公司"), "applicant_name": "TAN HAOYU",
                  "date": "2026-11-21", "seal_present": True}


def work_certificate_for_the_application() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 150, "在职证明", 52, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明黎晓岚，女，身份证号码450102199205******，自2017年3月1日起在我公司工作，现任财务部总账会计。", 32, 30, 60)
    y = _paragraph(s, 140, y + 20, "　　本证明仅供其申请赴香港工作签证使用。", 32, 30, 60)
    s.text(900, y + 120, "南宁邕江商贸有限公司", 30, "serif_cjk")
    s.text(960, y + 180, "2026年11月26日", 30, "serif_cjk")
    _chop(s, 1080, y + 150, "南宁邕江商贸有限公司")
    return scanned_png(s, "work"), {"type": "work_experience_letter", "employer": "南宁邕江商贸有限公司", "position": ("总账会计", "财务部总账会计"),
                              "start_date": "2017-03-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-approval.png", consent_letter_of_approval, "consent_letter", "letter-of-approval"),
              ("consent-approval-opinion.png", consent_approval_opinion, "consent_letter", "approval-opinion"),
              ("consent-employers-statement.png", consent_employers_statement, "consent_letter", "employers-statement"),
              ("consent-confirmation.png", consent_confirmation_release, "consent_letter", "confirmation-release"),
              ("work-certificate.png", work_certificate_for_the_application, "work_experience_letter", "for-the-application")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, {k: v for k, v in fields.items() if k != "type"}))
    return write_papers(folder, out)
