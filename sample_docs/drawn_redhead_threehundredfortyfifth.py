"""A three-hundred-and-forty-fifth drawn set, of work experience letters, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: an English memo whose sender's line names the
employer ('FROM: HR Department, …'), of a person who joined as one post and was promoted to another; a Chinese letter
of a person who joined and left on stated days, the post held before leaving told last (离职前担任…); a traditional
letter from Macau of a person employed now (由…起受僱於本公司，現職為…); an English letter dated with ordinals of days
'of' months ('from the 1st of March, 2014 to the 30th of June, 2022'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfortyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def memo_from_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "MEMORANDUM", 34, "serif_bold")
    text_lines(s, 160, 180, ["TO:        Whom It May Concern", "FROM:    HR Department, Zenith Auto Parts (Wuhu) Co., Ltd.",
                             "DATE:     4 May 2023", "SUBJECT: Confirmation of Employment - Ms. KE Xinyi", "",
                             "Ms. KE Xinyi joined the company on 1 April 2017 as a Quality Engineer and was promoted to",
                             "Quality Manager on 1 January 2021. She remains employed with us."], 24, "serif", 46)
    return scanned_png(s, "memo"), {"employer": "Zenith Auto Parts (Wuhu) Co., Ltd.", "position": "Quality Manager", "start_date": "2017-04-01"}


def post_before_leaving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "离职证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹有我公司员工樊子豪，2012年3月5日入职，2019年12月31日离职，离职前担任项目总监。",
                             "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["成都天府云链科技有限公司", "2020年1月6日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "成都天府云链科技有限公司")
    return scanned_png(s, "beforeleaving"), {"employer": "成都天府云链科技有限公司", "position": "项目总监", "start_date": "2012-03-05",
                                             "end_date": "2019-12-31"}


def macau_employed_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "在職證明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明張詠欣女士由2016年5月3日起受僱於本公司，現職為人力資源主任。", "", "　　特此證明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["澳門金沙灣酒店管理有限公司", "2026年11月20日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "澳門金沙灣酒店管理有限公司")
    return scanned_png(s, "macau"), {"employer": "澳門金沙灣酒店管理有限公司", "position": "人力資源主任", "start_date": "2016-05-03"}


def ordinals_of_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Greenfield Nutrition Clinics (Hangzhou) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["15 July 2022", "", "To whom it may concern", "",
                             "We confirm that Ms. RUAN Shiyu worked for us from the 1st of March, 2014 to the 30th of June, 2022",
                             "as the company's Chief Dietitian.", "", "Yours faithfully,", "", "Eric WU", "General Manager"], 24, "serif", 44)
    return scanned_png(s, "ordinals"), {"employer": "Greenfield Nutrition Clinics (Hangzhou) Co., Ltd.", "position": "Chief Dietitian",
                                        "start_date": "2014-03-01", "end_date": "2022-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-memo-from-line.png", memo_from_line, "work_experience_letter", "memo-from-line"),
              ("work-post-before-leaving.png", post_before_leaving, "work_experience_letter", "post-before-leaving"),
              ("work-macau-employed-now.png", macau_employed_now, "work_experience_letter", "macau-employed-now"),
              ("work-ordinals-of-months.png", ordinals_of_months, "work_experience_letter", "ordinals-of-months")]
    return write_drawn(folder, papers)
