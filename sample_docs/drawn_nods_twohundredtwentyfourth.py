"""A two-hundred-and-twenty-fourth drawn set, a test set of three consent letters and three work experience letters in
layouts and wording no set drew, drawn after the 223rd's mends. A university's registrar who 'has no objection to Dr. …
taking up an appointment with … in Hong Kong'; a research institute's simplified Chinese letter (同意…同志调往香港…工作); a
bilingual form whose answer is a ticked box (☒ 同意 Agree); a service record of two posts in a table (the later post the
one held at leaving); a simplified Chinese letter of labelled lines with dotted dates (工作期间：2016.09.01—2022.12.31); a
hospital's letter ('served in the Department of … as … from … until his departure on …'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredtwentyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def registrar_no_objection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xijiang University of Finance", 32, "serif_bold")
    s.text(140, 150, "Office of the Registrar", 24, "serif")
    text_lines(s, 140, 240, ["19 November 2026", "", "To the Immigration Department, Hong Kong SAR", "",
                             "The University has no objection to Dr. ZHENG Kaiwen, Associate Professor of Accounting, taking up",
                             "an appointment with Lionrock Risk Advisory Limited in Hong Kong.", "", "Registrar"], 24, "serif", 44)
    _chop(s, 1200, 720, "西江财经大学")
    return scanned_png(s, "registrar"), {"organisation": "Xijiang University of Finance", "applicant_name": "ZHENG KAIWEN",
                                         "date": "2026-11-19", "seal_present": True}


def institute_transfer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "华东智能制造研究所", 42, "serif_cjk")
    s.text(640, 190, "关于人员赴港的意见", 34, "serif_cjk")
    y = _paragraph(s, 140, 300, "经所务会研究，同意我所工程师窦明轩同志调往香港Silvergate Automation Limited工作。", 24, 36, 76)
    text_lines(s, 880, y + 80, ["华东智能制造研究所", "2026年11月17日"], 30, "serif_cjk", 56)
    _chop(s, 1100, y + 120, "华东智能制造研究所")
    return scanned_png(s, "institute"), {"organisation": "华东智能制造研究所", "applicant_name": "窦明轩", "date": "2026-11-17",
                                         "seal_present": True}


def bilingual_tick_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 100, "员工赴港就业意见表 Staff Release Form", 34, "sans_cjk")
    y = 200
    for label, value in [("单位名称 Organisation", "成都锦城建筑设计院有限公司"), ("员工姓名 Staff name", "苗雨晴"),
                         ("拟赴港单位 Employer in Hong Kong", "Palisade Architects Limited")]:
        s.text(140, y, label, 24, "sans_cjk")
        s.text(720, y, value, 26, "sans_cjk")
        y += 70
    s.text(140, y + 10, "单位意见 Opinion", 24, "sans_cjk")
    s.tick(720, y + 6, True)
    s.text(770, y + 10, "同意 Agree", 24, "sans_cjk")
    s.tick(960, y + 6, False)
    s.text(1010, y + 10, "不同意 Disagree", 24, "sans_cjk")
    s.text(140, y + 100, "日期 Date: 2026-11-22", 24, "sans_cjk")
    _chop(s, 1150, y + 220, "成都锦城建筑设计院有限公司")
    return scanned_png(s, "tickform"), {"organisation": "成都锦城建筑设计院有限公司", "applicant_name": "苗雨晴", "date": "2026-11-22",
                                        "seal_present": True}


def service_record_two_posts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Foshan Greenfield Ceramics Co., Ltd.", 30, "serif_bold")
    s.text(560, 180, "SERVICE RECORD", 32, "serif_bold")
    s.text(140, 260, "Employee: Mr. KANG Jiarui", 24, "serif")
    _ruled(s, 140, 320, [["From", "To", "Post"], ["2014-07-01", "2017-12-31", "Assistant Kiln Engineer"],
                         ["2018-01-01", "2023-09-30", "Kiln Engineer"]], [300, 300, 640], 66, 24)
    text_lines(s, 140, 600, ["Certified by Human Resources, 14 November 2026"], 22, "serif", 40)
    return scanned_png(s, "record"), {"employer": "Foshan Greenfield Ceramics Co., Ltd.", "position": "Kiln Engineer",
                                      "start_date": "2014-07-01", "end_date": "2023-09-30"}


def labelled_dotted_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["姓　　名：华思远", "工作单位：青岛海湾船舶物资有限公司", "职　　务：采购主管", "工作期间：2016.09.01—2022.12.31",
                             "", "特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 880, 720, ["青岛海湾船舶物资有限公司", "2026年11月15日"], 28, "serif_cjk", 54)
    _chop(s, 1100, 760, "青岛海湾船舶物资有限公司")
    return scanned_png(s, "dotted"), {"employer": "青岛海湾船舶物资有限公司", "position": "采购主管", "start_date": "2016-09-01",
                                      "end_date": "2022-12-31"}


def hospital_departure() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hangzhou Westlake People's Hospital", 30, "serif_bold")
    text_lines(s, 140, 200, ["Certificate of Service", "",
                             "Dr. QIN Haoyu served in the Department of Cardiology of our hospital as Attending Physician from",
                             "1 September 2010 until his departure on 31 August 2021.", "", "Medical Affairs Office", "13 November 2026"],
               24, "serif", 44)
    return scanned_png(s, "hospital"), {"employer": "Hangzhou Westlake People's Hospital", "position": "Attending Physician",
                                        "start_date": "2010-09-01", "end_date": "2021-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-registrar.png", registrar_no_objection, "consent_letter", "registrar-no-objection"),
              ("consent-institute.png", institute_transfer, "consent_letter", "institute-transfer"),
              ("consent-tick-form.png", bilingual_tick_form, "consent_letter", "bilingual-tick-form"),
              ("experience-record.png", service_record_two_posts, "work_experience_letter", "service-record-two-posts"),
              ("experience-dotted.png", labelled_dotted_dates, "work_experience_letter", "labelled-dotted-dates"),
              ("experience-hospital.png", hospital_departure, "work_experience_letter", "hospital-departure")]
    return write_drawn(folder, papers)
