"""A five-hundred-and-fifth drawn set, of a contract and work experience letters, drawn before stop 83's reader changes for it, in
wording and layouts no earlier set drew: an agreement whose clauses are headed Appointment, Duration and Remuneration, the pay
'per mensem'; a leaving certificate as a ruled table of label and value (单位名称 | 员工姓名 | 入职时间 | 离职时间 | 离职前岗位); a
letter that tells of a secondment within the stay before its 'final position'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def per_mensem_clauses() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "EMPLOYMENT AGREEMENT", 34, "serif_bold")
    text_lines(s, 160, 200, ["THIS AGREEMENT is made on 3 November 2026 BETWEEN Kowloon Bay Data Systems Limited (the \"Company\")",
                             "AND Mr. ZHAO Yichen (the \"Employee\").", "",
                             "1. Appointment. The Company appoints the Employee as Cloud Infrastructure Architect.",
                             "2. Duration. The appointment begins on 1 February 2027 and is for a fixed term of thirty-six months.",
                             "3. Remuneration. HK$62,500 per mensem, payable monthly in arrears.", "",
                             "Signed by the Company: __________          Signed by the Employee: __________"], 23, "serif", 46)
    return scanned_png(s, "permensem"), {"employer_name": "Kowloon Bay Data Systems Limited", "employee_name": "ZHAO Yichen",
                                         "position": "Cloud Infrastructure Architect", "start_date": "2027-02-01", "term_months": 36,
                                         "monthly_salary_hkd": 62500.0}


def leaving_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "离职证明", 44, "serif_cjk")
    y = _ruled(s, 160, 220, [["单位名称", "郑州中原智能装备有限公司"], ["员工姓名", "贾文博"], ["入职时间", "2014年3月10日"],
                             ["离职时间", "2020年12月31日"], ["离职前岗位", "电气工程师"]], [320, 860], 76, 26)
    text_lines(s, 160, y + 50, ["特此证明。"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 160, ["郑州中原智能装备有限公司", "2026年11月21日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 210, "郑州中原智能装备有限公司")
    return scanned_png(s, "leavingtable"), {"employer": "郑州中原智能装备有限公司", "position": "电气工程师", "start_date": "2014-03-10",
                                            "end_date": "2020-12-31"}


def secondment_final_position() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harbin Northern Turbine Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["1 December 2026", "", "To whom it may concern", "",
                             "Mr. YU Tao was employed by Harbin Northern Turbine Co., Ltd. from 1 September 2011 until 31 May 2019.",
                             "During this period he was seconded to our Shanghai branch for two years, returning in 2017. His final",
                             "position was Principal Design Engineer.", "", "Yours faithfully,", "", "Director of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "secondment"), {"employer": "Harbin Northern Turbine Co., Ltd.", "position": "Principal Design Engineer",
                                          "start_date": "2011-09-01", "end_date": "2019-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-per-mensem-clauses.png", per_mensem_clauses, "employment_contract", "per-mensem-clauses"),
              ("work-leaving-table.png", leaving_table, "work_experience_letter", "leaving-table"),
              ("work-secondment-final-position.png", secondment_final_position, "work_experience_letter", "secondment-final-position")]
    return write_drawn(folder, papers)
