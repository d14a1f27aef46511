"""A two-hundred-and-ninetieth drawn set, of work experience letters, in wording no earlier set drew: a line manager's
letter in the first person naming the firm after 'at' ('I was … line manager at … from 2016 until he left in May
2021. He joined the company on … as …'); a simplified Chinese letter whose one ruled row states the stay with dots
(2012.09—2017.08 | 单位 | 职务); a hospital's service certificate of rows ('Rank', 'Date of appointment', 'Date of
resignation'); a traditional Chinese letter whose dates are in Chinese numerals (自二〇一四年三月一日至…); a letter
that opens with the stay ('From … to …, Mr. … held the post of … with us.'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredninetieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def line_manager() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 120, ["22 November 2026", "", "To whom it may concern,", "",
                             "I was Mr. HE Jun's line manager at Qiantang Smart Grid Co., Ltd. from 2016 until he left in May 2021.",
                             "He joined the company on 11 July 2016 as an Electrical Design Engineer and was a steady, able member",
                             "of my team throughout.", "", "ZHOU Min", "Head of Design, Qiantang Smart Grid Co., Ltd."], 24, "serif", 44)
    return scanned_png(s, "manager"), {"employer": "Qiantang Smart Grid Co., Ltd.", "position": "Electrical Design Engineer",
                                       "start_date": "2016-07-11", "end_date": "2021-05-31"}


def one_ruled_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "工作经历证明", 44, "serif_cjk")
    s.text(160, 210, "兹证明孔令杰在我单位的工作经历如下：", 28, "serif_cjk")
    _ruled(s, 160, 280, [["起止年月", "工作单位", "职务"], ["2012.09—2017.08", "天津滨海航运有限公司", "船务操作员"]], [340, 560, 320], 70, 28)
    text_lines(s, 880, 520, ["天津滨海航运有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 1300, 600, "天津滨海航运有限公司")
    return scanned_png(s, "onerow"), {"employer": "天津滨海航运有限公司", "position": "船务操作员", "start_date": "2012-09-01",
                                      "end_date": "2017-08-31"}


def hospital_service() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Huaxi Union Hospital", 30, "serif_bold")
    s.text(140, 150, "SERVICE CERTIFICATE", 26, "serif_bold")
    text_lines(s, 140, 240, ["Name of staff:  Ms. TANG Xiaoyu", "Department:  Cardiology Ward 3", "Rank:  Charge Nurse",
                             "Date of appointment:  1 August 2013", "Date of resignation:  30 April 2022", "",
                             "Issued by the Nursing Department, 21 November 2026"], 24, "serif", 48)
    return scanned_png(s, "hospital"), {"employer": "Huaxi Union Hospital", "position": "Charge Nurse", "start_date": "2013-08-01",
                                        "end_date": "2022-04-30"}


def chinese_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "證　明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明周嘉慧女士自二〇一四年三月一日至二〇二〇年八月三十一日", "在本所擔任研究助理。", "", "　　特此證明。"],
               28, "serif_cjk", 60)
    text_lines(s, 860, 560, ["廈門海灣經濟研究所", "二〇二六年十一月十九日"], 28, "serif_cjk", 56)
    _chop(s, 1420, 540, "廈門海灣經濟研究所")
    return scanned_png(s, "numerals"), {"employer": "廈門海灣經濟研究所", "position": "研究助理", "start_date": "2014-03-01",
                                        "end_date": "2020-08-31"}


def opens_with_the_stay() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbin Northern Agricultural Machinery Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["25 November 2026", "", "From 15 October 2017 to 28 February 2023, Mr. DENG Hao held the post of Senior Buyer",
                             "with us.", "", "Purchasing Director"], 24, "sans", 44)
    return scanned_png(s, "opens"), {"employer": "Harbin Northern Agricultural Machinery Co., Ltd.", "position": "Senior Buyer",
                                     "start_date": "2017-10-15", "end_date": "2023-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-line-manager.png", line_manager, "work_experience_letter", "line-manager"),
              ("experience-one-ruled-row.png", one_ruled_row, "work_experience_letter", "one-ruled-row"),
              ("experience-hospital-service.png", hospital_service, "work_experience_letter", "hospital-service"),
              ("experience-chinese-numeral-dates.png", chinese_numeral_dates, "work_experience_letter", "chinese-numeral-dates"),
              ("experience-opens-with-the-stay.png", opens_with_the_stay, "work_experience_letter", "opens-with-the-stay")]
    return write_drawn(folder, papers)
