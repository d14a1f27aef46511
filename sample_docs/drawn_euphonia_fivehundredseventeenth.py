"""A five-hundred-and-seventeenth drawn set, of work experience letters, drawn after stop 83's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: an English letter with its dates in the American way ('from March 15,
2016 to October 31, 2021 as a …'); a Chinese letter printed in full-width digits (２０１４年３月１日); a colleague's letter that names the
firm only in the signature block under the writer's name and title ('worked in our team as … between … and …'). Each is a case of
its own (`scripts/bench_drawn_forms.py --set fivehundredseventeenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def american_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jinhua Yiwu Commodities Trading Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["November 27, 2026", "", "To whom it may concern:", "",
                             "Mr. QIAN Yu was employed with us from March 15, 2016 to October 31, 2021 as a Supply Chain Analyst.", "",
                             "Sincerely,", "", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "usdates"), {"employer": "Jinhua Yiwu Commodities Trading Co., Ltd.", "position": "Supply Chain Analyst",
                                       "start_date": "2016-03-15", "end_date": "2021-10-31"}


def full_width_digits() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明汪晨曦同志于２０１４年３月１日至２０２０年６月３０日在我公司任市场", "专员。", "　　特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["扬州瘦西湖文旅发展有限公司", "２０２６年１１月２４日"], 28, "serif_cjk", 56)
    _chop(s, 1340, y + 60, "扬州瘦西湖文旅发展有限公司")
    return scanned_png(s, "fullwidth"), {"employer": "扬州瘦西湖文旅发展有限公司", "position": "市场专员", "start_date": "2014-03-01",
                                         "end_date": "2020-06-30"}


def firm_in_signature_block() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 120, ["2 December 2026", "", "To whom it may concern,", "",
                             "I am writing to confirm that Mr. LIN Hao worked in our team as Front-End Developer between 1 April 2018",
                             "and 30 June 2023.", "", "Kind regards,", "", "ZHOU Min", "HR Business Partner", "Xiamen Seaside Tech Co., Ltd."],
               24, "serif", 44)
    return scanned_png(s, "sigblock"), {"employer": "Xiamen Seaside Tech Co., Ltd.", "position": "Front-End Developer",
                                        "start_date": "2018-04-01", "end_date": "2023-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-american-dates.png", american_dates, "work_experience_letter", "american-dates"),
              ("work-full-width-digits.png", full_width_digits, "work_experience_letter", "full-width-digits"),
              ("work-firm-in-signature-block.png", firm_in_signature_block, "work_experience_letter", "firm-in-signature-block")]
    return write_drawn(folder, papers)
