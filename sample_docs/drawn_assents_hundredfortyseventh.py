"""A hundred-and-forty-seventh drawn set: five consents in wording and layouts no set used. A consent as a ruled form
(单位名称 / 员工姓名 / 单位意见 / 日期 in cells, the chop over the date's cell); a consent in English naming its employee
with the Chinese name in brackets ('Ms LIANG Shuang (梁爽)'); a university's consent to its lecturer, dated in Chinese
numerals (二〇二六年十一月十八日); a consent 'Dated this 19th day of November 2026' at its foot, signed 'For and on behalf
of' its company; a consent whose employee is named after his identity card number ('身份证号：…，姓名：…'). Each is a case
of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfortyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def consent_ruled_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "员工赴港工作单位意见表", 40, "serif_cjk")
    rows = [("单位名称", "武汉东湖光电子器件有限公司"), ("员工姓名", "许静怡"), ("现任职务", "光学工程师"),
            ("单位意见", "同意该员工赴香港工作"), ("日期", "2026年11月16日")]
    y = 240
    for label, value in rows:
        s.d.rectangle([140, y, 520, y + 110], outline=(60, 60, 60), width=2)
        s.d.rectangle([520, y, 1510, y + 110], outline=(60, 60, 60), width=2)
        s.text(170, y + 36, label, 30, "serif_cjk")
        s.text(560, y + 36, value, 30, "serif_cjk")
        y += 110
    _chop(s, 1200, y - 80, "武汉东湖光电子器件有限公司")
    return scanned_png(s, "ruledform"), {"organisation": "武汉东湖光电子器件有限公司", "applicant_name": "许静怡", "date": "2026-11-16",
                                   "seal_present": True}


def consent_english_with_han_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ningbo Haishu Textile Import & Export Co., Ltd.", 32, "serif_bold")
    s.text(140, 150, "宁波海曙纺织进出口有限公司", 26, "serif_cjk")
    y = 260
    for line in ["20 November 2026", "", "Re: Ms LIANG Shuang (梁爽)", "",
                 "Ms LIANG Shuang (梁爽) has worked in our merchandising department since March 2020. The company",
                 "has no objection to her accepting employment in Hong Kong and will release her from her post.", "",
                 "Human Resources Manager"]:
        s.text(140, y, line, 24, "serif")
        y += 44
    _chop(s, 560, y + 40, "宁波海曙纺织进出口有限公司")
    return scanned_png(s, "hanname"), {"organisation": ("Ningbo Haishu Textile Import & Export Co., Ltd.", "宁波海曙纺织进出口有限公司"),
                                 "applicant_name": ("LIANG SHUANG", "梁爽"), "date": "2026-11-20", "seal_present": True}


def consent_university_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "西南交通科技大学", 44, "serif_cjk")
    s.text(760, 230, "证明", 44, "serif_cjk")
    y = _paragraph(s, 140, 350, "　　兹证明我校机械工程学院讲师周子涵同志，拟赴香港特别行政区工作。经研究，学校同意其申请，并保留其人事关系至二〇二七年六月。", 34, 28, 56)
    s.text(960, y + 140, "西南交通科技大学人事处", 28, "serif_cjk")
    s.text(980, y + 200, "二〇二六年十一月十八日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "西南交通科技大学")
    return scanned_png(s, "numerals"), {"organisation": ("西南交通科技大学", "西南交通科技大学人事处"), "applicant_name": "周子涵",
                                  "date": "2026-11-18", "seal_present": True}


def consent_dated_this_day() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "CONSENT", 34, "serif_bold")
    y = 200
    for line in ["We, Qingdao Blue Harbour Marine Equipment Co., Ltd., the present employer of Mr SUN Kaiwen, holder of",
                 "Mainland identity card no. 370202199104225317, consent to his taking up employment with a company in",
                 "the Hong Kong Special Administrative Region.", "",
                 "Dated this 19th day of November 2026.", "", "For and on behalf of",
                 "Qingdao Blue Harbour Marine Equipment Co., Ltd.", "", "", "Authorised Signature(s)"]:
        s.text(140, y, line, 24, "serif")
        y += 44
    _chop(s, 420, y - 120, "青岛蓝港海洋装备有限公司")
    return scanned_png(s, "thisday"), {"organisation": "Qingdao Blue Harbour Marine Equipment Co., Ltd.", "applicant_name": "SUN KAIWEN",
                                 "date": "2026-11-19", "seal_present": True}


def consent_name_after_id_number() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 150, "单位同意函", 46, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　身份证号：410105199308152236，姓名：贾一鸣，系我单位软件开发部职员。我单位同意其到香港工作，特此函告。", 34, 28, 56)
    s.text(880, y + 140, "郑州中原云链信息技术有限公司", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月25日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "郑州中原云链信息技术有限公司")
    return scanned_png(s, "idfirst"), {"organisation": "郑州中原云链信息技术有限公司", "applicant_name": "贾一鸣", "date": "2026-11-25",
                                 "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-ruled-form.png", consent_ruled_form, "consent_letter", "ruled-form"),
              ("consent-han-name.png", consent_english_with_han_name, "consent_letter", "english-han-name"),
              ("consent-numerals.png", consent_university_numerals, "consent_letter", "university-numerals"),
              ("consent-this-day.png", consent_dated_this_day, "consent_letter", "dated-this-day"),
              ("consent-id-first.png", consent_name_after_id_number, "consent_letter", "name-after-id")]
    return write_drawn(folder, papers)
