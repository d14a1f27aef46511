"""A five-hundred-and-forty-seventh drawn set, of a contract and a report, drawn for stop 84's third round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a simplified Chinese contract whose terms are a ruled table
(岗位名称 / 合同起始日 / 合同期限：三年 / 月工资（港币）); a record in traditional labels (學歷證書電子註冊備案表) whose values are simplified.
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfortyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def contract_terms_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "劳动合同", 44, "serif_cjk")
    y = text_lines(s, 160, 200, ["甲方（用人单位）：香港湾仔云链科技有限公司", "乙方（劳动者）：储梓涵"], 28, "serif_cjk", 58)
    y = _ruled(s, 160, y + 30, [["岗位名称", "区块链开发工程师"], ["合同起始日", "2027年3月15日"], ["合同期限", "三年"], ["月工资（港币）", "45,000"]],
               [360, 800], 70, 26)
    text_lines(s, 160, y + 60, ["甲方（盖章）：　　　　　　　　乙方（签名）："], 28, "serif_cjk", 58)
    return scanned_png(s, "termstbl"), {"employer_name": "香港湾仔云链科技有限公司", "employee_name": "储梓涵", "position": "区块链开发工程师",
                                        "start_date": "2027-03-15", "term_months": 36, "monthly_salary_hkd": 45000.0}


def traditional_labels_simplified_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "教育部學歷證書電子註冊備案表", 40, "serif_cjk")
    y = 230
    for label, value in [("姓名", "祁文博"), ("性別", "男"), ("出生日期", "1996年10月02日"), ("學校名稱", "汉江师范学院"), ("專業", "物理学"),
                         ("層次", "本科"), ("畢（結）業日期", "2018年06月25日"), ("證書編號", "192471201806000390"), ("在線驗證碼", "P3XN8KQ2TD7WZ5RB")]:
        s.text(200, y, label, 26, "sans_cjk")
        s.text(560, y, value, 26, "sans_cjk")
        y += 60
    return scanned_png(s, "tradlabels"), {"holder_name": "祁文博", "sex": "M", "date_of_birth": "1996-10-02", "institution": "汉江师范学院",
                                          "major": "物理学", "level": ("本科",), "graduation_date": "2018-06-25",
                                          "certificate_number": "192471201806000390", "verification_code": "P3XN8KQ2TD7WZ5RB"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-terms-table.png", contract_terms_table, "employment_contract", "terms-table"),
              ("report-traditional-labels-simplified-values.png", traditional_labels_simplified_values, "qualification_report",
               "traditional-labels-simplified-values")]
    return write_drawn(folder, papers)
