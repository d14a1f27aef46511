"""A five-hundred-and-third drawn set, of a graduation certificate and consents, drawn before stop 83's reader changes for it, in
wording and layouts no earlier set drew: a graduation certificate whose student studied 'from … to …' in Han numerals, the subject
and length set apart by spaces, the school named by a label (校名：); a consent as a ruled form with the unit's opinion in a cell
(单位意见 | 同意该同志…); an English 'LETTER OF CONSENT' in which the firm consents to its employee accepting an offer. Each is a case of
its own (`scripts/bench_drawn_forms.py --set fivehundredthird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def graduation_han_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　学生温子豪，性别男，一九九八年七月生，于二〇一六年九月至", "二〇二〇年六月在本校 化学工程与工艺 专业 四年制本科 学习，",
                                 "修完教学计划规定的全部课程，成绩合格，准予毕业。"], 30, "serif_cjk", 62)
    text_lines(s, 160, y + 90, ["校名：南江化工学院", "校长：邓立群", "证书编号：192771202006001204", "", "二〇二〇年六月三十日"],
               28, "serif_cjk", 56)
    _chop(s, 1100, y + 150, "南江化工学院")
    return scanned_png(s, "gradhanyears"), {"holder_name": "温子豪", "institution": "南江化工学院", "major": "化学工程与工艺",
                                            "level": ("本科", "四年制本科", "undergraduate"), "graduation_date": "2020-06-30",
                                            "certificate_number": "192771202006001204"}


def unit_opinion_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "职工赴港工作单位意见表", 38, "serif_cjk")
    y = _ruled(s, 160, 220, [["申请人姓名", "谷雨桐"], ["所在单位", "合肥庐州新材料研究院"], ["单位意见", "同意该同志以专才身份赴香港工作。"],
                             ["日期", "2026年11月18日"]], [300, 900], 84, 26)
    text_lines(s, 860, y + 80, ["（单位盖章）"], 26, "serif_cjk", 52)
    _chop(s, 1000, y + 60, "合肥庐州新材料研究院")
    return scanned_png(s, "unitopinion"), {"organisation": "合肥庐州新材料研究院", "applicant_name": "谷雨桐", "date": "2026-11-18",
                                           "seal_present": True}


def consents_to_accepting() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "LETTER OF CONSENT", 34, "serif_bold")
    text_lines(s, 160, 230, ["Ningxia Helan Wine Estates Co., Ltd. consents to its employee, Mr. MA Jun, accepting an offer of",
                             "employment in Hong Kong under the Admission Scheme for Mainland Talents and Professionals.", "",
                             "Signed for the Company on 24 November 2026", "", "", "General Manager"], 24, "serif", 46)
    _chop(s, 1100, 480, "宁夏贺兰酒庄有限公司")
    return scanned_png(s, "consentsto"), {"organisation": "Ningxia Helan Wine Estates Co., Ltd.", "applicant_name": "MA Jun",
                                          "date": "2026-11-24", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-han-years.png", graduation_han_years, "graduation_certificate", "graduation-han-years"),
              ("consent-unit-opinion-form.png", unit_opinion_form, "consent_letter", "unit-opinion-form"),
              ("consent-consents-to-accepting.png", consents_to_accepting, "consent_letter", "consents-to-accepting")]
    return write_drawn(folder, papers)
