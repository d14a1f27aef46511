"""A six-hundred-and-forty-second drawn set, of a plan, a BR certificate and an applicant's form, drawn after stop 87's last reader
change, to be read cold and left unmended, in wording and layouts no earlier set drew: a plan in simplified Chinese whose money is in 万元
(注册资本50万港元, 首年营业额预计约180万港元) and whose staff are a sentence about 本地员工; a BR certificate whose labels end in a full-width
colon with Chinese over English and whose business name is Chinese only (a shop with no company's ending); an ID 990A in traditional
Chinese whose answers follow '：' with the Latin name set 'SURNAME Given' in one row (英文姓名（姓氏先行）). Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredfortysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def ten_thousands_hans() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "商业计划", 46, "serif_cjk")
    s.text(540, 170, "拾光茶饮有限公司", 30, "serif_cjk")
    text_lines(s, 160, 270, ["一、资金", "公司注册资本50万港元，已由两名股东全数缴足。", "", "二、经营预测", "首年营业额预计约180万港元，第二年约260万港元。", "",
                             "三、人员", "开业首年聘用本地员工3人，其中全职2人、兼职1人。"], 26, "serif_cjk", 56)
    return scanned_png(s, "wan"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def shop_name_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 90, "商業登記證", 44, "serif_cjk")
    s.text(470, 160, "BUSINESS REGISTRATION CERTIFICATE", 28, "serif_bold")
    rows = [("業務名稱：", "Business Name:", "祥記粥麵"), ("業務地址：", "Address:", "香港九龍深水埗北河街88號地下"),
            ("業務性質：", "Nature:", "粥麵餐館 CONGEE AND NOODLE RESTAURANT"), ("開業日期：", "Commencement:", "11/11/2025"),
            ("屆滿日期：", "Expiry:", "10/11/2026"), ("登記證號碼：", "Certificate No.:", "71800245-000-11-25-6")]
    y = 260
    for zh, en, value in rows:
        s.text(160, y, zh, 24, "serif_cjk")
        s.text(160, y + 32, en, 20, "serif")
        s.text(560, y + 14, value, 26, "serif_cjk")
        y += 92
    return scanned_png(s, "shopname"), {"business_name": "祥記粥麵", "br_number": "71800245", "address": "香港九龍深水埗北河街88號地下",
                                        "nature_of_business": ("CONGEE AND NOODLE RESTAURANT", "粥麵餐館"), "commencement_date": "2025-11-11",
                                        "expiry_date": "2026-11-10"}


def hant_colons() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "申請人資料", 34, "sans_cjk")
    text_lines(s, 140, 200, ["英文姓名（姓氏先行）：MO Qinghe", "中文姓名：莫清禾", "性別：男", "出生日期：1993年7月30日", "旅行證件號碼：EC9058341",
                             "僱主名稱：Crestline Quantitative Research Limited", "職位：量化研究員", "每月薪金：港幣68,000元",
                             "是否持有香港院校頒授的學位：否"], 26, "sans_cjk", 58)
    return scanned_png(s, "hantcolons"), {"surname": "MO", "given_names": "QINGHE", "name_zh": "莫清禾", "sex": "M", "date_of_birth": "1993-07-30",
                                          "travel_document_number": "EC9058341", "employer_name": "Crestline Quantitative Research Limited",
                                          "position": "量化研究員", "monthly_salary_hkd": 68000.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-ten-thousands-hans.png", ten_thousands_hans, "business_plan", "ten-thousands-hans"),
              ("br-shop-name-only.png", shop_name_only, "br_certificate", "shop-name-only"),
              ("id990a-hant-colons.png", hant_colons, "applicant_form", "hant-colons")]
    return write_drawn(folder, papers)
