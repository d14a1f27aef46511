"""A three-hundred-and-thirty-second drawn set, of work experience letters, drawn in stop 76 after its third mends and
read cold, in wording and layouts no earlier set drew: an English letter with dates written year first in a range
('during 2015-03-02 – 2020-08-14') and the post after 'served as our'; a Chinese letter whose stay is two months joined
by 至 and closed by 止, the post before 一职 after its department (在财务部担任会计主管一职); an English letter for a
person still employed ('has been working with us since 12 May 2018 and currently holds the post of …'); an English
certificate whose career is a table of three rows (From, To, Position, Department), the last row the post held.
(The still-employed letter first closed with the employer's support for the application to work in Hong Kong, which
made it a consent as much as a work letter, and was read as a consent cold; that sentence was taken out after.)
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredthirtysecond`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def year_first_range() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jadeport Shipping Agency (Qingdao) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["2020-09-01", "", "Certificate of Service", "",
                             "This is to certify that Ms. SHI Wanqing served as our Chief Accountant during 2015-03-02 – 2020-08-14.",
                             "Her work was accurate and timely throughout.", "", "Jadeport Shipping Agency (Qingdao) Co., Ltd.",
                             "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "yearfirst"), {"employer": "Jadeport Shipping Agency (Qingdao) Co., Ltd.", "position": "Chief Accountant",
                                         "start_date": "2015-03-02", "end_date": "2020-08-14"}


def months_zhi_zhi() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明谭逸凡同志于2014年2月至2019年11月止在我单位工作，在财务部担任会计主管一职。",
                             "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["南宁桂邕建材贸易有限公司", "2019年12月3日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "南宁桂邕建材贸易有限公司")
    return scanned_png(s, "zhizhi"), {"employer": "南宁桂邕建材贸易有限公司", "position": "会计主管", "start_date": "2014-02-01",
                                      "end_date": "2019-11-30"}


def still_employed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Brightfield Cloud Services (Hangzhou) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["3 November 2026", "", "To the Immigration Department,", "",
                             "Mr. ZENG Yuhang has been working with us since 12 May 2018 and currently holds the post of",
                             "Data Platform Lead, leading a team of six engineers.", "",
                             "Sincerely,", "", "QIAO Meng", "Talent Acquisition Manager"], 24, "serif", 44)
    return scanned_png(s, "stillemployed"), {"employer": "Brightfield Cloud Services (Hangzhou) Co., Ltd.", "position": "Data Platform Lead",
                                             "start_date": "2018-05-12"}


def career_three_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Yellowstone Paper Packaging (Foshan) Co., Ltd.", 30, "serif_bold")
    s.text(160, 190, "EMPLOYMENT CERTIFICATE", 32, "sans_bold")
    s.text(160, 260, "Mr. FU Zhenyu was employed by us as follows:", 24, "serif")
    y = _ruled(s, 160, 320, [["From", "To", "Position", "Department"], ["01/07/2012", "31/12/2014", "Production Planner", "Planning"],
                             ["01/01/2015", "30/06/2018", "Senior Planner", "Planning"],
                             ["01/07/2018", "28/02/2023", "Supply Chain Manager", "Operations"]], [240, 240, 460, 360], 64, 22)
    text_lines(s, 160, y + 50, ["Issued on 10 March 2023.", "", "LIU Fang, HR Director"], 24, "serif", 44)
    return scanned_png(s, "threerows"), {"employer": "Yellowstone Paper Packaging (Foshan) Co., Ltd.", "position": "Supply Chain Manager",
                                         "start_date": "2012-07-01", "end_date": "2023-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-year-first-range.png", year_first_range, "work_experience_letter", "year-first-range"),
              ("work-months-zhi-zhi.png", months_zhi_zhi, "work_experience_letter", "months-zhi-zhi"),
              ("work-still-employed.png", still_employed, "work_experience_letter", "still-employed"),
              ("work-career-three-rows.png", career_three_rows, "work_experience_letter", "career-three-rows")]
    return write_drawn(folder, papers)
