"""A hundred-and-seventy-fourth drawn set: five letters proving work experience, in layouts no set drew. An English
service certificate whose particulars sit in a block of rows (Designation, Date Joined, Date of Separation) under a
letterhead; a Chinese letter whose period is '2016.09.05—2020.08.31' on a row of its own; an English letter telling of a
promotion (the later post the one to read); a Chinese letter with the post '担任…一职' and the period '从…到…'; an
English letter with American dates and the post after 'worked as a', signed 'For and on behalf of'. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredseventyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def service_certificate_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Zhuhai Hengqin Marine Instruments Co., Ltd.", 30, "serif_bold")
    s.text(140, 135, "No. 88 Huandao East Road, Hengqin, Zhuhai, Guangdong", 20, "serif")
    s.d.line([140, 170, 1510, 170], fill=(0, 0, 0), width=2)
    s.text(560, 240, "SERVICE CERTIFICATE", 34, "serif_bold")
    rows = [("Employee", "Mr HUANG Junjie"), ("Staff No.", "HQ-0417"), ("Department", "Sonar Systems"),
            ("Designation", "Senior Hardware Engineer"), ("Date Joined", "06 Jul 2015"), ("Date of Separation", "28 Feb 2022"),
            ("Reason", "Resigned")]
    y = 360
    for label, value in rows:
        s.text(180, y, label, 24, "serif")
        s.text(560, y, ":", 24, "serif")
        s.text(600, y, value, 24, "serif")
        y += 52
    s.text(140, y + 60, "We wish him every success in his future career.", 24, "serif")
    s.text(140, y + 200, "Human Resources Department", 24, "serif")
    s.text(140, y + 244, "8 November 2026", 24, "serif")
    return scanned_png(s, "servicecert"), {"employer": "Zhuhai Hengqin Marine Instruments Co., Ltd.", "position": "Senior Hardware Engineer",
                                     "start_date": "2015-07-06", "end_date": "2022-02-28"}


def dotted_period_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "工 作 证 明", 48, "serif_cjk")
    s.text(140, 300, "兹证明范思琪（身份证号码：350203199105123025）曾在本公司工作，具体情况如下：", 28, "serif_cjk")
    s.text(200, 380, "任职部门：财务共享中心", 28, "serif_cjk")
    s.text(200, 440, "所任职务：总账会计", 28, "serif_cjk")
    s.text(200, 500, "任职期间：2016.09.05—2020.08.31", 28, "serif_cjk")
    s.text(140, 600, "本证明仅用于其办理赴港工作手续。", 28, "serif_cjk")
    s.text(900, 760, "厦门鹭岛供应链管理有限公司", 28, "serif_cjk")
    s.text(980, 820, "二〇二六年十一月九日", 28, "serif_cjk")
    _chop(s, 1120, 780, "厦门鹭岛供应链管理有限公司")
    return scanned_png(s, "dotted"), {"employer": "厦门鹭岛供应链管理有限公司", "position": "总账会计", "start_date": "2016-09-05",
                                "end_date": "2020-08-31"}


def promotion_story() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "NINGBO EASTPORT LOGISTICS GROUP CO., LTD.", 28, "serif_bold")
    y = 220
    for line in ["10 November 2026", "", "To whom it may concern", "",
                 "Ms ZHOU Lingyun joined our finance team on 14 February 2018 as Junior Accountant. Her",
                 "work earned her promotion to Senior Accountant in March 2020, a post she held until she",
                 "left us on 30 June 2024 to pursue opportunities elsewhere.", "",
                 "She was diligent and honest, and we recommend her without reservation.", "",
                 "Yours faithfully,", "", "", "CHEN Haoran", "Finance Director"]:
        s.text(140, y, line, 24, "serif")
        y += 42
    return scanned_png(s, "promotion"), {"employer": "NINGBO EASTPORT LOGISTICS GROUP CO., LTD.", "position": "Senior Accountant",
                                   "start_date": "2018-02-14", "end_date": "2024-06-30"}


def post_held_from_to() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "离职证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明陶欣然同志从2015年4月20日到2019年10月8日在我单位人力资源部担任招聘主管一职，"
                             "现已办理完离职手续，与我单位不存在劳动关系。特此证明。", 34, 28, 56)
    s.text(880, y + 140, "武汉光谷智能装备股份有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月16日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "武汉光谷智能装备股份有限公司")
    return scanned_png(s, "fromto"), {"employer": "武汉光谷智能装备股份有限公司", "position": "招聘主管", "start_date": "2015-04-20",
                                "end_date": "2019-10-08"}


def american_dates_on_behalf() -> tuple[bytes, dict]:
    s = Sheet()
    y = 160
    for line in ["November 12, 2026", "", "Re: Employment verification", "",
                 "We confirm that Mr. XIE Yuchen worked as a Senior UX Designer in our product team from",
                 "March 2, 2017 to January 15, 2023. His employment was full time.", "",
                 "Please contact our HR team at hr@lianhua-interactive.example if you need more.", "", "",
                 "For and on behalf of", "Shenzhen Lianhua Interactive Technology Co., Ltd.", "", "", "Authorised Signature"]:
        s.text(140, y, line, 24, "serif")
        y += 42
    return scanned_png(s, "american"), {"employer": "Shenzhen Lianhua Interactive Technology Co., Ltd.", "position": "Senior UX Designer",
                                  "start_date": "2017-03-02", "end_date": "2023-01-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-service-certificate.png", service_certificate_rows, "work_experience_letter", "service-certificate-rows"),
              ("experience-dotted-period.png", dotted_period_row, "work_experience_letter", "dotted-period-row"),
              ("experience-promotion.png", promotion_story, "work_experience_letter", "promotion-story"),
              ("experience-from-to.png", post_held_from_to, "work_experience_letter", "post-held-from-to"),
              ("experience-american.png", american_dates_on_behalf, "work_experience_letter", "american-dates-on-behalf")]
    return write_drawn(folder, papers)
