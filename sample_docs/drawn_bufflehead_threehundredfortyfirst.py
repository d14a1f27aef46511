"""A three-hundred-and-forty-first drawn set, of work experience letters, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: an experience certificate of a person 'associated
with' the firm 'as' a post, its dates with ordinals and a month cut short ('from 2nd May 2015 till 31st Jan 2021'); a
letter whose stay is a tenure in brackets and whose post is a 'designation'; a Chinese career told as a list after a
colon, steps parted by semicolons (…如下：2009年8月入职，任技术员；…；2018年1月至今任高级工程师); a traditional letter whose
months are written with ○ (於二○一三年九月加入本公司擔任…，二○二○年八月離職). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfortyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def associated_with() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Brightline Software Services (Chengdu) Co., Ltd.", 30, "serif_bold")
    s.text(560, 180, "EXPERIENCE CERTIFICATE", 32, "serif_bold")
    text_lines(s, 160, 280, ["8 February 2021", "",
                             "This is to certify that Mr. TAO Jiarui was associated with Brightline Software Services (Chengdu)",
                             "Co., Ltd. as a Senior Test Automation Engineer from 2nd May 2015 till 31st Jan 2021.", "",
                             "We wish him every success.", "", "For Brightline Software Services (Chengdu) Co., Ltd.", "",
                             "Ritu MEHRA, HR Manager"], 24, "serif", 44)
    return scanned_png(s, "associated"), {"employer": "Brightline Software Services (Chengdu) Co., Ltd.",
                                          "position": "Senior Test Automation Engineer", "start_date": "2015-05-02", "end_date": "2021-01-31"}


def designation_was() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Pinecrest Cost Consultants (Guangzhou) Limited", 30, "serif_bold")
    text_lines(s, 160, 200, ["30 November 2018", "", "To whom it may concern", "",
                             "During his tenure with our firm (April 2012 – October 2018), Mr. QIU Zhenyu's designation was",
                             "Senior Quantity Surveyor. He left of his own accord.", "",
                             "Yours faithfully,", "", "Helen TAM", "Director"], 24, "serif", 44)
    return scanned_png(s, "designation"), {"employer": "Pinecrest Cost Consultants (Guangzhou) Limited", "position": "Senior Quantity Surveyor",
                                           "start_date": "2012-04-01", "end_date": "2018-10-31"}


def steps_after_a_colon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "工作证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明邱思远同志在我单位工作，情况如下：2009年8月入职，任技术员；2013年5月任工程师；",
                             "2018年1月至今任高级工程师。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["株洲动力机车研究所", "2026年7月2日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 640, "株洲动力机车研究所")
    return scanned_png(s, "colonsteps"), {"employer": "株洲动力机车研究所", "position": "高级工程师", "start_date": "2009-08-01"}


def months_with_rings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "工作證明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　陳嘉欣小姐於二○一三年九月加入本公司擔任會計主任，二○二○年八月離職。", "", "　　特此證明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["信和達貿易有限公司", "二○二○年九月一日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "信和達貿易有限公司")
    return scanned_png(s, "rings"), {"employer": "信和達貿易有限公司", "position": "會計主任", "start_date": "2013-09-01",
                                     "end_date": "2020-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-associated-with.png", associated_with, "work_experience_letter", "associated-with"),
              ("work-designation-was.png", designation_was, "work_experience_letter", "designation-was"),
              ("work-steps-after-a-colon.png", steps_after_a_colon, "work_experience_letter", "steps-after-a-colon"),
              ("work-months-with-rings.png", months_with_rings, "work_experience_letter", "months-with-rings")]
    return write_drawn(folder, papers)
