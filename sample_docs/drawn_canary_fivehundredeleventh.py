"""A five-hundred-and-eleventh drawn set, of consents and a contract, drawn before stop 83's reader changes for it, in wording and
layouts no earlier set drew: a unit's certificate that it has no objection (申请赴香港工作一事，我单位无异议) signed under 单位（盖章）：;
a labour contract as a ruled table of parties and terms (甲方（用人单位）| 乙方（劳动者）| 合同期限 自…起至…止 | 月工资 港币…元); an
internal approval memo whose employee and company are labelled rows (Employee:, Decision:, Company:). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredeleventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def no_objection_unit_sealed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "证 明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明我单位职工邵雨晨同志申请赴香港工作一事，我单位无异议。", "　　特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 700, y + 100, ["单位（盖章）：杭州钱塘数智科技有限公司", "日期：2026年11月29日"], 28, "serif_cjk", 56)
    _chop(s, 1250, y + 60, "杭州钱塘数智科技有限公司")
    return scanned_png(s, "noobjunit"), {"organisation": "杭州钱塘数智科技有限公司", "applicant_name": "邵雨晨", "date": "2026-11-29",
                                         "seal_present": True}


def labour_contract_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "劳动合同", 44, "serif_cjk")
    y = _ruled(s, 160, 200, [["甲方（用人单位）", "香港天星物流有限公司"], ["乙方（劳动者）", "韩思远"], ["工作岗位", "物流分析师"],
                             ["合同期限", "自2027年3月1日起至2029年2月28日止"], ["月工资", "港币40,000元"]], [360, 820], 76, 26)
    text_lines(s, 160, y + 60, ["甲方（盖章）：", "", "乙方（签名）："], 28, "serif_cjk", 52)
    return scanned_png(s, "labourtable"), {"employer_name": "香港天星物流有限公司", "employee_name": "韩思远", "position": "物流分析师",
                                           "start_date": "2027-03-01", "term_months": 24, "monthly_salary_hkd": 40000.0}


def approval_memo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "INTERNAL APPROVAL", 34, "serif_bold")
    text_lines(s, 160, 220, ["Company: Changsha Xiangjiang Heavy Industry Co., Ltd.", "Subject: Approval for an employee to work in Hong Kong",
                             "Employee: Ms. YAN Qiao (Staff No. 20188)",
                             "Decision: Approved. The Company has no objection to the employee taking up employment in Hong Kong.",
                             "Approved by: General Manager", "Date: 25/11/2026"], 24, "serif", 56)
    _chop(s, 1100, 600, "长沙湘江重工有限公司")
    return scanned_png(s, "approvalmemo"), {"organisation": "Changsha Xiangjiang Heavy Industry Co., Ltd.", "applicant_name": "YAN Qiao",
                                            "date": "2026-11-25", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-no-objection-unit-sealed.png", no_objection_unit_sealed, "consent_letter", "no-objection-unit-sealed"),
              ("contract-labour-contract-table.png", labour_contract_table, "employment_contract", "labour-contract-table"),
              ("consent-approval-memo.png", approval_memo, "consent_letter", "approval-memo")]
    return write_drawn(folder, papers)
