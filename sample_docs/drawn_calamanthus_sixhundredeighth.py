"""A six-hundred-and-eighth drawn set, of an applicant's and an employer's papers, drawn in stop 86's first round to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an employment verification as a ruled table whose
period is one cell ('01 Mar 2018 – 31 Jan 2024'), the employer only in its letterhead; a Hong Kong contract in simplified Chinese
set out as 甲方/乙方 with the term from one date to another (自…起至…止) and the pay in Han capitals with figures in brackets; a no
objection certificate in English ('We have no objection to …, our employee, taking up employment …'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def verification_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Hefei Lakeshore Semiconductor Co., Ltd.", 32, "sans_bold")
    s.text(140, 140, "No. 77 Wanshui Road, Hefei, Anhui, China", 22, "sans")
    s.text(560, 250, "EMPLOYMENT VERIFICATION", 34, "serif_bold")
    y = _ruled(s, 140, 360, [["Employee name", "DENG Yiming"], ["ID card no.", "340104199003150000"],
                             ["Job title", "Process Integration Engineer"], ["Employment period", "01 Mar 2018 – 31 Jan 2024"],
                             ["Reason for leaving", "Resigned"]], [420, 860], 80, 26)
    text_lines(s, 140, y + 60, ["The above is verified against our personnel records.", "", "HR Department", "5 December 2026"], 24, "serif", 44)
    return scanned_png(s, "verifytable"), {"employer": "Hefei Lakeshore Semiconductor Co., Ltd.", "position": "Process Integration Engineer",
                                           "start_date": "2018-03-01", "end_date": "2024-01-31"}


def contract_jia_yi() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "雇佣合同", 48, "serif_cjk")
    y = text_lines(s, 160, 220, ["甲方（雇主）：澄海数码科技（香港）有限公司", "乙方（雇员）：龙静怡", "",
                                 "第一条　甲方聘用乙方担任云平台架构师一职，工作地点为香港。",
                                 "第二条　合同期限自2027年3月1日起至2029年2月28日止。",
                                 "第三条　乙方月薪为港币伍万叁仟元整（HK$53,000），于每月最后一个工作日支付。",
                                 "第四条　双方均可提前一个月书面通知终止本合同。"], 26, "serif_cjk", 60)
    text_lines(s, 160, y + 80, ["甲方（盖章）：", "", "乙方（签名）：", "签订日期：2026年12月2日"], 26, "serif_cjk", 56)
    _chop(s, 700, y + 170, "澄海数码科技（香港）有限公司")
    return scanned_png(s, "jiayi"), {"employer_name": "澄海数码科技（香港）有限公司", "employee_name": "龙静怡", "position": "云平台架构师",
                                     "start_date": "2027-03-01", "term_months": 24, "monthly_salary_hkd": 53000.0}


def no_objection_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Nanchang Greenfield Pharmaceutical Co., Ltd.", 32, "serif_bold")
    s.text(560, 220, "NO OBJECTION CERTIFICATE", 32, "serif_bold")
    y = text_lines(s, 140, 320, ["Date: 28 November 2026", "", "To the Immigration Department of the HKSAR,", "",
                                 "We have no objection to Mr. FANG Haoran, our employee since 2019, taking up employment in Hong Kong",
                                 "with Cedarpoint Biotech Limited. His position with us will be kept for him until he returns.", "",
                                 "For and on behalf of", "Nanchang Greenfield Pharmaceutical Co., Ltd."], 24, "serif", 46)
    _chop(s, 520, y + 210, "南昌绿野制药有限公司")
    return scanned_png(s, "noobjection"), {"organisation": ("Nanchang Greenfield Pharmaceutical Co., Ltd.", "南昌绿野制药有限公司"),
                                           "applicant_name": ("FANG HAORAN", "FANG Haoran"), "date": "2026-11-28", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-verification-table.png", verification_table, "work_experience_letter", "verification-table"),
              ("contract-jia-yi.png", contract_jia_yi, "employment_contract", "jia-yi"),
              ("consent-no-objection.png", no_objection_english, "consent_letter", "no-objection")]
    return write_drawn(folder, papers)
