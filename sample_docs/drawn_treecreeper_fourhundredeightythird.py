"""A four-hundred-and-eighty-third drawn set, of a consent and two work letters, drawn after stop 82's fourth reader
change, to be read cold, in wording and layouts no earlier set drew: a consent of 'no objection' (我单位对…赴香港就业无异议); a
design institute's letter (…在我院任结构设计师), its employer a 研究院; 'Employment dates:' in ISO form and 'Last title held:'.
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredeightythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def no_objection_zh() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "证明函", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　我单位职工房雨萌（身份证号：略）拟赴香港就业，我单位对此无异议。特此证明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["青岛崂山海洋装备有限公司", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "青岛崂山海洋装备有限公司")
    return scanned_png(s, "noobjection"), {"organisation": "青岛崂山海洋装备有限公司", "applicant_name": "房雨萌", "date": "2026-11-19",
                                           "seal_present": True}


def design_institute() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明覃浩然同志自2010年7月至2019年6月在我院任结构设计师，工作表现良好。特此证明。", 30, 30, 62)
    text_lines(s, 860, y + 100, ["东江建筑设计研究院", "2026年11月13日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 150, "东江建筑设计研究院")
    return scanned_png(s, "designinst"), {"employer": "东江建筑设计研究院", "position": "结构设计师", "start_date": "2010-07-01",
                                          "end_date": "2019-06-30"}


def iso_dates_last_title() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Weihai Seaview Medical Devices Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["2026-11-18", "", "Verification of Employment", "",
                             "Name: Ms. SONG Kexin", "Employment dates: 2016-09-01 to 2021-08-31", "Last title held: Senior QA Engineer", "",
                             "This letter is issued for visa purposes.", "", "Quality & People Office"], 24, "sans", 46)
    return scanned_png(s, "isodates"), {"employer": "Weihai Seaview Medical Devices Co., Ltd.", "position": "Senior QA Engineer",
                                        "start_date": "2016-09-01", "end_date": "2021-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-no-objection-zh.png", no_objection_zh, "consent_letter", "no-objection-zh"),
              ("work-design-institute.png", design_institute, "work_experience_letter", "design-institute"),
              ("work-iso-dates-last-title.png", iso_dates_last_title, "work_experience_letter", "iso-dates-last-title")]
    return write_drawn(folder, papers)
