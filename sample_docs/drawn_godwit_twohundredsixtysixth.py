"""A two-hundred-and-sixty-sixth drawn set, of the papers read least well cold, in wording no earlier set drew: a letter
of service whose particulars follow dashes ('Period of service — 3 Sep 2012 to 15 Jul 2016', 'Position on leaving — …'); a
simplified Chinese letter naming the posts held in turn (历任…、…) between months (于…入职…调离); a manager's letter in the
first person, the holder joining as a trainee and leaving as a supervisor; a plan's figures on dotted leaders in plain
words; a traditional Chinese plan in one paragraph (註冊資本…已全數繳足, 首個財政年度, 於本港聘請); a master's degree
'awarded' by a committee after the record was examined; a Chinese degree with its dates in Chinese numerals (二〇一八年).
Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredsixtysixth`). Every name, number and code is
made up; 19619 and 19609 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def dashes_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hangzhou Westlake Fine Chemicals Co., Ltd.", 28, "serif_bold")
    s.text(140, 145, "No. 88 Jiangnan Road, Binjiang District, Hangzhou", 20, "serif")
    text_lines(s, 140, 240, ["19 November 2026", "", "SERVICE RECORD", "", "Employee — Ms. LIANG Xiaoyu",
                             "Period of service — 3 Sep 2012 to 15 Jul 2016", "Position on leaving — Process Chemist",
                             "Reason for leaving — resigned", "", "Personnel Section"], 24, "serif", 46)
    return scanned_png(s, "dashes"), {"employer": "Hangzhou Westlake Fine Chemicals Co., Ltd.", "position": "Process Chemist",
                                      "start_date": "2012-09-03", "end_date": "2016-07-15"}


def posts_in_turn() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　经查，魏子涵同志于2013年7月入职我院，历任助理工程师、工程师，2020年12月调离。特此证明。", 30, 30, 60)
    text_lines(s, 860, y + 100, ["合肥新桥建筑设计研究院有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 100, "合肥新桥建筑设计研究院有限公司")
    return scanned_png(s, "inturn"), {"employer": "合肥新桥建筑设计研究院有限公司", "position": "工程师", "start_date": "2013-07-01",
                                      "end_date": "2020-12-31"}


def manager_first_person() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Greenfield Dairy (Inner Mongolia) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["25 November 2026", "", "To the Immigration Department,", "",
                             "I supervised Mr. ZHOU Hang during his time with us. He joined as a trainee in July 2014 and, by the",
                             "time he left in March 2019, was our Quality Assurance Supervisor.", "",
                             "Bao Lin", "Plant Manager"], 24, "sans", 44)
    return scanned_png(s, "firstperson"), {"employer": "Greenfield Dairy (Inner Mongolia) Co., Ltd.", "position": "Quality Assurance Supervisor",
                                           "start_date": "2014-07-01", "end_date": "2019-03-31"}


def plain_leaders() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lantern Lane Tea House Limited — money and people", 28, "sans_bold")
    text_lines(s, 160, 200, ["Owners' money in the business ..................... HK$420,000",
                             "Turnover we aim for in our first year ............. HK$1,600,000",
                             "Hong Kong people we will employ ................... 2"], 24, "sans", 56)
    return scanned_png(s, "leaders"), {"capital_hkd": 420000.0, "projected_turnover_hkd": 1600000.0, "local_jobs": 2}


def traditional_paragraph_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "嶺南匠心傢俬有限公司", 36, "serif_cjk")
    text_lines(s, 160, 220, ["　　本公司註冊資本港幣100萬元，已全數繳足。首個財政年度預期營業收入約港幣380萬元，",
                             "並將於本港聘請五名全職員工。"], 28, "serif_cjk", 60)
    return scanned_png(s, "tradparagraph"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3800000.0, "local_jobs": 5}


def committee_awards() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 140, "XICHUAN NORMAL UNIVERSITY", 40, "serif_bold")
    text_lines(s, 180, 300, ["The Academic Degree Evaluation Committee, having examined the record of ZHANG Lu, female,",
                             "born 12 March 1997, who studied Applied Psychology, hereby awards her the degree of",
                             "Master of Education.", "", "Xichuan, 30 June 2021", "", "No. 1961932021000417"], 24, "serif", 48)
    return scanned_png(s, "committee"), {"holder_name": "ZHANG LU", "date_of_birth": "1997-03-12", "institution": "XICHUAN NORMAL UNIVERSITY",
                                         "major": "Applied Psychology", "degree": "Master of Education", "date_awarded": "2021-06-30",
                                         "certificate_number": "1961932021000417"}


def numeral_dates_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 200, "学 士 学 位 证 书", 60, "serif_cjk")
    y = _paragraph(s, 200, 420, "　　林晓彤，女，一九九六年十月五日生。在外国语学院英语专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
                                "授予文学学士学位。", 24, 40, 80)
    text_lines(s, 900, y + 80, ["南屿大学", "校长  陈立群", "二〇一八年六月二十日"], 32, "serif_cjk", 64)
    _chop(s, 1180, y + 40, "南屿大学")
    s.text(200, 2050, "证书编号：1960942018003162", 26, "serif_cjk")
    return scanned_png(s, "numeraldates"), {"holder_name": "林晓彤", "date_of_birth": "1996-10-05", "institution": "南屿大学", "major": "英语",
                                            "degree": ("文学学士", "文学学士学位"), "date_awarded": "2018-06-20", "certificate_number": "1960942018003162"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-dashes.png", dashes_letter, "work_experience_letter", "dashes-letter"),
              ("experience-posts-in-turn.png", posts_in_turn, "work_experience_letter", "posts-in-turn"),
              ("experience-manager.png", manager_first_person, "work_experience_letter", "manager-first-person"),
              ("plan-leaders.png", plain_leaders, "business_plan", "plain-leaders"),
              ("plan-traditional-paragraph.png", traditional_paragraph_plan, "business_plan", "traditional-paragraph"),
              ("degree-committee.png", committee_awards, "degree_certificate", "committee-awards"),
              ("degree-numeral-dates.png", numeral_dates_degree, "degree_certificate", "numeral-dates")]
    return write_drawn(folder, papers)
