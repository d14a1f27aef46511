"""A five-hundred-and-twenty-fifth drawn set, of work experience letters, drawn after stop 83's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: a 'Certificate of Employment' naming the firm in apposition ('worked at
our company, …, from the 15th of March 2013 until the 28th of February 2019'), the post 'at the time of his departure'; a letter of
months joined and left (于2016年4月入职我公司，至2021年11月离职，在职期间担任…). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredtwentyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def firm_in_apposition() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "CERTIFICATE OF EMPLOYMENT", 32, "serif_bold")
    text_lines(s, 160, 220, ["This certifies that Mr. HUA Zhen worked at our company, Fuzhou Min River Textiles Co., Ltd., from the 15th of",
                             "March 2013 until the 28th of February 2019. His position at the time of his departure was Dyeing Workshop",
                             "Supervisor.", "", "Issued on 26 November 2026", "", "Human Resources Department"], 23, "serif", 46)
    return scanned_png(s, "apposition"), {"employer": "Fuzhou Min River Textiles Co., Ltd.", "position": "Dyeing Workshop Supervisor",
                                          "start_date": "2013-03-15", "end_date": "2019-02-28"}


def months_joined_and_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明，覃雪梅女士（身份证号码：略）于2016年4月入职我公司，至2021年", "11月离职，在职期间担任人力资源主管。", "　　特此证明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["柳州龙城汽车配件有限公司", "2026年11月27日"], 28, "serif_cjk", 56)
    _chop(s, 1340, y + 60, "柳州龙城汽车配件有限公司")
    return scanned_png(s, "monthsjl"), {"employer": "柳州龙城汽车配件有限公司", "position": "人力资源主管", "start_date": "2016-04-01",
                                        "end_date": "2021-11-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-firm-in-apposition.png", firm_in_apposition, "work_experience_letter", "firm-in-apposition"),
              ("work-months-joined-and-left.png", months_joined_and_left, "work_experience_letter", "months-joined-and-left")]
    return write_drawn(folder, papers)
