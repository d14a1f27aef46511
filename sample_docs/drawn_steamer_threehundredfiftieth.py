"""A three-hundred-and-fiftieth drawn set, of work experience letters, drawn at the end of stop 77 after its last reader
change, to be read cold and left unmended, in wording and layouts no earlier set drew: an English letter of a person
who 'served the company in various capacities … most recently as …', its years only; a Chinese letter from a testing
centre of a person employed now (现为我中心…，至今仍在职); an English letter of colon rows ('Title:', 'Employment dates:')
with dates month first; a Taiwan certificate of service in rows (服務期間：自民國105年8月1日至民國111年7月31日止). Each is a
case of its own (`scripts/bench_drawn_forms.py --set threehundredfiftieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def various_capacities() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harbourfront Shipping (Tianjin) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["2 February 2021", "", "To whom it may concern", "",
                             "Ms. WEN Jiayi served the company in various capacities from 2011 to 2020, most recently as Head of",
                             "Treasury.", "", "Yours faithfully,", "", "Peter GUAN", "Chief Financial Officer"], 24, "serif", 44)
    return scanned_png(s, "capacities"), {"employer": "Harbourfront Shipping (Tianjin) Co., Ltd.", "position": "Head of Treasury"}


def testing_centre() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "证　明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹有焦文博同志，自2016年3月1日起在我中心从事检验检测工作，现为我中心高级检测员，至今仍在职。",
                             "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["天津滨海新区检验检测中心", "2026年10月28日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "天津滨海新区检验检测中心")
    return scanned_png(s, "centre"), {"employer": "天津滨海新区检验检测中心", "position": "高级检测员", "start_date": "2016-03-01"}


def colon_rows_month_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Crestline Chemicals (Ningbo) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["September 10, 2021", "", "To whom it may concern", "",
                             "Employee: SUN Kaiwen", "Title: Senior Process Engineer", "Employment dates: March 3, 2014 – August 29, 2021", "",
                             "Regards,", "", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "colonrows"), {"employer": "Crestline Chemicals (Ningbo) Co., Ltd.", "position": "Senior Process Engineer",
                                         "start_date": "2014-03-03", "end_date": "2021-08-29"}


def taiwan_service_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "服務證明書", 46, "serif_cjk")
    text_lines(s, 200, 240, ["姓名：林佳穎", "服務單位：業務部", "職稱：業務專員", "服務期間：自民國105年8月1日至民國111年7月31日止", "",
                             "　　特此證明。"], 28, "serif_cjk", 64)
    text_lines(s, 900, 700, ["宏碩科技股份有限公司", "中華民國111年8月5日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 780, "宏碩科技股份有限公司")
    return scanned_png(s, "taiwanrows"), {"employer": "宏碩科技股份有限公司", "position": "業務專員", "start_date": "2016-08-01",
                                          "end_date": "2022-07-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-various-capacities.png", various_capacities, "work_experience_letter", "various-capacities"),
              ("work-testing-centre.png", testing_centre, "work_experience_letter", "testing-centre"),
              ("work-colon-rows-month-first.png", colon_rows_month_first, "work_experience_letter", "colon-rows-month-first"),
              ("work-taiwan-service-rows.png", taiwan_service_rows, "work_experience_letter", "taiwan-service-rows")]
    return write_drawn(folder, papers)
