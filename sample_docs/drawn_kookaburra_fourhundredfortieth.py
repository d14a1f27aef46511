"""A four-hundred-and-fortieth drawn set, of two consents and a report, in wording and layouts no earlier set drew: a
hospital's consent in English ('hereby consents to Dr. …, attending physician in our Department of …, accepting an
offer of employment', 'Dated this 16th day of November 2026'); a school's consent (我校教师…同志申请赴香港工作，经学校研究，
同意其申请), signed by a school (…学校); a report ruled in four columns, two labels and two values a row. Each is a case
of its own (`scripts/bench_drawn_forms.py --set fourhundredfortieth`). Every name and number is made up; 19320 is no
real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def hospital_consents() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Shenzhen Bay People's Hospital", 30, "serif_bold")
    text_lines(s, 160, 200, ["LETTER OF CONSENT", "",
                             "Shenzhen Bay People's Hospital hereby consents to Dr. WEI Lan, attending physician in our Department",
                             "of Cardiology, accepting an offer of employment in the Hong Kong Special Administrative Region.", "",
                             "Dated this 16th day of November 2026.", "", "Medical Affairs Office"], 24, "serif", 46)
    _chop(s, 1150, 620, "深圳湾人民医院")
    return scanned_png(s, "hospital"), {"organisation": "Shenzhen Bay People's Hospital", "applicant_name": "WEI Lan", "date": "2026-11-16",
                                        "seal_present": True}


def school_consents() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 130, "同意证明", 44, "serif_cjk")
    y = _paragraph(s, 140, 280, "　　我校教师曹文静同志申请赴香港工作，经学校研究，同意其申请。", 32, 30, 60)
    text_lines(s, 140, y + 40, ["　　特此证明。"], 30, "serif_cjk", 60)
    text_lines(s, 880, y + 160, ["广州市天河区育才实验学校", "2026年11月9日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 200, "广州市天河区育才实验学校")
    return scanned_png(s, "school"), {"organisation": "广州市天河区育才实验学校", "applicant_name": "曹文静", "date": "2026-11-09", "seal_present": True}


def report_four_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    y = _ruled(s, 140, 220, [["姓名", "乔欣怡", "性别", "女"], ["出生日期", "1995年8月27日", "入学日期", "2018年9月1日"],
                             ["毕业日期", "2021年6月30日", "学历类别", "普通高等教育"], ["学校名称", "渝西科技大学", "层次", "硕士研究生"],
                             ["专业", "环境科学", "证书编号", "193201202106000812"]], [240, 440, 240, 460], 84, 24)
    s.text(140, y + 50, "在线验证码：ZK5R8WQ2NT7LMX4D", 26, "sans_cjk")
    return scanned_png(s, "fourcols"), {"holder_name": "乔欣怡", "sex": "F", "date_of_birth": "1995-08-27", "institution": "渝西科技大学",
                                        "major": "环境科学", "level": ("硕士研究生", "研究生", "硕士"), "graduation_date": "2021-06-30",
                                        "certificate_number": "193201202106000812", "verification_code": "ZK5R8WQ2NT7LMX4D"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-hospital-consents.png", hospital_consents, "consent_letter", "hospital-consents"),
              ("consent-school-consents.png", school_consents, "consent_letter", "school-consents"),
              ("report-four-columns.png", report_four_columns, "qualification_report", "four-columns")]
    return write_drawn(folder, papers)
