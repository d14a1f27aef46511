"""A five-hundred-and-seventy-second drawn set, of work experience letters, stop 85's first round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a service certificate ('has served this organisation in the capacity of …
for the period 1st April 2016 through 31st January 2022'); a Chinese record of posts as a ruled table ('起止时间', '工作单位', '职务'),
two rows at one firm, dates with points and a dash. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredseventysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def service_certificate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 100, "PEARL DELTA SOURCING LIMITED", 34, "sans_bold")
    s.text(180, 150, "Unit 1208, 88 Harbour Road, Wan Chai, Hong Kong", 20, "sans")
    s.text(620, 260, "SERVICE CERTIFICATE", 34, "serif_bold")
    y = text_lines(s, 180, 360, ["This is to certify that Mr. LAI Zhiheng has served this organisation in the capacity of Senior Buyer",
                                 "for the period 1st April 2016 through 31st January 2022. During his tenure he was found sincere,",
                                 "hardworking and of good conduct. We wish him every success in his future career."], 24, "serif", 46)
    text_lines(s, 180, y + 80, ["For Pearl Delta Sourcing Limited", "", "", "Authorised Signatory", "Date: 18 November 2026"], 24, "serif", 44)
    return scanned_png(s, "servicecert"), {"employer": ("Pearl Delta Sourcing Limited", "PEARL DELTA SOURCING LIMITED"), "position": "Senior Buyer",
                                           "start_date": "2016-04-01", "end_date": "2022-01-31"}


def posts_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 46, "serif_cjk")
    s.text(180, 230, "兹证明邹文博同志在我单位工作，其工作经历如下：", 28, "serif_cjk")
    y = _ruled(s, 180, 300, [["起止时间", "工作单位", "职务"], ["2015.07.01—2018.06.30", "荆楚建设工程有限公司", "施工员"],
                             ["2018.07.01—2023.03.15", "荆楚建设工程有限公司", "项目副经理"]], [420, 520, 300], 70, 26)
    text_lines(s, 180, y + 40, ["特此证明。"], 28, "serif_cjk", 50)
    text_lines(s, 700, y + 180, ["荆楚建设工程有限公司（盖章）", "2026年11月16日"], 26, "serif_cjk", 50)
    _chop(s, 1300, y + 220, "荆楚建设工程有限公司")
    return scanned_png(s, "poststable"), {"employer": "荆楚建设工程有限公司", "position": "项目副经理", "start_date": "2015-07-01",
                                          "end_date": "2023-03-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-service-certificate.png", service_certificate, "work_experience_letter", "service-certificate"),
              ("work-posts-table.png", posts_table, "work_experience_letter", "posts-table")]
    return write_drawn(folder, papers)
