"""A two-hundred-and-ninety-seventh drawn set, of business plans, in layouts and wording no earlier set drew: a plan's
numbered questions answered by hand on the lines after them ('5. Capital to be injected (HK$)  ______ 1,500,000'); a
traditional Chinese table of years as rows and items as columns, its unit in the heading cells (投入資本（港元）); a plan
typed into a PDF with its words in the text layer, its figures in sentences under headings ('Capitalisation', 'Revenue
outlook', 'Hiring'). Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredninetyseventh`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_thirdhand_fiftythird import _pdf


def questions_on_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Business plan questionnaire", 30, "sans_bold")
    s.text(140, 150, "Company: Tinwhistle Music School Limited", 24, "sans")
    y = 240
    for question, answer in [("5.  Capital to be injected (HK$)", "1,500,000"), ("6.  Estimated turnover in the first year (HK$)", "4,200,000"),
                             ("7.  Number of Hong Kong residents to be employed in year 1", "6")]:
        s.text(140, y, question, 22, "sans")
        s.d.line([900, y + 30, 1500, y + 30], fill="black", width=2)
        s.text(940, y - 10, answer, 34, "hand", (20, 30, 120))
        y += 90
    return scanned_png(s, "onlines"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 6}


def years_as_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "匯德牙科器材有限公司", 40, "serif_cjk")
    s.text(640, 170, "三年營運預測", 34, "serif_cjk")
    _ruled(s, 140, 260, [["年度", "投入資本（港元）", "預計營業額（港元）", "本地僱員"], ["第一年", "800,000", "2,500,000", "3"],
                         ["第二年", "—", "4,000,000", "5"], ["第三年", "—", "5,600,000", "7"]], [220, 400, 440, 260], 70, 26)
    return scanned_png(s, "yearrows"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2500000.0, "local_jobs": 3}


def typed_pdf() -> tuple[bytes, dict]:
    page = [(60, 70, "Harbourlight Optics Limited", 18), (60, 100, "Business Plan, November 2026", 12),
            (60, 150, "Capitalisation", 13), (60, 170, "Our shareholders have subscribed HK$950,000 of ordinary shares, fully paid.", 11),
            (60, 210, "Revenue outlook", 13), (60, 230, "For the first financial year we forecast revenue of HK$3.1 million from frames,", 11),
            (60, 246, "lenses and eye tests.", 11),
            (60, 286, "Hiring", 13), (60, 306, "We will employ four Hong Kong residents in the first year: two optometrists and two", 11),
            (60, 322, "retail assistants.", 11)]
    return _pdf([page]), {"capital_hkd": 950000.0, "projected_turnover_hkd": 3100000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-questions-on-lines.png", questions_on_lines, "business_plan", "questions-on-lines"),
              ("plan-years-as-rows.png", years_as_rows, "business_plan", "years-as-rows"),
              ("plan-typed.pdf", typed_pdf, "business_plan", "typed-pdf")]
    return write_drawn(folder, papers)
