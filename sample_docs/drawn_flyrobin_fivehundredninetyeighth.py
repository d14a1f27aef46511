"""A five-hundred-and-ninety-eighth drawn set, of work experience letters, stop 85's fifth round, to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: an experience letter of aligned labels and values with no sentence ('Date of Joining',
'Last Working Day', dates as 18-04-2016); a Chinese certificate of a person still employed whose period runs 'to now' in its row
('任职期间：2017年3月6日至今'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredninetyeighth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def aligned_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 100, "Evergreen Apparel Sourcing (Ningbo) Co., Ltd.", 30, "sans_bold")
    s.text(620, 200, "EXPERIENCE LETTER", 32, "serif_bold")
    rows = [("Employee ID", "20160418"), ("Name", "Ms. DU Yiran"), ("Designation", "Senior Merchandiser"), ("Department", "Sourcing"),
            ("Date of Joining", "18-04-2016"), ("Last Working Day", "31-08-2021")]
    for n, (label, value) in enumerate(rows):
        s.text(180, 300 + 58 * n, label, 24, "sans")
        s.text(560, 300 + 58 * n, ":", 24, "sans")
        s.text(600, 300 + 58 * n, value, 24, "sans")
    text_lines(s, 180, 700, ["Her conduct during the tenure was good.", "", "For Evergreen Apparel Sourcing (Ningbo) Co., Ltd.", "", "",
                             "HR Department", "Date: 12-11-2026"], 23, "serif", 42)
    return scanned_png(s, "alignedlabels"), {"employer": "Evergreen Apparel Sourcing (Ningbo) Co., Ltd.", "position": "Senior Merchandiser",
                                             "start_date": "2016-04-18", "end_date": "2021-08-31"}


def period_to_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "在职证明", 48, "serif_cjk")
    y = text_lines(s, 200, 250, ["姓名：沈思远", "任职期间：2017年3月6日至今", "职务：高级算法工程师",
                                 "　　兹证明以上人员为我公司正式员工，特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["杭州云栖智算科技有限公司", "2026年11月25日"], 28, "serif_cjk", 54)
    _chop(s, 650, y + 170, "杭州云栖智算科技有限公司")
    return scanned_png(s, "periodtonow"), {"employer": "杭州云栖智算科技有限公司", "position": "高级算法工程师", "start_date": "2017-03-06",
                                           "end_date": "2026-11-25"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-aligned-labels.png", aligned_labels, "work_experience_letter", "aligned-labels"),
              ("work-period-to-now.png", period_to_now, "work_experience_letter", "period-to-now")]
    return write_drawn(folder, papers)
