"""A four-hundred-and-twenty-seventh drawn set, of English work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter that a person 'was on the staff of' a
firm 'from' a date 'through' another, 'last serving as' a post; a letter whose period stands in brackets after the post
('worked in our Shanghai office as a Tax Consultant (1 April 2016 – 30 June 2022)'); a certificate of two columns headed
'Particulars' and 'Details'. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredtwentyseventh`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def on_the_staff_through() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Pacific Rim Testing Services (Xiamen) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["23 November 2026", "", "To the Immigration Department,", "",
                             "We certify that Mr. YUAN Bo was on the staff of Pacific Rim Testing Services (Xiamen) Co., Ltd. from",
                             "4 January 2010 through 31 July 2014, last serving as Senior Laboratory Technician.", "",
                             "Yours faithfully,", "", "Quality & HR Office"], 24, "serif", 44)
    return scanned_png(s, "through"), {"employer": "Pacific Rim Testing Services (Xiamen) Co., Ltd.", "position": "Senior Laboratory Technician",
                                       "start_date": "2010-01-04", "end_date": "2014-07-31"}


def period_after_the_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Meridian Tax Advisory (Shanghai) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["1 December 2026", "", "Reference", "",
                             "Ms. KONG Lingyu (employee no. 20391) worked in our Shanghai office as a Tax Consultant (1 April 2016 –",
                             "30 June 2022). We would employ her again.", "", "Partner, People & Culture"], 24, "sans", 44)
    return scanned_png(s, "afterpost"), {"employer": "Meridian Tax Advisory (Shanghai) Co., Ltd.", "position": "Tax Consultant",
                                         "start_date": "2016-04-01", "end_date": "2022-06-30"}


def particulars_and_details() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lotus Pond Hotel Management (Guilin) Co., Ltd.", 28, "serif_bold")
    s.text(580, 180, "Employment Certificate", 30, "serif_bold")
    _ruled(s, 200, 260, [["Particulars", "Details"], ["Name", "Mr. TANG Wenbo"], ["Position", "Front Office Manager"],
                         ["Date Joined", "09 Oct 2017"], ["Employment Status", "Full-time, permanent"]], [420, 780], 64, 24)
    text_lines(s, 160, 620, ["Issued on request, 24 November 2026.", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "particulars"), {"employer": "Lotus Pond Hotel Management (Guilin) Co., Ltd.", "position": "Front Office Manager",
                                           "start_date": "2017-10-09"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-on-the-staff-through.png", on_the_staff_through, "work_experience_letter", "on-the-staff-through"),
              ("work-period-after-the-post.png", period_after_the_post, "work_experience_letter", "period-after-the-post"),
              ("work-particulars-and-details.png", particulars_and_details, "work_experience_letter", "particulars-and-details")]
    return write_drawn(folder, papers)
