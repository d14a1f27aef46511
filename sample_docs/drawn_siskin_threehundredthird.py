"""A three-hundred-and-third drawn set, of work experience letters, drawn after the last reader change of stop 73 and read
cold, in wording no earlier set drew: a letter whose person 'was on our books from … to …' 'as a …'; a simplified
Chinese letter naming the department and post in a bracket after the person (（技术部，结构工程师）); a letter whose
dates are in ISO form in a sentence ('between 2014-03-17 and 2019-11-29'); a traditional Chinese letter of a person
seconded ('借調') and then appointed (…起獲委任為…，任職至今). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredthird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def on_our_books() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shenyang Northern Rail Signal Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["18 November 2026", "", "To whom it may concern", "",
                             "Mr. GAO Yang was on our books from 6 July 2013 to 30 September 2020 as a Signalling Design Engineer.",
                             "", "Personnel Office"], 24, "serif", 44)
    return scanned_png(s, "books"), {"employer": "Shenyang Northern Rail Signal Co., Ltd.", "position": "Signalling Design Engineer",
                                     "start_date": "2013-07-06", "end_date": "2020-09-30"}


def bracket_after_person() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明侯子健（技术部，结构工程师）自2012年8月1日至2019年4月30日在我公司工作。", "", "　　特此证明。"],
               28, "serif_cjk", 60)
    text_lines(s, 860, 480, ["昆明滇池建筑设计有限公司", "2026年11月22日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 460, "昆明滇池建筑设计有限公司")
    return scanned_png(s, "bracket"), {"employer": "昆明滇池建筑设计有限公司", "position": "结构工程师", "start_date": "2012-08-01",
                                       "end_date": "2019-04-30"}


def iso_between() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ningxia Helan Wine Estates Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["2026-11-24", "", "Ms. MA Xiaolan served our company as Export Sales Manager between 2014-03-17 and",
                             "2019-11-29.", "", "General Affairs Department"], 24, "sans", 44)
    return scanned_png(s, "iso"), {"employer": "Ningxia Helan Wine Estates Co., Ltd.", "position": "Export Sales Manager",
                                   "start_date": "2014-03-17", "end_date": "2019-11-29"}


def seconded_then_appointed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　鄧家明先生於2015年3月2日加入本集團，2017年借調至深圳分公司，", "2019年1月1日起獲委任為區域財務總監，任職至今。", "",
                             "　　特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 540, ["廣州天河置業集團有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 520, "廣州天河置業集團有限公司")
    return scanned_png(s, "seconded"), {"employer": "廣州天河置業集團有限公司", "position": "區域財務總監", "start_date": "2015-03-02"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-on-our-books.png", on_our_books, "work_experience_letter", "on-our-books"),
              ("experience-bracket-after-person.png", bracket_after_person, "work_experience_letter", "bracket-after-person"),
              ("experience-iso-between.png", iso_between, "work_experience_letter", "iso-between"),
              ("experience-seconded-then-appointed.png", seconded_then_appointed, "work_experience_letter", "seconded-then-appointed")]
    return write_drawn(folder, papers)
