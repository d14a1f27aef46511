"""A three-hundred-and-thirtieth drawn set, of work experience letters, drawn in stop 76 after its second mends and read
cold, in wording and layouts no earlier set drew: an English reference with dates written day.month.year ('from
01.09.2014 until 31.03.2021') and the post 'in the function of …'; a Hong Kong certificate of employment in
traditional characters whose post is the one held on leaving (離職時職位為…); an English letter whose particulars are
short rows ('Date joined: 3rd June 2013', 'Date left: 31st Dec 2019', 'Designation: Assistant Manager - Procurement').
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredthirtieth`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def in_the_function_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Rhinecastle Machinery (Taicang) Co., Ltd.", 30, "serif_bold")
    s.text(160, 135, "Building 4, No. 21 Qingdao West Road, Taicang", 20, "serif")
    text_lines(s, 160, 230, ["Taicang, 15.04.2021", "", "REFERENCE", "",
                             "Mr. GUO Tianyi was employed by our company from 01.09.2014 until 31.03.2021 in the function of",
                             "Senior Mechanical Designer. He designed gearbox housings for our export customers and led a team",
                             "of four draughtsmen. He leaves us at his own request.", "", "Rhinecastle Machinery (Taicang) Co., Ltd.", "",
                             "Petra WANG, Head of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "function"), {"employer": "Rhinecastle Machinery (Taicang) Co., Ltd.", "position": "Senior Mechanical Designer",
                                        "start_date": "2014-09-01", "end_date": "2021-03-31"}


def position_on_leaving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "僱傭證明書", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　本公司證明余志豪先生由2016年4月18日至2023年1月31日受僱於本公司，",
                             "離職時職位為項目經理。", "", "　　此證。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 520, ["恒豐工程顧問有限公司", "人力資源部", "2023年2月6日"], 28, "serif_cjk", 60)
    _chop(s, 1400, 620, "恒豐工程顧問有限公司")
    return scanned_png(s, "onleaving"), {"employer": "恒豐工程顧問有限公司", "position": "項目經理", "start_date": "2016-04-18",
                                         "end_date": "2023-01-31"}


def short_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Kestrel Valley Foods (Fuzhou) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["8 January 2020", "", "TO WHOM IT MAY CONCERN", "",
                             "We confirm the following particulars of our former employee:", "",
                             "Name: Ms. CAI Lingyun", "Date joined: 3rd June 2013", "Date left: 31st Dec 2019",
                             "Designation: Assistant Manager - Procurement", "", "Yours sincerely,", "", "ONG Meixin",
                             "Personnel Officer"], 24, "serif", 44)
    return scanned_png(s, "shortrows"), {"employer": "Kestrel Valley Foods (Fuzhou) Co., Ltd.",
                                         "position": ("Assistant Manager - Procurement", "Assistant Manager"),
                                         "start_date": "2013-06-03", "end_date": "2019-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-in-the-function-of.png", in_the_function_of, "work_experience_letter", "in-the-function-of"),
              ("work-position-on-leaving.png", position_on_leaving, "work_experience_letter", "position-on-leaving"),
              ("work-short-rows.png", short_rows, "work_experience_letter", "short-rows")]
    return write_drawn(folder, papers)
