"""An eightieth drawn set, drawn at the end of stop 61 and read cold only: papers in five layouts no set drew. A
Mainland university's degree certificate in English only ('has been conferred the Bachelor's Degree of Engineering',
month-first dates); a business plan in simplified Chinese whose forecast is a table in 万元 with its unit in the row's
label ('营业收入（港币万元）'); a consent as a form with tick boxes ('☑ agrees  ☐ does not agree'); statements of a Hong
Kong company in simplified Chinese (利润表, 资产负债表, '金额单位：港元'); form ID 990B written by hand in traditional
Chinese. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set eightieth`). Every name, number and institution is made up; 19829 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def degree_english_only() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(400, 220, "CERTIFICATE OF BACHELOR'S DEGREE", 46, "serif_bold")
    s.wrapped(200, 420, "This is to certify that Mr. HE Jun, born on March 5, 2000, having completed the undergraduate "
              "programme in the discipline of Civil Engineering, has been conferred the Bachelor's Degree of Engineering "
              "by Jiangnan Institute of Technology on June 30, 2022.", 64, 34, "serif", leading=60)
    s.text(200, 900, "Certificate No.: 1982942022003120", 30, "serif")
    s.text(1000, 1100, "Chairman, Academic Degree Committee", 28, "serif")
    return s, {"holder_name": "HE JUN", "date_of_birth": "2000-03-05", "institution": "Jiangnan Institute of Technology",
               "degree": ("Bachelor's Degree of Engineering", "Bachelor of Engineering"), "major": "Civil Engineering",
               "date_awarded": "2022-06-30", "certificate_number": "1982942022003120"}


def plan_table_in_wan() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 140, "商业计划书（摘要）", 48, "sans_cjk")
    s.text(160, 260, "公司名称：澜汐冷链科技（香港）有限公司", 30, "sans_cjk")
    s.text(160, 320, "注册资本：港币50万元（已全部缴足）", 30, "sans_cjk")
    _ruled(s, 160, 420, [["指标", "第一年", "第二年", "第三年"], ["营业收入（港币万元）", "180", "260", "410"],
                         ["本地雇员人数", "2", "4", "6"], ["非本地雇员人数", "1", "1", "2"]], [520, 260, 260, 260], 80, 28)
    return s, {"capital_hkd": 500000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 2}


def consent_tick_form() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 120, "Shenzhen Pinecrest Medical Devices Co., Ltd.", 34, "serif_bold")
    s.text(160, 170, "深圳松岭医疗器械有限公司", 30, "serif_cjk")
    s.text(160, 280, "EMPLOYER'S STATEMENT ON EMPLOYMENT IN HONG KONG", 32, "serif_bold")
    s.text(160, 380, "Employee: Ms LIAO Yuqing        Post held: Regulatory Affairs Specialist", 26, "serif")
    s.tick(160, 470, True)
    s.text(210, 470, "The company agrees that the employee takes up employment in Hong Kong.", 26, "serif")
    s.tick(160, 540, False)
    s.text(210, 540, "The company does not agree.", 26, "serif")
    s.text(160, 680, "Date: 2026-11-15", 26, "serif")
    s.text(160, 740, "Company chop:", 26, "serif")
    _chop(s, 560, 780, "深圳松岭医疗器械有限公司")
    return s, {"organisation": ("Shenzhen Pinecrest Medical Devices Co., Ltd.", "深圳松岭医疗器械有限公司"),
               "applicant_name": "LIAO YUQING", "date": "2026-11-15", "seal_present": True}


def statements_simplified() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 120, "澜汐物流（香港）有限公司", 40, "sans_cjk")
    s.text(680, 190, "利 润 表", 40, "sans_cjk")
    s.text(520, 250, "2025年度    金额单位：港元", 28, "sans_cjk")
    s.text(1100, 320, "本年金额", 26, "sans_cjk")
    s.text(1340, 320, "上年金额", 26, "sans_cjk")
    rows = [("一、营业收入", "23,615,480", "21,044,900"), ("减：营业成本", "17,902,330", "16,118,270"), ("二、营业利润", "2,406,150", "2,011,340"),
            ("三、利润总额", "2,398,620", "2,005,910"), ("减：所得税费用", "395,770", "330,980"), ("四、净利润", "2,002,850", "1,674,930")]
    y = 380
    for label, this, last in rows:
        s.text(160, y, label, 28, "sans_cjk")
        s.text(1230 - 17 * len(this), y, this, 28)
        s.text(1470 - 17 * len(last), y, last, 28)
        y += 62
    s.text(640, y + 60, "资 产 负 债 表", 40, "sans_cjk")
    s.text(560, y + 120, "2025年12月31日    金额单位：港元", 28, "sans_cjk")
    y += 200
    for label, this, last in [("资产总计", "14,880,310", "12,906,440"), ("负债合计", "5,331,770", "5,360,750"),
                              ("所有者权益合计", "9,548,540", "7,545,690")]:
        s.text(160, y, label, 28, "sans_cjk")
        s.text(1230 - 17 * len(this), y, this, 28)
        s.text(1470 - 17 * len(last), y, last, 28)
        y += 62
    return s, {"company_name": "澜汐物流（香港）有限公司", "period_end": "2025-12-31", "currency": "HKD", "revenue": 23615480.0,
               "profit": 2002850.0, "total_equity": 9548540.0}


def employer_hant_hand() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1300, 80, "ID 990B", 32, "sans_bold")
    s.text(140, 150, "僱主及聘用資料", 40, "sans_cjk")
    rows = [("僱主名稱：", "松嶺醫療器械（香港）有限公司"), ("商業登記證號碼：", "72518640"), ("受聘人姓名：", "廖雨晴"),
            ("職位：", "法規事務專員"), ("每月薪金（港幣）：", "46,800")]
    y = 280
    for label, value in rows:
        end = s.text(140, y, label, 30, "sans_cjk")
        s.text(end + 30, y - 6, value, 38, "hand_cjk" if not value[0].isdigit() else "hand", PEN)
        s.d.line([end + 20, y + 44, 1500, y + 44], fill="black", width=1)
        y += 100
    s.text(140, y + 30, "職位是否屬人才清單所列專業？", 30, "sans_cjk")
    s.tick(160, y + 90, False)
    s.text(210, y + 90, "是", 30, "sans_cjk")
    s.tick(330, y + 90, True)
    s.text(380, y + 90, "否", 30, "sans_cjk")
    return s, {"employer_name": "松嶺醫療器械（香港）有限公司", "br_number": "72518640", "applicant_name": "廖雨晴",
               "position": "法規事務專員", "monthly_salary_hkd": 46800.0, "talent_list": False}


LAYOUTS = {("degree_certificate", "english-only"): degree_english_only, ("business_plan", "table-in-wan"): plan_table_in_wan,
           ("consent_letter", "tick-form"): consent_tick_form, ("financial_statement", "simplified"): statements_simplified,
           ("employer_form", "hant-hand"): employer_hant_hand}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
