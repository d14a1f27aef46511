"""A four-hundred-and-eighty-first drawn set, of work letters, drawn after stop 82's fourth reader change, to be read cold,
in wording and layouts no earlier set drew: a Hong Kong firm's traditional-script letter with Han-numeral dates written
with 零 (於二零一五年三月二日至二零二零年十二月三十一日期間受僱於本公司，職位為…); dates as 'the 1st of April 2012 to the 30th of June
2017'; a career of two promotions to the post held today ('the post she holds today'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredeightyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def han_dates_with_ling() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "僱傭證明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　茲證明黃家豪先生於二零一五年三月二日至二零二零年十二月三十一日期間受僱於本公司，職位為高級會計師。", 34, 30, 62)
    text_lines(s, 860, y + 100, ["灣仔恒信會計服務有限公司", "二零二六年十一月六日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "灣仔恒信會計服務有限公司")
    return scanned_png(s, "ling"), {"employer": "灣仔恒信會計服務有限公司", "position": "高級會計師", "start_date": "2015-03-02",
                                    "end_date": "2020-12-31"}


def ordinal_of_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Zhongshan Torch Lighting Electronics Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["8 November 2026", "", "To whom it may concern", "",
                             "We certify that Mr. ZOU Pengfei was in our service from the 1st of April 2012 to the 30th of June 2017",
                             "and that his post throughout was Production Planner.", "", "Yours faithfully,", "", "Plant Administration"],
               24, "serif", 44)
    return scanned_png(s, "ordinalof"), {"employer": "Zhongshan Torch Lighting Electronics Co., Ltd.", "position": "Production Planner",
                                         "start_date": "2012-04-01", "end_date": "2017-06-30"}


def holds_today() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hefei Chaohu Smart Home Technology Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["29 November 2026", "", "To whom it may concern", "",
                             "Ms. JI Yuhan joined us on 5 May 2015 as Marketing Executive. She was promoted to Senior Marketing",
                             "Executive on 1 July 2017 and to Marketing Manager on 1 January 2020, the post she holds today.", "",
                             "Yours faithfully,", "", "Human Resources"], 24, "sans", 44)
    return scanned_png(s, "holdstoday"), {"employer": "Hefei Chaohu Smart Home Technology Co., Ltd.", "position": "Marketing Manager",
                                          "start_date": "2015-05-05", "end_date": "2026-11-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-han-dates-with-ling.png", han_dates_with_ling, "work_experience_letter", "han-dates-with-ling"),
              ("work-ordinal-of-month.png", ordinal_of_month, "work_experience_letter", "ordinal-of-month"),
              ("work-holds-today.png", holds_today, "work_experience_letter", "holds-today")]
    return write_drawn(folder, papers)
