"""A four-hundred-and-seventieth drawn set, of work letters, drawn after stop 82's second reader change, to be read cold,
in wording and layouts no earlier set drew: particulars as bullets ('• Position: …', '• Dates: from … until …'); a stay
told in three sentences ('His employment commenced on …. His last working day was …. He held the post of …'); a letterhead
in both scripts (a Chinese name over its English one) over a Chinese letter. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredseventieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def bullet_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Dalian Harbour Cold Chain Logistics Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["23 November 2026", "", "Reference for Ms. TAO Xinran", "",
                             "We confirm the following particulars of Ms. TAO Xinran's employment with us:",
                             "    Position: Customs Compliance Supervisor",
                             "    Dates: from 15 October 2014 until 31 December 2020",
                             "    Reason for leaving: resignation", "", "Human Resources"], 24, "sans", 46)
    for k in range(3):  # the bullets, drawn (the font has no glyph for '•')
        y = 190 + 46 * (5 + k) + 12
        s.d.ellipse([168, y, 178, y + 10], fill=(0, 0, 0))
    return scanned_png(s, "bullets"), {"employer": "Dalian Harbour Cold Chain Logistics Co., Ltd.", "position": "Customs Compliance Supervisor",
                                       "start_date": "2014-10-15", "end_date": "2020-12-31"}


def three_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Guiyang Karst Mountain Tea Industry Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["19 November 2026", "", "To whom it may concern", "",
                             "Mr. YE Chenxi was an employee of this company. His employment commenced on 2 January 2015.",
                             "His last working day was 31 October 2019. He held the post of Chief Accountant.", "",
                             "Yours faithfully,", "", "General Manager"], 24, "serif", 44)
    return scanned_png(s, "threesentences"), {"employer": "Guiyang Karst Mountain Tea Industry Co., Ltd.", "position": "Chief Accountant",
                                              "start_date": "2015-01-02", "end_date": "2019-10-31"}


def bilingual_letterhead() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 80, "深圳前海星链供应链管理有限公司", 30, "serif_cjk")
    s.text(160, 130, "Shenzhen Qianhai Starlink Supply Chain Management Co., Ltd.", 20, "serif")
    s.d.line([160, 170, 1500, 170], fill=(0, 0, 0), width=2)
    s.text(720, 230, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 340, "　　兹证明钟雨桐同志于2017年8月14日至2023年2月28日在我司任供应链计划经理。特此证明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["人力资源部", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1040, y + 150, "深圳前海星链供应链管理有限公司")
    return scanned_png(s, "bilinghead"), {"employer": ("深圳前海星链供应链管理有限公司", "Shenzhen Qianhai Starlink Supply Chain Management Co., Ltd."),
                                          "position": "供应链计划经理", "start_date": "2017-08-14", "end_date": "2023-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-bullet-particulars.png", bullet_particulars, "work_experience_letter", "bullet-particulars"),
              ("work-three-sentences.png", three_sentences, "work_experience_letter", "three-sentences"),
              ("work-bilingual-letterhead.png", bilingual_letterhead, "work_experience_letter", "bilingual-letterhead")]
    return write_drawn(folder, papers)
