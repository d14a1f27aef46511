"""A four-hundred-and-seventy-fifth drawn set, of work letters, drawn after stop 82's third reader change, to be read cold,
in wording and layouts no earlier set drew: a tenure that 'ran from … to …' and 'She was our …'; a Chinese letter of a
stay in dotted dates after a label (任职期间：2015.06.01-2020.12.31) with the post on the next line (岗位：…); a service
confirmed 'in the capacity of … with effect from … until his resignation on …'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredseventyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def tenure_ran() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Yantai Golden Coast Wine Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["21 November 2026", "", "To whom it may concern", "",
                             "This letter concerns Ms. LIANG Shuyi. Her tenure with us ran from 1 June 2011 to 15 August 2018.",
                             "She was our Head of Procurement throughout that time.", "", "Yours faithfully,", "", "Chief Operating Officer"],
               24, "serif", 44)
    return scanned_png(s, "tenure"), {"employer": "Yantai Golden Coast Wine Co., Ltd.", "position": "Head of Procurement",
                                      "start_date": "2011-06-01", "end_date": "2018-08-15"}


def dotted_dates_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明甘子豪同志曾在我公司工作。", "任职期间：2015.06.01-2020.12.31", "岗　　位：渠道销售经理", "",
                             "　　特此证明。"], 28, "serif_cjk", 58)
    text_lines(s, 860, 620, ["南昌赣江电子商务有限公司", "2026年11月14日"], 28, "serif_cjk", 56)
    _chop(s, 1080, 670, "南昌赣江电子商务有限公司")
    return scanned_png(s, "dotted"), {"employer": "南昌赣江电子商务有限公司", "position": "渠道销售经理", "start_date": "2015-06-01",
                                      "end_date": "2020-12-31"}


def capacity_until_resignation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Tianjin Binhai Port Engineering Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["15 November 2026", "", "Dear Sir or Madam,", "", "Re: Mr. DENG Haoyu — Confirmation of Service", "",
                             "Mr. DENG Haoyu served the Company in the capacity of Project Engineer with effect from 1 March 2013",
                             "until his resignation on 31 May 2019.", "", "Yours faithfully,", "", "Human Resources Manager"], 24, "serif", 44)
    return scanned_png(s, "capacity"), {"employer": "Tianjin Binhai Port Engineering Co., Ltd.", "position": "Project Engineer",
                                        "start_date": "2013-03-01", "end_date": "2019-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-tenure-ran.png", tenure_ran, "work_experience_letter", "tenure-ran"),
              ("work-dotted-dates-label.png", dotted_dates_label, "work_experience_letter", "dotted-dates-label"),
              ("work-capacity-until-resignation.png", capacity_until_resignation, "work_experience_letter", "capacity-until-resignation")]
    return write_drawn(folder, papers)
