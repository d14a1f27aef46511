"""A hundred-and-fifty-seventh drawn set, a test set: five consents in wording no set used, drawn after the consents'
readers were mended for the sets before, to see whether they read new ones. A hospital's consent to its physician (我院医师
…同志); a state-owned group's reply in the red-header style (关于同意…赴港工作的批复) under a document number; a consent in
Chinese with its English translation under it; an English consent naming its employee given name first with his passport
number in brackets ('Mr. Haoran DENG (Passport No. …)'), dated with an ordinal ('3rd December 2026'); a consent whose
company signs above its date in one line ('…有限公司　二〇二六年十一月二十七日'). Each is a case of its own. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredfiftyseventh`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def consent_hospital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "临江市第三人民医院", 44, "serif_cjk")
    s.text(760, 230, "证　明", 44, "serif_cjk")
    y = _paragraph(s, 140, 350, "　　我院医师冯晓彤同志，女，1990年4月生，自2016年起在我院心内科工作。经院务会研究，同意其赴香港特别行政区工作。", 34, 28, 56)
    s.text(940, y + 140, "临江市第三人民医院", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月23日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "临江市第三人民医院")
    return scanned_png(s, "hospital"), {"organisation": "临江市第三人民医院", "applicant_name": "冯晓彤", "date": "2026-11-23", "seal_present": True}


def consent_red_header_reply() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 110, "华屹能源投资集团有限公司文件", 48, "serif_cjk", (200, 20, 20))
    s.text(640, 200, "华屹集人〔2026〕45号", 26, "serif_cjk")
    s.d.line([140, 250, 1510, 250], fill=(200, 20, 20), width=4)
    s.text(360, 320, "关于同意邱子墨同志赴港工作的批复", 36, "serif_cjk")
    s.text(140, 430, "集团规划发展部：", 30, "serif_cjk")
    y = _paragraph(s, 140, 500, "　　你部《关于邱子墨同志申请赴香港工作的请示》收悉。经研究，同意邱子墨同志赴香港特别行政区工作。", 34, 28, 56)
    s.text(880, y + 140, "华屹能源投资集团有限公司", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月19日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "华屹能源投资集团有限公司")
    return scanned_png(s, "redheader"), {"organisation": "华屹能源投资集团有限公司", "applicant_name": "邱子墨", "date": "2026-11-19",
                                   "seal_present": True}


def consent_with_translation_under() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "同意函", 44, "serif_cjk")
    y = _paragraph(s, 140, 220, "　　我公司员工柯嘉怡现任品牌经理，我公司同意其赴香港工作。", 34, 28, 56)
    s.text(900, y + 40, "厦门鹭岛文创科技有限公司", 26, "serif_cjk")
    s.text(980, y + 90, "2026年11月21日", 26, "serif_cjk")
    _chop(s, 1100, y + 60, "厦门鹭岛文创科技有限公司")
    s.d.line([140, y + 260, 1510, y + 260], fill=(140, 140, 140), width=2)
    s.text(140, y + 300, "(English translation)", 22, "serif")
    yy = y + 360
    for line in ["LETTER OF CONSENT", "Ms KE Jiayi, an employee of our company, is at present our brand manager. Our company agrees",
                 "to her working in Hong Kong.", "Xiamen Ludao Cultural and Creative Technology Co., Ltd.", "21 November 2026"]:
        s.text(140, yy, line, 22, "serif")
        yy += 40
    return scanned_png(s, "translation"), {"organisation": ("厦门鹭岛文创科技有限公司", "Xiamen Ludao Cultural and Creative Technology Co., Ltd."),
                                     "applicant_name": ("柯嘉怡", "KE JIAYI"), "date": "2026-11-21", "seal_present": True}


def consent_given_name_first_ordinal() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Jinan Quancheng Intelligent Manufacturing Co., Ltd.", 30, "serif_bold")
    s.text(140, 150, "济南泉城智能制造有限公司", 26, "serif_cjk")
    y = 250
    for line in ["3rd December 2026", "", "TO WHOM IT MAY CONCERN", "",
                 "We confirm that Mr. Haoran DENG (Passport No. EC4471209) has been employed by our company as an automation",
                 "engineer since 2018. We have no objection to his employment in Hong Kong.", "", "Yours faithfully,", "",
                 "Jinan Quancheng Intelligent Manufacturing Co., Ltd."]:
        s.text(140, y, line, 24, "serif")
        y += 44
    _chop(s, 560, y - 40, "济南泉城智能制造有限公司")
    return scanned_png(s, "ordinal"), {"organisation": ("Jinan Quancheng Intelligent Manufacturing Co., Ltd.", "济南泉城智能制造有限公司"),
                                 "applicant_name": "DENG HAORAN", "date": "2026-12-03", "seal_present": True}


def consent_company_and_date_one_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 150, "同意书", 46, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹同意本公司结构工程师牛振宇赴香港特别行政区就业。", 34, 28, 56)
    s.text(560, y + 140, "长沙湘麓建筑设计有限公司　二〇二六年十一月二十七日", 28, "serif_cjk")
    _chop(s, 760, y + 150, "长沙湘麓建筑设计有限公司")
    return scanned_png(s, "oneline"), {"organisation": "长沙湘麓建筑设计有限公司", "applicant_name": "牛振宇", "date": "2026-11-27",
                                 "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-hospital.png", consent_hospital, "consent_letter", "hospital"),
              ("consent-red-header.png", consent_red_header_reply, "consent_letter", "red-header-reply"),
              ("consent-translation.png", consent_with_translation_under, "consent_letter", "translation-under"),
              ("consent-ordinal.png", consent_given_name_first_ordinal, "consent_letter", "given-name-first-ordinal"),
              ("consent-one-line.png", consent_company_and_date_one_line, "consent_letter", "company-and-date-one-line")]
    return write_drawn(folder, papers)
