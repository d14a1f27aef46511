"""A four-hundred-and-forty-sixth drawn set, of consents, in wording and layouts no earlier set drew: a consent in
Chinese with its English under it (兹同意我公司员工…赴香港工作 / 'We hereby agree that our employee … may take up
employment in Hong Kong'); a university's consent signed by its personnel office (我校讲师…拟赴香港就业，学校同意其离职 /
…大学人事处); an English 'Release Letter' ('We, …, confirm that we release Mr. … from his duties and have no objection'),
dated after its place ('Changsha, 24 November 2026'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredfortysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def chinese_with_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "苏州工业园区恒信精密模具有限公司", 32, "serif_cjk")
    s.text(700, 180, "同意函 Consent Letter", 32, "serif_cjk")
    text_lines(s, 140, 280, ["　　兹同意我公司员工谢雨桐女士赴香港工作。"], 28, "serif_cjk", 56)
    text_lines(s, 140, 360, ["We hereby agree that our employee Ms. XIE Yutong may take up employment in Hong Kong."], 24, "serif", 44)
    text_lines(s, 900, 520, ["苏州工业园区恒信精密模具有限公司", "2026年11月27日"], 26, "serif_cjk", 52)
    _chop(s, 1150, 560, "苏州工业园区恒信精密模具有限公司")
    return scanned_png(s, "bilingual"), {"organisation": "苏州工业园区恒信精密模具有限公司", "applicant_name": ("谢雨桐", "XIE Yutong"),
                                         "date": "2026-11-27", "seal_present": True}


def university_personnel_office() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 130, "证  明", 44, "serif_cjk")
    y = _paragraph(s, 140, 280, "　　我校讲师潘晓东同志拟赴香港就业，经研究，学校同意其离职，并办理相关手续。", 30, 30, 60)
    text_lines(s, 900, y + 120, ["江南工业大学人事处", "2026年11月11日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 160, "江南工业大学")
    return scanned_png(s, "university"), {"organisation": "江南工业大学", "applicant_name": "潘晓东", "date": "2026-11-11", "seal_present": True}


def release_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Changsha Hengtai Engineering Consultants Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["RELEASE LETTER", "", "Changsha, 24 November 2026", "",
                             "We, Changsha Hengtai Engineering Consultants Co., Ltd., confirm that we release Mr. DENG Hao from his",
                             "duties and have no objection to his employment in Hong Kong.", "", "General Manager's Office"], 24, "serif", 46)
    _chop(s, 1150, 640, "长沙恒泰工程咨询有限公司")
    return scanned_png(s, "release"), {"organisation": "Changsha Hengtai Engineering Consultants Co., Ltd.", "applicant_name": "DENG Hao",
                                       "date": "2026-11-24", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-chinese-with-english.png", chinese_with_english, "consent_letter", "chinese-with-english"),
              ("consent-university-personnel-office.png", university_personnel_office, "consent_letter", "university-personnel-office"),
              ("consent-release-letter.png", release_letter, "consent_letter", "release-letter")]
    return write_drawn(folder, papers)
