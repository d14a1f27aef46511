"""A six-hundred-and-thirteenth drawn set, of work letters and a consent, drawn in stop 86's third round to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a letter whose person is named in its RE line ('RE: EMPLOYMENT
CERTIFICATE – MS. GAO XINYI') and who 'joined … on …' and served 'until her resignation became effective on …'; a Taiwan 服務證明書
whose labelled dates are in the Republic's years (到職日期：民國一〇七年三月一日); a consent set as a bilingual two-column table
(申請人 Applicant | 骆子墨 LUO Zimo) dated in ISO form. Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredthirteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def re_line_resignation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shenyang Northstar Rail Equipment Co., Ltd.", 30, "sans_bold")
    s.text(140, 148, "Human Resources Department  ·  Tel. +86 24 0000 0000", 20, "sans")
    y = text_lines(s, 140, 250, ["1 December 2026", "", "RE: EMPLOYMENT CERTIFICATE – MS. GAO XINYI", "",
                                 "Ms. Gao joined Shenyang Northstar Rail Equipment Co., Ltd. on 12 September 2016 and served as",
                                 "Quality Assurance Supervisor in our bogie workshop until her resignation became effective on",
                                 "29 February 2024. We found her careful and reliable.", "", "Sincerely,"], 24, "serif", 46)
    text_lines(s, 140, y + 90, ["ZHENG Li", "HR Director"], 24, "serif", 42)
    return scanned_png(s, "reline"), {"employer": "Shenyang Northstar Rail Equipment Co., Ltd.", "position": "Quality Assurance Supervisor",
                                      "start_date": "2016-09-12", "end_date": "2024-02-29"}


def taiwan_service_certificate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "服務證明書", 48, "serif_cjk")
    y = text_lines(s, 220, 260, ["姓　　名：吳宜蓁", "身分證號：略", "職　　稱：資深產品設計師", "到職日期：民國一〇七年三月一日",
                                 "離職日期：民國一一二年八月三十一日", "", "茲證明上列人員曾任職本公司，特此證明。"], 30, "serif_cjk", 66)
    text_lines(s, 900, y + 100, ["鼎新光電股份有限公司", "負責人　林志明", "中華民國一一五年十一月二十日"], 28, "serif_cjk", 60)
    _chop(s, 520, y + 230, "鼎新光電股份有限公司")
    return scanned_png(s, "twservice"), {"employer": "鼎新光電股份有限公司", "position": "資深產品設計師", "start_date": "2018-03-01",
                                         "end_date": "2023-08-31"}


def bilingual_consent_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "同意函  Letter of Consent", 40, "sans_cjk")
    y = _ruled(s, 140, 240, [["申请人 Applicant", "骆子墨 LUO Zimo"], ["现任职务 Current post", "结构设计主管 Structural Design Lead"],
                             ["同意事项 Consent", "同意其赴香港工作 Agrees to the applicant working in Hong Kong"],
                             ["单位名称 Organisation", "贵阳黔山建筑设计有限公司"], ["日期 Date", "2026-11-30"]], [420, 960], 84, 24)
    s.text(140, y + 60, "单位（盖章） Seal:", 26, "sans_cjk")
    _chop(s, 560, y + 200, "贵阳黔山建筑设计有限公司")
    return scanned_png(s, "consenttable"), {"organisation": "贵阳黔山建筑设计有限公司", "applicant_name": ("骆子墨", "LUO ZIMO"), "date": "2026-11-30",
                                            "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-re-line.png", re_line_resignation, "work_experience_letter", "re-line"),
              ("work-taiwan-service.png", taiwan_service_certificate, "work_experience_letter", "taiwan-service"),
              ("consent-bilingual-table.png", bilingual_consent_table, "consent_letter", "bilingual-table")]
    return write_drawn(folder, papers)
