"""A five-hundred-and-eighty-seventh drawn set, of work experience letters, stop 85's third round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a relieving letter addressed to the employee ('you are relieved from the
services of the company with effect from the close of working hours of 31 March 2022', 'you were working with us from … in the capacity
of …'), a resignation's date before; a Chinese leaving certificate whose start and end stand as two labels on one line ('入职时间：…
离职时间：…'), with a masked identity number. Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredeightyseventh`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def relieving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 100, "Orchid Bay Software Services (Chengdu) Co., Ltd.", 30, "sans_bold")
    s.text(180, 190, "Date: 31 March 2022", 24, "serif")
    s.text(640, 260, "RELIEVING LETTER", 32, "serif_bold")
    y = text_lines(s, 180, 340, ["Dear Ms. FENG Yuqi,", "",
                                 "This has reference to your resignation letter dated 2 March 2022. We wish to inform you that you are relieved",
                                 "from the services of the company with effect from the close of working hours of 31 March 2022.", "",
                                 "We confirm that you were working with us from 15 July 2019 in the capacity of Quality Assurance Lead.",
                                 "We thank you for your contribution and wish you success."], 24, "serif", 46)
    text_lines(s, 180, y + 80, ["For Orchid Bay Software Services (Chengdu) Co., Ltd.", "", "", "Authorised Signatory"], 24, "serif", 44)
    return scanned_png(s, "relieving"), {"employer": "Orchid Bay Software Services (Chengdu) Co., Ltd.", "position": "Quality Assurance Lead",
                                         "start_date": "2019-07-15", "end_date": "2022-03-31"}


def two_labels_one_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "离职证明", 48, "serif_cjk")
    y = text_lines(s, 180, 250, ["　　兹证明万雪晴（身份证号：510104********3521）原为我公司员工，在财务部担任成本会计一职。",
                                 "　　入职时间：2016年4月11日　　　　离职时间：2021年10月29日",
                                 "　　现已办理完离职手续，双方无劳动争议。", "　　特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 850, y + 120, ["成都锦城食品股份有限公司（公章）", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 600, y + 190, "成都锦城食品股份有限公司")
    return scanned_png(s, "twolabels"), {"employer": "成都锦城食品股份有限公司", "position": "成本会计", "start_date": "2016-04-11",
                                         "end_date": "2021-10-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-relieving-letter.png", relieving, "work_experience_letter", "relieving-letter"),
              ("work-two-labels-one-line.png", two_labels_one_line, "work_experience_letter", "two-labels-one-line")]
    return write_drawn(folder, papers)
