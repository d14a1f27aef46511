"""A three-hundred-and-forty-fourth drawn set, of a contract, a degree and a consent, drawn at stop 77 and read cold
before any reader change for it, in wording and layouts no earlier set drew: a Chinese labour contract in numbered
articles (第一条 合同期限 …自…起至…止; 第二条 …担任…岗位; 第三条 月工资为港币叁万捌仟元整); a degree certificate set in two columns, the
Chinese text on the left and its English on the right; a consent from a public body whose person's identity number
is masked with asterisks. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredfortyfourth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def articles_contract() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "劳动合同", 46, "serif_cjk")
    text_lines(s, 160, 220, ["甲方（用人单位）：港湾星辰科技有限公司", "乙方（劳动者）：骆雨欣", "",
                             "第一条　合同期限：本合同为固定期限合同，期限两年，自2027年2月1日起至2029年1月31日止。",
                             "第二条　工作内容：乙方同意在甲方担任数据工程师岗位，工作地点为香港。",
                             "第三条　劳动报酬：乙方月工资为港币叁万捌仟元整（HK$38,000）。", "",
                             "甲方（盖章）：港湾星辰科技有限公司　　　　乙方（签字）：骆雨欣"], 26, "serif_cjk", 60)
    return scanned_png(s, "articles"), {"employer_name": "港湾星辰科技有限公司", "employee_name": "骆雨欣", "position": "数据工程师",
                                        "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 38000.0}


def two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "学位证书　Degree Certificate", 38, "serif_cjk")
    text_lines(s, 120, 260, ["　　宋佳琪，女，1996年8月21日生。", "在本校应用统计专业完成了硕士", "研究生培养计划，通过论文答辩，",
                             "授予经济学硕士学位。", "", "江南财经大学", "2021年6月25日"], 28, "serif_cjk", 58)
    text_lines(s, 860, 260, ["SONG Jiaqi, female, born on 21 August 1996,", "has completed the master's programme in",
                             "Applied Statistics at this university and", "passed the thesis defence, and is awarded",
                             "the Master of Economics degree.", "", "Jiangnan University of Finance", "25 June 2021"], 24, "serif", 58)
    s.text(120, 820, "证书编号 Certificate No.: 1939532021001187", 24, "serif_cjk")
    return scanned_png(s, "columns"), {"holder_name": ("宋佳琪", "SONG JIAQI"), "degree": ("经济学硕士", "经济学硕士学位", "Master of Economics"),
                                       "major": ("应用统计", "Applied Statistics"), "institution": ("江南财经大学", "Jiangnan University of Finance"),
                                       "date_awarded": "2021-06-25", "date_of_birth": "1996-08-21", "certificate_number": "1939532021001187"}


def masked_identity_number() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "同意函", 46, "serif_cjk")
    text_lines(s, 160, 260, ["　　我单位职工卢可馨（身份证号：440106199305******），现同意其赴香港特别行政区就业，",
                             "我单位对此无异议。", "", "　　特此函告。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["广州市越秀区教育发展中心", "2026年10月16日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 640, "广州市越秀区教育发展中心")
    return scanned_png(s, "masked"), {"organisation": "广州市越秀区教育发展中心", "applicant_name": "卢可馨", "date": "2026-10-16",
                                      "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-articles.png", articles_contract, "employment_contract", "articles"),
              ("degree-two-columns.png", two_columns, "degree_certificate", "two-columns"),
              ("consent-masked-identity-number.png", masked_identity_number, "consent_letter", "masked-identity-number")]
    return write_drawn(folder, papers)
