"""A five-hundred-and-nineteenth drawn set, of a letter, a consent and a degree, drawn after stop 83's last reader change, to be read
cold and left unmended, in wording and layouts no earlier set drew: a letter whose stay is a dotted range in a sentence
(任职期间为2015.03.01-2021.12.31，任职岗位为…); a consent naming the employee in Han with the pinyin in brackets (易欣然（YI Xinran）);
an English degree 'awarded with Merit' whose subject is named as a 'specialism' after the degree. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundrednineteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def dotted_range_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "任职证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明严子轩系我司员工，该员工在我司任职期间为2015.03.01-2021.12.31，", "任职岗位为采购经理。", "　　特此证明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["温州瓯江阀门制造有限公司", "2026年11月30日"], 28, "serif_cjk", 56)
    _chop(s, 1340, y + 60, "温州瓯江阀门制造有限公司")
    return scanned_png(s, "dottedrange"), {"employer": "温州瓯江阀门制造有限公司", "position": "采购经理", "start_date": "2015-03-01",
                                           "end_date": "2021-12-31"}


def consent_pinyin_bracketed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "同意函", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹同意我公司员工易欣然（YI Xinran）赴香港特别行政区工作。", "　　特此函告。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["贵阳筑城大数据服务有限公司", "2026年12月1日"], 28, "serif_cjk", 56)
    _chop(s, 1340, y + 60, "贵阳筑城大数据服务有限公司")
    return scanned_png(s, "consentpinyin"), {"organisation": "贵阳筑城大数据服务有限公司", "applicant_name": ("易欣然", "YI Xinran"),
                                             "date": "2026-12-01", "seal_present": True}


def merit_specialism() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "Riverside Metropolitan University", 34, "serif_bold")
    text_lines(s, 160, 240, ["It is certified that SHEN Jiahui was awarded the degree of Master of Arts with Merit, specialism: Digital",
                             "Media Design, on 18 November 2022.", "", "", "Registrar", "", "Certificate No. RMU/MA/2022/1187"], 23, "serif", 46)
    return scanned_png(s, "meritspec"), {"holder_name": "SHEN Jiahui", "institution": "Riverside Metropolitan University",
                                         "degree": ("Master of Arts",), "major": "Digital Media Design", "date_awarded": "2022-11-18",
                                         "certificate_number": "RMU/MA/2022/1187"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-dotted-range-sentence.png", dotted_range_sentence, "work_experience_letter", "dotted-range-sentence"),
              ("consent-pinyin-bracketed.png", consent_pinyin_bracketed, "consent_letter", "consent-pinyin-bracketed"),
              ("degree-merit-specialism.png", merit_specialism, "degree_certificate", "merit-specialism")]
    return write_drawn(folder, papers)
