"""A four-hundred-and-tenth drawn set, of work letters in both languages, in wording and layouts no earlier set drew: a
Chinese letter photographed with a phone, whose period stands in brackets after 聘用期间 (聘用期间（2016.09-2022.12）担任主管会计);
an English letter that a person 'served the Institute in the post of' a post 'from Jun. 2011 to Dec. 2017', months
abbreviated with points; a Hong Kong firm's letter about a person named in its 'RE:' line, 'on our payroll since' a
date 'as' a post. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredtenth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop
from .drawn_phones_ninetysecond import _phone


def period_in_brackets_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 160, "工 作 证 明", 48, "serif_cjk")
    text_lines(s, 160, 300, ["　　兹证明许静怡，女，在我公司聘用期间（2016.09-2022.12）担任主管会计，工作认真负责。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 540, ["贵阳筑城会计服务有限公司", "2026年11月12日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 600, "贵阳筑城会计服务有限公司")
    return _phone(s, "work-brackets"), {"employer": "贵阳筑城会计服务有限公司", "position": "主管会计", "start_date": "2016-09-01",
                                        "end_date": "2022-12-31"}


def served_in_the_post_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Northwest Architectural Design Institute Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Xi'an, 19 November 2026", "", "CERTIFICATE", "",
                             "Mr. KANG Weiming served the Institute in the post of Senior Structural Engineer from Jun. 2011 to",
                             "Dec. 2017. During this time he led the structural design of eleven public buildings.", "",
                             "Personnel Office"], 24, "serif", 44)
    return scanned_png(s, "postof"), {"employer": "Northwest Architectural Design Institute Co., Ltd.", "position": "Senior Structural Engineer",
                                      "start_date": "2011-06-01", "end_date": "2017-12-31"}


def on_our_payroll() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Kowloon Bay Compliance Partners Limited", 28, "sans_bold")
    text_lines(s, 160, 190, ["1 December 2026", "", "Dear Sir/Madam,", "", "RE: Ms. GAO Ruoxi", "",
                             "We write to confirm that the above-named has been on our payroll since 3 October 2022 as",
                             "Compliance Officer.", "", "Yours faithfully,", "", "CHAN Wing Sze", "Office Manager"], 24, "sans", 44)
    return scanned_png(s, "payroll"), {"employer": "Kowloon Bay Compliance Partners Limited", "position": "Compliance Officer",
                                       "start_date": "2022-10-03"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-period-in-brackets.jpg", period_in_brackets_photographed, "work_experience_letter", "period-in-brackets"),
              ("work-served-in-the-post-of.png", served_in_the_post_of, "work_experience_letter", "served-in-the-post-of"),
              ("work-on-our-payroll.png", on_our_payroll, "work_experience_letter", "on-our-payroll")]
    return write_drawn(folder, papers)
