"""A three-hundred-and-fifty-fourth drawn set, of work letters, in wording and layouts no earlier set drew: a service
record whose person 'commenced service' and 'ceased service', the post 'at which time he was' one; an American letter
of verification whose dates are numerals month first (07/01/2013) and whose post is the 'job title at the time of
separation'; a Chinese letter that names the posts a person held in turn and the one held on leaving (离职时职务为).
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredfiftyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def ceased_service() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Northwind Precision Machinery (Changzhou) Co., Ltd.", 28, "serif_bold")
    s.text(160, 140, "No. 18 Tongjiang Road, Xinbei District, Changzhou", 20, "serif")
    s.text(700, 240, "SERVICE RECORD", 34, "serif_bold")
    text_lines(s, 160, 340, ["Employee: Mr. HE Zhiyuan", "Staff number: NW-06214", "",
                             "Mr. HE commenced service with this company on 6 June 2016 in the Product Development Division",
                             "and ceased service on 31 January 2023, at which time he was a Mechanical Design Engineer.",
                             "His conduct during his service was satisfactory.", "",
                             "Issued on 14 February 2023", "", "Administration Department"], 24, "serif", 46)
    return scanned_png(s, "ceased"), {"employer": "Northwind Precision Machinery (Changzhou) Co., Ltd.",
                                      "position": "Mechanical Design Engineer", "start_date": "2016-06-06", "end_date": "2023-01-31"}


def time_of_separation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "HARBORVIEW MEDICAL DEVICES (XIAMEN) CO., LTD.", 28, "sans_bold")
    text_lines(s, 160, 200, ["October 22, 2026", "", "Subject: Verification", "",
                             "Please accept this letter as verification that Ms. LIN Yuqi was a full-time employee of our",
                             "company from 07/01/2013 to 12/31/2019. Her job title at the time of separation was Regulatory",
                             "Affairs Specialist.", "",
                             "Should you need anything further, please contact the undersigned.", "", "Sincerely,", "",
                             "Karen Wu", "Talent Management"], 24, "sans", 44)
    return scanned_png(s, "separation"), {"employer": ("HARBORVIEW MEDICAL DEVICES (XIAMEN) CO., LTD.",
                                                       "Harborview Medical Devices (Xiamen) Co., Ltd."),
                                          "position": "Regulatory Affairs Specialist", "start_date": "2013-07-01",
                                          "end_date": "2019-12-31"}


def posts_in_turn() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　庞子涵，男，身份证号码 350102199108150031。该同志于2012年3月入职我公司市场部，",
                             "先后担任市场专员、市场主管，2019年10月离职，离职时职务为市场部经理。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["福建闽江文旅发展有限公司", "2026年11月2日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 600, "福建闽江文旅发展有限公司")
    return scanned_png(s, "inturn"), {"employer": "福建闽江文旅发展有限公司", "position": ("市场部经理", "经理"),
                                      "start_date": "2012-03-01", "end_date": "2019-10-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-ceased-service.png", ceased_service, "work_experience_letter", "ceased-service"),
              ("work-time-of-separation.png", time_of_separation, "work_experience_letter", "time-of-separation"),
              ("work-posts-in-turn.png", posts_in_turn, "work_experience_letter", "posts-in-turn")]
    return write_drawn(folder, papers)
