"""A two-hundred-and-fifty-ninth drawn set, of papers in forms users upload that no earlier set drew: a business plan's
slide saved as a screenshot (no resolution stated, 1280 by 720, 'FY1'); a work experience letter printed from an e-mail
(From / To / Subject, its stay by month and year, '10/2017 to 03/2023'); a consent in which the unit agrees that its
staff member resigns to work in Hong Kong (同意…辞去现职); a bachelor's degree in medicine (医学学士, 五年制); a degree
report in English on a landscape page; a letter whose particulars stand in a ruled table with its headings on top
(姓名 | 部门 | 岗位 | 起止时间). Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredfiftyninth`). Every
name, number and code is made up; 19679 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .generator.render import pil_font


def slide_screenshot() -> tuple[bytes, dict]:
    img = Image.new("RGB", (1280, 720), (20, 40, 70))
    d = ImageDraw.Draw(img)
    d.text((60, 40), "Lumen Hearing Care Ltd", font=pil_font("sans", 22), fill=(180, 200, 230))
    d.text((60, 90), "Financials", font=pil_font("sans_bold", 48), fill="white")
    for k, (label, value) in enumerate([("Paid-in capital", "HK$2,000,000"), ("FY1 revenue", "HK$6.5M"), ("HK team by end of FY1", "12")]):
        y = 220 + 110 * k
        d.text((80, y), label, font=pil_font("sans", 32), fill=(200, 215, 235))
        d.text((700, y - 6), value, font=pil_font("sans_bold", 40), fill="white")
    return png_bytes(img, None), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 6500000.0, "local_jobs": 12}


def email_printout() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 120, 100, ["From:  People Team <people@cqmaplesoft.example>", "To:  LIANG Wen", "Date:  Tue, 24 Nov 2026 10:12",
                             "Subject:  Employment verification - ZENG Lingyu"], 22, "sans", 40)
    s.d.line([120, 280, 1530, 280], fill=(150, 150, 150), width=2)
    text_lines(s, 120, 320, ["Dear Sir or Madam,", "",
                             "We confirm that Ms ZENG Lingyu was employed by Chongqing Maplesoft Technology Co., Ltd. as a UX Designer",
                             "from 10/2017 to 03/2023.", "", "Kind regards,", "People Team", "Chongqing Maplesoft Technology Co., Ltd."],
               22, "sans", 40)
    return scanned_png(s, "email"), {"employer": "Chongqing Maplesoft Technology Co., Ltd.", "position": "UX Designer",
                                     "start_date": "2017-10-01", "end_date": "2023-03-31"}


def resigns_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 130, "证明", 44, "serif_cjk")
    y = text_lines(s, 140, 260, ["　　本单位同意职工鲍思远同志辞去现职，赴香港特别行政区工作。", "", "　　特此证明。"], 30, "serif_cjk", 60)
    text_lines(s, 900, y + 100, ["合肥庐阳区第三人民医院", "2026年11月19日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 120, "合肥庐阳区第三人民医院")
    return scanned_png(s, "resigns"), {"organisation": "合肥庐阳区第三人民医院", "applicant_name": "鲍思远", "date": "2026-11-19", "seal_present": True}


def medicine_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, "　　鲍思远，男，1992年8月3日生。在本校临床医学专业（五年制）完成了本科学业，成绩合格。依照《中华人民共和国学位条例》"
                                "的规定，授予医学学士学位。", 30, 30, 60)
    text_lines(s, 900, y + 80, ["江淮医科大学", "校长  蒋承德", "2015年6月26日"], 28, "serif_cjk", 56)
    s.text(180, y + 330, "证书编号：1967942015002914", 24, "serif_cjk")
    _chop(s, 1100, y + 60, "江淮医科大学")
    return scanned_png(s, "medicine"), {"holder_name": "鲍思远", "degree": ("医学学士", "医学学士学位"), "major": ("临床医学", "临床医学专业（五年制）"),
                                        "institution": "江淮医科大学", "date_awarded": "2015-06-26", "date_of_birth": "1992-08-03",
                                        "certificate_number": "1967942015002914"}


def landscape_report() -> tuple[bytes, dict]:
    img = Image.new("RGB", (2339, 1654), "white")
    d = ImageDraw.Draw(img)
    d.text((520, 100), "Online Verification Report of China Higher Education Degree", font=pil_font("sans_bold", 40), fill="black")
    left = [("Name", "MO Xinyue"), ("Gender", "Female"), ("Date of Birth", "1994-03-30"), ("Degree Awarding Institution", "Huaiyin Normal University")]
    right = [("Degree Awarded", "Master of Education"), ("Discipline", "Curriculum and Teaching Methodology"), ("Date of Degree Awarded", "2019-06-20"),
             ("Degree Certificate No.", "1967932019000588")]
    for k, ((l1, v1), (l2, v2)) in enumerate(zip(left, right)):
        y = 260 + 90 * k
        d.text((160, y), f"{l1}:", font=pil_font("sans", 30), fill="black")
        d.text((600, y), v1, font=pil_font("sans", 30), fill="black")
        d.text((1180, y), f"{l2}:", font=pil_font("sans", 30), fill="black")
        d.text((1600, y), v2, font=pil_font("sans", 30), fill="black")
    d.text((160, 700), "Online Verification Code: QZ4W8K2MX7RT3PNB", font=pil_font("sans", 30), fill="black")
    return png_bytes(img.rotate(0.4, fillcolor="white", resample=Image.Resampling.BICUBIC), 200), {
        "holder_name": "MO XINYUE", "date_of_birth": "1994-03-30", "institution": "Huaiyin Normal University", "sex": "F",
        "major": "Curriculum and Teaching Methodology", "certificate_number": "1967932019000588", "verification_code": "QZ4W8K2MX7RT3PNB"}


def headings_on_top() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "工作证明", 44, "serif_cjk")
    s.text(160, 210, "兹证明下列人员在我公司工作，情况如下：", 30, "serif_cjk")
    _ruled(s, 160, 290, [["姓名", "部门", "岗位", "起止时间"], ["苗雨泽", "质量部", "质量工程师", "2015.03.02—2021.11.30"]],
           [220, 240, 300, 500], 72, 26)
    text_lines(s, 900, 560, ["苏州澄湖精密机械有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 560, "苏州澄湖精密机械有限公司")
    return scanned_png(s, "headingstop"), {"employer": "苏州澄湖精密机械有限公司", "position": "质量工程师", "start_date": "2015-03-02",
                                           "end_date": "2021-11-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-slide.png", slide_screenshot, "business_plan", "slide-screenshot"),
              ("experience-email.png", email_printout, "work_experience_letter", "email-printout"),
              ("consent-resigns.png", resigns_consent, "consent_letter", "resigns-consent"),
              ("degree-medicine.png", medicine_degree, "degree_certificate", "medicine-degree"),
              ("report-landscape.png", landscape_report, "qualification_report", "landscape-report"),
              ("experience-headings-top.png", headings_on_top, "work_experience_letter", "headings-on-top")]
    return write_drawn(folder, papers)


