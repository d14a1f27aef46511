"""A six-hundred-and-twenty-ninth drawn set, of an employer's papers, drawn in stop 86's ninth round to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: an ID 990B whose BR number and salary are written a figure a box (eight boxes
and three after a dash; five boxes of salary), the Talent List answered by a cross beside 'Yes'; a BR certificate whose values stand
under their labels, its address over three lines with no comma at their ends; a plan in traditional Chinese whose capital is a 股本
and whose first year is a column of a table (第一年 | 第二年 | 第三年). Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredtwentyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def employer_boxes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    s.text(140, 120, "Part B  Employer", 30, "sans_bold")
    s.text(140, 210, "Name of company", 24, "sans")
    s.text(600, 206, "Westwind Geotechnical Consultants Limited", 28, "sans")
    s.text(140, 300, "Business Registration No.", 24, "sans")
    x = s.boxes(600, 290, "71904528", 8)
    s.text(x + 10, 296, "-", 30, "sans")
    s.boxes(x + 40, 290, "000", 3)
    s.text(140, 390, "Name of applicant", 24, "sans")
    s.text(600, 386, "JIANG Ruoyu", 28, "sans")
    s.text(140, 470, "Job title", 24, "sans")
    s.text(600, 466, "Geotechnical Engineer", 28, "sans")
    s.text(140, 560, "Monthly salary (HK$)", 24, "sans")
    s.boxes(600, 550, "46000", 6)
    s.text(140, 650, "Is the post on the Talent List?", 24, "sans")
    s.tick(600, 646, True)
    s.text(650, 650, "Yes", 24, "sans")
    s.tick(780, 646, False)
    s.text(830, 650, "No", 24, "sans")
    return scanned_png(s, "employerboxes"), {"employer_name": "Westwind Geotechnical Consultants Limited", "br_number": "71904528",
                                             "applicant_name": "JIANG RUOYU", "position": "Geotechnical Engineer", "monthly_salary_hkd": 46000.0,
                                             "talent_list": True}


def br_values_under() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "BUSINESS REGISTRATION CERTIFICATE", 34, "serif_bold")
    text_lines(s, 160, 230, ["Name of Business", "    LANTERNGLOW EVENTS LIMITED", "", "Address",
                             "    ROOM 503, 5/F", "    88 QUEEN'S ROAD CENTRAL", "    CENTRAL, HONG KONG", "", "Nature of Business",
                             "    EVENT MANAGEMENT", "", "Certificate No.", "    71266093-000-10-26-9", "", "Date of Commencement",
                             "    05/10/2026", "", "Date of Expiry", "    04/10/2027"], 24, "serif", 40)
    return scanned_png(s, "valuesunder"), {"business_name": "LANTERNGLOW EVENTS LIMITED", "br_number": "71266093",
                                           "address": "ROOM 503, 5/F, 88 QUEEN'S ROAD CENTRAL, CENTRAL, HONG KONG", "nature_of_business": "EVENT MANAGEMENT",
                                           "commencement_date": "2026-10-05", "expiry_date": "2027-10-04"}


def plan_share_capital_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "業務計劃", 46, "serif_cjk")
    s.text(520, 170, "晨曦寵物醫療有限公司", 32, "serif_cjk")
    y = text_lines(s, 160, 270, ["本公司股本為港幣一百五十萬元，由兩名創辦人全數認購，於2027年1月在沙田開設首間動物診所。", "", "未來三年預測如下："],
                   26, "serif_cjk", 56)
    _ruled(s, 160, y + 20, [["", "第一年", "第二年", "第三年"], ["營業額（港元）", "2,600,000", "3,900,000", "5,100,000"],
                            ["本地員工（人）", "5", "7", "9"]], [420, 300, 300, 300], 68, 26)
    return scanned_png(s, "sharecapital"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 5}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-boxes.png", employer_boxes, "employer_form", "boxes"),
              ("br-values-under.png", br_values_under, "br_certificate", "values-under"),
              ("plan-share-capital-hant.png", plan_share_capital_hant, "business_plan", "share-capital-hant")]
    return write_drawn(folder, papers)
