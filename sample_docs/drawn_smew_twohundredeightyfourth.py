"""A two-hundred-and-eighty-fourth drawn set, of work experience letters (read cold at 76 % this stop so far), in wording
no earlier set drew: a chef who 'served as Head Chef at our Shanghai restaurant from … until the restaurant closed on …';
a simplified Chinese letter of two rows (任职起止时间 in months with a dash, 担任职务); a university's letter of a lecturer
'in the School of Chemistry of this University'; a traditional Chinese sentence of months (自…至…在本公司擔任…一職); a
woman 'in our employ since …', 'Her present title is …'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredeightyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def restaurant_closed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Bund Garden Catering Management Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["27 November 2026", "", "This is to confirm that Mr. GUO Tao served as Head Chef at our Shanghai restaurant from",
                             "1 April 2016 until the restaurant closed on 31 December 2020.", "", "General Manager"], 24, "serif", 44)
    return scanned_png(s, "closed"), {"employer": "Bund Garden Catering Management Co., Ltd.", "position": "Head Chef",
                                      "start_date": "2016-04-01", "end_date": "2020-12-31"}


def two_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 230, ["单位：苏州工业园区晶芯测试技术有限公司", "姓名：季云飞", "任职起止时间：2014年6月—2019年3月", "担任职务：测试工程师", "",
                             "特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 660, ["苏州工业园区晶芯测试技术有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 660, "苏州工业园区晶芯测试技术有限公司")
    return scanned_png(s, "tworows"), {"employer": "苏州工业园区晶芯测试技术有限公司", "position": "测试工程师", "start_date": "2014-06-01",
                                       "end_date": "2019-03-31"}


def university_lecturer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Donghu University", 30, "serif_bold")
    s.text(140, 150, "Human Resources Office", 22, "serif")
    text_lines(s, 140, 240, ["28 November 2026", "", "Dr. SHI Lei was a Lecturer in the School of Chemistry of this University from",
                             "1 September 2015 to 31 July 2021.", "", "Director of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "lecturer"), {"employer": "Donghu University", "position": "Lecturer", "start_date": "2015-09-01",
                                        "end_date": "2021-07-31"}


def traditional_yizhi() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　本公司證明黃志強先生自2017年3月至2023年2月在本公司擔任高級會計師一職。", "", "　　特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 520, ["深圳前海天衡會計服務有限公司", "2026年11月21日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 520, "深圳前海天衡會計服務有限公司")
    return scanned_png(s, "yizhi"), {"employer": "深圳前海天衡會計服務有限公司", "position": "高級會計師", "start_date": "2017-03-01",
                                     "end_date": "2023-02-28"}


def in_our_employ() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Guangzhou Pearl Securities Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["30 November 2026", "", "Ms. WANG Yu has been in our employ since 16 November 2019. Her present title is Compliance",
                             "Analyst.", "", "Human Resources Department"], 24, "sans", 44)
    return scanned_png(s, "employ"), {"employer": "Guangzhou Pearl Securities Co., Ltd.", "position": "Compliance Analyst", "start_date": "2019-11-16"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-restaurant-closed.png", restaurant_closed, "work_experience_letter", "restaurant-closed"),
              ("experience-two-rows.png", two_rows, "work_experience_letter", "two-rows"),
              ("experience-university-lecturer.png", university_lecturer, "work_experience_letter", "university-lecturer"),
              ("experience-traditional-yizhi.png", traditional_yizhi, "work_experience_letter", "traditional-yizhi"),
              ("experience-in-our-employ.png", in_our_employ, "work_experience_letter", "in-our-employ")]
    return write_drawn(folder, papers)
