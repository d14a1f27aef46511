"""A two-hundred-and-twelfth drawn set, an eighth test set of work experience letters, drawn after the work letters'
readers were mended for the two-hundred-and-seventh: five letters in wording no set used. 'joined … on … and left on
…. He was our …'; a Chinese certificate that gives the period and the work (2009年3月2日至2016年8月31日在我公司技术部从事数控
编程工作); a service certificate of labelled lines ('Period of service: 01 Sep 2014 – 31 Aug 2019', 'Designation'); a letter
that says the person 'served in the capacity of … starting … and leaving on …'; a traditional Chinese letter whose post
follows 出任 (出任財務總監，至…離任). Each is a case of its own, read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set twohundredtwelfth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def joined_and_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Shenyang Northeast Pump Works Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["16 November 2026", "", "To whom it may concern", "",
                             "Mr. GAO Ming joined Shenyang Northeast Pump Works Co., Ltd. on 15 March 2011 and left on",
                             "31 May 2018. He was our Hydraulic Design Engineer.", "", "", "Human Resources Office"], 22, "serif", 42)
    return scanned_png(s, "joinedleft"), {"employer": "Shenyang Northeast Pump Works Co., Ltd.", "position": "Hydraulic Design Engineer",
                                    "start_date": "2011-03-15", "end_date": "2018-05-31"}


def chinese_work_done() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 140, "工作证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　汤志强，男，2009年3月2日至2016年8月31日在我公司技术部从事数控编程工作。特此证明。", 34, 28, 56)
    s.text(900, y + 140, "台州椒江精工机械有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月18日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "台州椒江精工机械有限公司")
    return scanned_png(s, "workdone"), {"employer": "台州椒江精工机械有限公司", "position": ("数控编程", "数控编程工作"), "start_date": "2009-03-02",
                                  "end_date": "2016-08-31"}


def labelled_service_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Dongguan Pearl River Garments Co., Ltd.", 30, "sans_bold")
    s.text(140, 170, "SERVICE CERTIFICATE", 28, "sans_bold")
    text_lines(s, 140, 250, ["Name: Ms. LU Xinyi", "Period of service: 01 Sep 2014 – 31 Aug 2019", "Designation: Senior Merchandiser",
                             "Reason for leaving: resigned", "", "Date: 25 Nov 2026"], 24, "sans", 50)
    return scanned_png(s, "servicelines"), {"employer": "Dongguan Pearl River Garments Co., Ltd.", "position": "Senior Merchandiser",
                                      "start_date": "2014-09-01", "end_date": "2019-08-31"}


def capacity_starting_leaving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Hangzhou Westlake Interaction Design Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["22 November 2026", "", "To whom it may concern", "",
                             "This is to certify that Ms. WU Jing served in the capacity of Lead UX Designer at our Hangzhou studio,",
                             "starting 3 April 2017 and leaving on 9 February 2024.", "", "", "Studio Director"], 22, "serif", 42)
    return scanned_png(s, "capacity"), {"employer": "Hangzhou Westlake Interaction Design Co., Ltd.", "position": "Lead UX Designer",
                                  "start_date": "2017-04-03", "end_date": "2024-02-09"}


def traditional_took_office() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 140, "任職證明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　許家銘先生於2013年10月8日加盟本公司，出任財務總監，至2021年6月30日離任。特此證明。", 34, 28, 56)
    s.text(900, y + 140, "福州閩江實業有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月20日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "福州閩江實業有限公司")
    return scanned_png(s, "tookoffice"), {"employer": "福州閩江實業有限公司", "position": "財務總監", "start_date": "2013-10-08",
                                    "end_date": "2021-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-joined-left.png", joined_and_left, "work_experience_letter", "joined-and-left"),
              ("experience-work-done.png", chinese_work_done, "work_experience_letter", "chinese-work-done"),
              ("experience-service-lines.png", labelled_service_lines, "work_experience_letter", "labelled-service-lines"),
              ("experience-capacity.png", capacity_starting_leaving, "work_experience_letter", "capacity-starting-leaving"),
              ("experience-took-office.png", traditional_took_office, "work_experience_letter", "traditional-took-office")]
    return write_drawn(folder, papers)
