"""A six-hundred-and-first drawn set, of work experience letters, drawn after stop 85's last reader change, to be read cold and left
unmended, in wording and layouts no earlier set drew: an English confirmation whose stay is told in a sentence of its own ('His employment
commenced on 1 August 2015 and ended on 31 January 2020'); a Chinese record opening with its dates ('自2014年9月1日至2018年8月31日，
任我公司…'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def commenced_and_ended() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 110, "To whom it may concern:", 28, "serif_bold")
    y = text_lines(s, 180, 200, ["We hereby confirm that Mr. LIANG Bowen was employed by Sunrise Hotel Management (Sanya) Co., Ltd. as Front",
                                 "Office Manager. His employment commenced on 1 August 2015 and ended on 31 January 2020.", "",
                                 "Should you require further information, please contact the undersigned."], 24, "serif", 46)
    text_lines(s, 180, y + 80, ["Yours faithfully,", "", "", "Director of Human Resources", "Sunrise Hotel Management (Sanya) Co., Ltd.",
                                "18 November 2026"], 24, "serif", 44)
    return scanned_png(s, "commencedended"), {"employer": "Sunrise Hotel Management (Sanya) Co., Ltd.", "position": "Front Office Manager",
                                              "start_date": "2015-08-01", "end_date": "2020-01-31"}


def dates_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 46, "serif_cjk")
    y = text_lines(s, 200, 250, ["　　戴浩然，男，身份证号码：430102********1538。", "　　自2014年9月1日至2018年8月31日，任我公司结构设计师。",
                                 "　　特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["长沙岳麓建筑设计院有限公司", "2026年11月21日"], 28, "serif_cjk", 54)
    _chop(s, 650, y + 170, "长沙岳麓建筑设计院有限公司")
    return scanned_png(s, "datesfirst"), {"employer": "长沙岳麓建筑设计院有限公司", "position": "结构设计师", "start_date": "2014-09-01",
                                          "end_date": "2018-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-commenced-and-ended.png", commenced_and_ended, "work_experience_letter", "commenced-and-ended"),
              ("work-dates-first.png", dates_first, "work_experience_letter", "dates-first")]
    return write_drawn(folder, papers)
