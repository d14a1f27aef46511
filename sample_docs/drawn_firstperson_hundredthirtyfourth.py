"""A hundred-and-thirty-fourth drawn set: four consents in wording and layouts no set used. A general manager's
statement in the first person ('I, ZHANG Wei, General Manager of …, hereby confirm that the company agrees to let our
employee … work in Hong Kong'), dated 'Date: 2026/11/30'; a Chinese certificate that names its company only in its
signature line with the department after it (…有限公司人力资源部); a research centre's consent for its postdoctoral
fellow dated with 廿 (二〇二六年十一月廿九日); a consent in English whose employee stands in a table of particulars over
the letter and is then 'the above-named employee'. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredthirtyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_first_person() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Guiyang Qianling Big Data Co., Ltd.", 32, "serif_bold")
    s.text(140, 150, "贵阳黔灵大数据有限公司", 26, "serif_cjk")
    lines = ["STATEMENT", "", "I, ZHANG Wei, General Manager of Guiyang Qianling Big Data Co., Ltd., hereby confirm that the company",
             "agrees to let our employee Ms RAN Xiaoyu, a senior database administrator, work in Hong Kong", "for a company there.",
             "", "Signature: ZHANG Wei", "Date: 2026/11/30"]
    y = 250
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 600, y + 40, "贵阳黔灵大数据有限公司")
    return scanned_png(s, "firstperson"), {"organisation": ("Guiyang Qianling Big Data Co., Ltd.", "贵阳黔灵大数据有限公司"),
                                     "applicant_name": "RAN XIAOYU", "date": "2026-11-30", "seal_present": True}


def consent_department_signature() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 150, "证　明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明员工钱佳慧（身份证号：500103199311254821）自2017年8月起在我公司工作，现任品牌策划主管。"
                   "我公司同意其赴香港工作。", 34, 28, 56)
    s.text(160, y + 40, "特此证明。", 28, "serif_cjk")
    s.text(760, y + 160, "重庆两江云智科技有限公司人力资源部", 28, "serif_cjk")
    s.text(960, y + 220, "2026年11月27日", 28, "serif_cjk")
    _chop(s, 1100, y + 190, "重庆两江云智科技有限公司")
    return scanned_png(s, "dept"), {"organisation": "重庆两江云智科技有限公司", "applicant_name": "钱佳慧", "date": "2026-11-27",
                              "seal_present": True}


def consent_postdoc_nian() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "江汉生物医药创新中心", 42, "serif_cjk")
    s.text(700, 220, "同 意 函", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　我中心博士后研究人员宁嘉树，男，1991年5月生，2023年3月进站从事抗体药物研究。经中心研究，"
                   "同意其出站后赴香港从事研究工作。", 34, 28, 56)
    s.text(900, y + 140, "江汉生物医药创新中心", 28, "serif_cjk")
    s.text(920, y + 200, "二〇二六年十一月廿九日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "江汉生物医药创新中心")
    return scanned_png(s, "nian"), {"organisation": "江汉生物医药创新中心", "applicant_name": "宁嘉树", "date": "2026-11-29",
                              "seal_present": True}


def consent_particulars_over_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shenzhen Haixin Instruments Co., Ltd.", 32, "serif_bold")
    s.text(140, 170, "Employee particulars", 26, "serif_bold")
    _ruled(s, 140, 220, [["Name", "TAN Yuchen"], ["Employee no.", "HX-04172"], ["Department", "Optical Metrology"],
                         ["Position", "Senior Engineer"]], [360, 700], 60, 24)
    lines = ["", "Date: 28 November 2026", "", "We confirm that the above-named employee has worked for us since 2016, and we agree to",
             "release him so that he may take up employment in Hong Kong.", "", "Human Resources, Shenzhen Haixin Instruments Co., Ltd."]
    y = 480
    for line in lines:
        s.text(140, y, line, 24, "serif")
        y += 44
    _chop(s, 600, y + 60, "深圳海芯仪器有限公司")
    return scanned_png(s, "particulars"), {"organisation": ("Shenzhen Haixin Instruments Co., Ltd.", "深圳海芯仪器有限公司"),
                                     "applicant_name": "TAN YUCHEN", "date": "2026-11-28", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-first-person.png", consent_first_person, "consent_letter", "first-person-statement"),
              ("consent-department.png", consent_department_signature, "consent_letter", "department-in-signature"),
              ("consent-postdoc.png", consent_postdoc_nian, "consent_letter", "postdoc-nian-date"),
              ("consent-particulars.png", consent_particulars_over_letter, "consent_letter", "particulars-over-letter")]
    return write_drawn(folder, papers)
