"""A six-hundred-and-twenty-seventh drawn set, of BR papers and a plan, drawn in stop 86's eighth round to be read cold before any reader changes for it, in wording
and layouts no earlier set drew: a BR certificate of a business registered by its Chinese name alone, its address in Chinese (業務名稱 福安
茶餐廳, 地址 香港九龍旺角…); a BR fee's demand note whose period is a range ('Registration Period: 01-07-2026 to 30-06-2027'); a plan
in simplified Chinese whose figures are told in sentences (注册资本为港币200万元, 首年营业额预计为港币520万元, 首年聘请本地员工6名).
Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredtwentyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def br_chinese_name_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 90, "商業登記證", 46, "serif_cjk")
    s.text(470, 160, "BUSINESS REGISTRATION CERTIFICATE", 28, "serif_bold")
    text_lines(s, 160, 280, ["登記證號碼 Certificate No.：70581236-000-03-26-4", "業務名稱 Name of Business：福安茶餐廳",
                             "地址 Address：香港九龍旺角彌敦道688號地下", "業務性質 Nature of Business：餐廳", "生效日期 Date of Commencement：18/03/2026",
                             "屆滿日期 Date of Expiry：17/03/2027"], 26, "serif_cjk", 64)
    return scanned_png(s, "chineseonly"), {"business_name": "福安茶餐廳", "br_number": "70581236", "address": "香港九龍旺角彌敦道688號地下",
                                           "nature_of_business": "餐廳", "commencement_date": "2026-03-18", "expiry_date": "2027-03-17"}


def demand_note_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "INLAND REVENUE DEPARTMENT", 26, "sans_bold")
    s.text(140, 140, "Business Registration Fee and Levy — Demand Note", 30, "sans_bold")
    text_lines(s, 140, 250, ["Business Registration No.: 72615943-000-07-26", "Name: NORTHPOINT ABACUS TUTORING LIMITED",
                             "Address: FLAT D, 11/F, 233 KING'S ROAD, NORTH POINT, HONG KONG", "Nature of Business: TUTORIAL SERVICES",
                             "Registration Period: 01-07-2026 to 30-06-2027", "", "Fee HK$2,200    Levy HK$0    Total HK$2,200",
                             "Please pay on or before 30-06-2026."], 24, "sans", 52)
    return scanned_png(s, "demandnote"), {"business_name": "NORTHPOINT ABACUS TUTORING LIMITED", "br_number": "72615943",
                                          "address": "FLAT D, 11/F, 233 KING'S ROAD, NORTH POINT, HONG KONG", "nature_of_business": "TUTORIAL SERVICES",
                                          "expiry_date": "2027-06-30"}


def plan_sentences_hans() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "商业计划书", 46, "serif_cjk")
    s.text(560, 170, "岚桥跨境供应链（香港）有限公司", 30, "serif_cjk")
    text_lines(s, 160, 290, ["一、公司简介", "本公司于2026年10月在香港成立，注册资本为港币200万元，已全部缴足，主要为内地电商企业提供",
                             "香港仓储及跨境物流服务。", "", "二、经营目标", "首年营业额预计为港币520万元，第二年预计为港币780万元。",
                             "首年聘请本地员工6名，第二年增至10名。"], 26, "serif_cjk", 56)
    return scanned_png(s, "planhans"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 5200000.0, "local_jobs": 6}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-chinese-name-only.png", br_chinese_name_only, "br_certificate", "chinese-name-only"),
              ("br-demand-note-period.png", demand_note_period, "br_certificate", "demand-note-period"),
              ("plan-sentences-hans.png", plan_sentences_hans, "business_plan", "sentences-hans")]
    return write_drawn(folder, papers)
