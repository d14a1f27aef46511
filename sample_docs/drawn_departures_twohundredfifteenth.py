"""A two-hundred-and-fifteenth drawn set, a test set of three consents and three work experience letters in wording no
set used, drawn after this stop's mends. A letter that releases its employee 'from his duties with effect from …' so
that he may take up employment in Hong Kong; a university's 同意函 that keeps the person's 人事关系 while she works in Hong
Kong; a Chinese form whose 单位意见 box ticks 同意; a letter that employed its person 'on a full-time basis from the 3rd day
of June 2013 to the 30th day of September 2020 as …'; a hospital's letter (2010年9月1日到岗，担任主治医师，于2018年12月31日调离
我院); a two-column table of 'Joined', 'Left' and 'Last position held'. Each is a case of its own, read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredfifteenth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def release_from_duties() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Qingdao Blue Harbour Ship Design Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["23 November 2026", "", "LETTER OF RELEASE", "",
                             "We hereby release Mr. HAN Zhiyuan from his duties with effect from 31 January 2027 so that he",
                             "may take up employment with Tidewater Naval Architects Limited in Hong Kong.", "", "",
                             "For Qingdao Blue Harbour Ship Design Co., Ltd.", "", "Director, Human Resources"], 22, "serif", 42)
    return scanned_png(s, "release"), {"organisation": "Qingdao Blue Harbour Ship Design Co., Ltd.", "applicant_name": "HAN ZHIYUAN",
                                 "date": "2026-11-23", "seal_present": False}


def university_keeps_record() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "西岭科技大学", 44, "serif_cjk")
    s.text(660, 200, "同意函", 40, "serif_cjk")
    y = _paragraph(s, 140, 330, "　　我校化学学院副教授孟书瑶同志拟赴香港工作。经研究，学校同意其前往，并在其赴港工作期间保留人事关系。特此函告。",
                   34, 28, 56)
    s.text(920, y + 140, "西岭科技大学人事处", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月26日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "西岭科技大学")
    return scanned_png(s, "keeps"), {"organisation": ("西岭科技大学", "西岭科技大学人事处"), "applicant_name": "孟书瑶", "date": "2026-11-26",
                               "seal_present": True}


def opinion_box_ticked() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "员工赴港工作申请表", 40, "serif_cjk")
    _ruled(s, 140, 220, [["姓名", "阎浩宇"], ["部门", "财务部"], ["拟任香港公司", "Meridian Fund Services Limited"]], [300, 900], 70, 26)
    s.text(160, 480, "单位意见：", 28, "serif_cjk")
    s.tick(330, 476, True)
    s.text(380, 480, "同意", 28, "serif_cjk")
    s.tick(480, 476, False)
    s.text(530, 480, "不同意", 28, "serif_cjk")
    s.text(900, 640, "武汉江城财务咨询有限公司", 28, "serif_cjk")
    s.text(980, 700, "2026年11月25日", 28, "serif_cjk")
    _chop(s, 1120, 670, "武汉江城财务咨询有限公司")
    return scanned_png(s, "ticked"), {"organisation": "武汉江城财务咨询有限公司", "applicant_name": "阎浩宇", "date": "2026-11-25",
                                "seal_present": True}


def full_time_day_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Xiamen Silver Coast Cosmetics Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["19 November 2026", "", "To whom it may concern", "",
                             "Ms. LIN Yaqi was employed by us on a full-time basis from the 3rd day of June 2013 to the",
                             "30th day of September 2020 as Marketing Executive.", "", "", "Personnel Manager"], 22, "serif", 42)
    return scanned_png(s, "dayof"), {"employer": "Xiamen Silver Coast Cosmetics Co., Ltd.", "position": "Marketing Executive",
                               "start_date": "2013-06-03", "end_date": "2020-09-30"}


def hospital_transferred() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 140, "工作证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　我院职工孔德明，2010年9月1日到岗，担任主治医师，于2018年12月31日调离我院。特此证明。", 34, 28, 56)
    s.text(900, y + 140, "南宁邕江人民医院", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月17日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "南宁邕江人民医院")
    return scanned_png(s, "transferred"), {"employer": "南宁邕江人民医院", "position": "主治医师", "start_date": "2010-09-01",
                                     "end_date": "2018-12-31"}


def joined_left_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Nanjing Purple Mountain Optics Co., Ltd.", 30, "sans_bold")
    s.text(140, 160, "Confirmation of employment", 26, "sans_bold")
    s.text(140, 230, "Employee: Mr. XUE Chenyu", 24, "sans")
    _ruled(s, 140, 300, [["Joined", "14 October 2014"], ["Left", "28 February 2022"], ["Last position held", "Optical Test Engineer"]],
           [420, 700], 64, 24)
    return scanned_png(s, "joinedtable"), {"employer": "Nanjing Purple Mountain Optics Co., Ltd.", "position": "Optical Test Engineer",
                                     "start_date": "2014-10-14", "end_date": "2022-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-release.png", release_from_duties, "consent_letter", "release-from-duties"),
              ("consent-keeps-record.png", university_keeps_record, "consent_letter", "university-keeps-record"),
              ("consent-ticked.png", opinion_box_ticked, "consent_letter", "opinion-box-ticked"),
              ("experience-day-of.png", full_time_day_of, "work_experience_letter", "full-time-day-of"),
              ("experience-transferred.png", hospital_transferred, "work_experience_letter", "hospital-transferred"),
              ("experience-joined-table.png", joined_left_table, "work_experience_letter", "joined-left-table")]
    return write_drawn(folder, papers)
