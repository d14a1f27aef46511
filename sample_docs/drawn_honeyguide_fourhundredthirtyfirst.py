"""A four-hundred-and-thirty-first drawn set, of work letters in English and Chinese, in wording and layouts no earlier
set drew: a letter naming its firm only in its signature block ('For and on behalf of'), the body saying 'our company',
its period a summary line 'Mar 2017 – present' under 'Role'; a Chinese letter whose period is dotted figures joined by a
dash inside its sentence (于2015.03—2021.06期间在我司研发部担任); a memo headed 'RE: Employment verification' whose
employment 'commenced' and whose post was held 'until her resignation took effect'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredthirtyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def signature_block_only() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 150, ["25 November 2026", "", "Employment Reference", "",
                             "We write to confirm the employment details of Mr. QIN Haoyu with our company:", "",
                             "    Role:      Supply Chain Planner",
                             "    Period:    Mar 2017 – present",
                             "    Basis:     Full-time, permanent", "",
                             "Please contact us should you need anything further.", "",
                             "For and on behalf of", "Suzhou Riverbend Precision Parts Co., Ltd.", "", "", "WANG Lihua",
                             "Human Resources Director"], 24, "serif", 44)
    return scanned_png(s, "sigblock"), {"employer": "Suzhou Riverbend Precision Parts Co., Ltd.", "position": "Supply Chain Planner",
                                        "start_date": "2017-03-01"}


def dotted_period_in_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "西安秦川微电子有限公司", 36, "serif_cjk")
    s.text(660, 200, "工作经历证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　韩文博，男，于2015.03—2021.06期间在我司研发部担任嵌入式开发工程师，后因个人原因离职。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["西安秦川微电子有限公司", "2026年11月18日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "西安秦川微电子有限公司")
    return scanned_png(s, "dotted"), {"employer": "西安秦川微电子有限公司", "position": "嵌入式开发工程师", "start_date": "2015-03-01",
                                      "end_date": "2021-06-30"}


def memo_resignation_took_effect() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Bohai Commercial Factoring (Tianjin) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["MEMORANDUM", "", "To:      Immigration Department, Hong Kong",
                             "Date:    20 November 2026",
                             "RE:      Employment verification — Ms. FANG Qiuyue", "",
                             "Ms. Fang's employment with us commenced on 12 October 2009. She held the post of Credit Risk",
                             "Officer until her resignation took effect on 28 February 2015.", "",
                             "Compliance and Personnel Office"], 24, "sans", 44)
    return scanned_png(s, "memo"), {"employer": "Bohai Commercial Factoring (Tianjin) Co., Ltd.", "position": "Credit Risk Officer",
                                    "start_date": "2009-10-12", "end_date": "2015-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-signature-block-only.png", signature_block_only, "work_experience_letter", "signature-block-only"),
              ("work-dotted-period-in-sentence.png", dotted_period_in_sentence, "work_experience_letter", "dotted-period-in-sentence"),
              ("work-memo-resignation-took-effect.png", memo_resignation_took_effect, "work_experience_letter", "memo-resignation")]
    return write_drawn(folder, papers)
