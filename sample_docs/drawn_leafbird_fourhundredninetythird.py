"""A four-hundred-and-ninety-third drawn set, of work letters, drawn after stop 82's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: a Chinese letter of a stay ended by a contract's expiry
(于…起在我公司担任…，…因合同期满离职); 'has been working with us as a full-time … from … up to now'; a stay that 'commenced on' and
'terminated on', the post 'held throughout her employment'. Each is a case of its own (`scripts/bench_drawn_forms.py
--set fourhundredninetythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def contract_expired() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "离职证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明阮梓涵同志于2016年3月1日起在我公司担任行政专员，2021年7月31日因合同期满离职。特此证明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["南宁绿城家居用品有限公司", "2026年11月16日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "南宁绿城家居用品有限公司")
    return scanned_png(s, "expired"), {"employer": "南宁绿城家居用品有限公司", "position": "行政专员", "start_date": "2016-03-01",
                                       "end_date": "2021-07-31"}


def up_to_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Chongqing Jialing Interiors Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["17 November 2026", "", "To whom it may concern", "",
                             "We hereby confirm that Ms. FAN Xinyi has been working with us as a full-time Interior Designer from",
                             "1 June 2018 up to now.", "", "Yours faithfully,", "", "Studio Director"], 24, "sans", 44)
    return scanned_png(s, "uptonow"), {"employer": "Chongqing Jialing Interiors Co., Ltd.", "position": "Interior Designer",
                                       "start_date": "2018-06-01", "end_date": "2026-11-17"}


def commenced_terminated() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hainan Coconut Isle Construction Consultants Co., Ltd.", 26, "serif_bold")
    text_lines(s, 160, 190, ["12 November 2026", "", "To whom it may concern", "",
                             "Ms. LAN Jie's employment with the Company commenced on 3 September 2012 and terminated on",
                             "30 November 2017. Throughout her employment she held the position of Quantity Surveyor.", "",
                             "Yours faithfully,", "", "Company Secretary"], 24, "serif", 44)
    return scanned_png(s, "terminated"), {"employer": "Hainan Coconut Isle Construction Consultants Co., Ltd.", "position": "Quantity Surveyor",
                                          "start_date": "2012-09-03", "end_date": "2017-11-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-contract-expired.png", contract_expired, "work_experience_letter", "contract-expired"),
              ("work-up-to-now.png", up_to_now, "work_experience_letter", "up-to-now"),
              ("work-commenced-terminated.png", commenced_terminated, "work_experience_letter", "commenced-terminated")]
    return write_drawn(folder, papers)
