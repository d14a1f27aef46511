"""A two-hundred-and-seventh drawn set, a seventh test set of work experience letters, drawn after the work letters'
readers were mended for the two-hundred-and-fourth: five letters in wording no set used. 'was a member of our staff
from … to …. At the time of leaving he was a …'; a ruled Chinese table under its headings (姓名 | 部门 | 职务 | 入职时间 |
离职时间); 'rendered her services to the Company as … during the period 05.03.2014 to 17.10.2020'; a simplified Chinese
letter with its period in brackets ('在我单位工作期间（2013年4月1日—2019年9月30日），担任销售经理职务'); a reference whose
post is its subject line ('Re: Mr. … - Former Logistics Coordinator'). Each is a case of its own, read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredseventh`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def member_of_staff() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Hefei Lakeview Architectural Design Institute Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["18 November 2026", "", "To whom it may concern,", "",
                             "We hereby certify that Mr. LUO Jiaming was a member of our staff from 1 August 2012 to",
                             "31 January 2019. At the time of leaving he was a Senior Structural Engineer.", "", "",
                             "Personnel Department"], 22, "serif", 42)
    return scanned_png(s, "member"), {"employer": "Hefei Lakeview Architectural Design Institute Co., Ltd.",
                                "position": "Senior Structural Engineer", "start_date": "2012-08-01", "end_date": "2019-01-31"}


def chinese_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 130, "员工工作经历证明", 40, "serif_cjk")
    _ruled(s, 140, 250, [["姓名", "部门", "职务", "入职时间", "离职时间"], ["彭思远", "研发中心", "嵌入式软件工程师", "2015-07-06", "2021-03-31"]],
           [200, 240, 420, 260, 260], 70, 24)
    s.text(140, 460, "特此证明。", 28, "serif_cjk")
    s.text(900, 600, "西安秦川智能装备有限公司", 28, "serif_cjk")
    s.text(980, 660, "2026年11月19日", 28, "serif_cjk")
    _chop(s, 1120, 630, "西安秦川智能装备有限公司")
    return scanned_png(s, "table"), {"employer": "西安秦川智能装备有限公司", "position": "嵌入式软件工程师", "start_date": "2015-07-06",
                               "end_date": "2021-03-31"}


def rendered_services() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Kunming Springfield Hotel Management Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["Date: 21.11.2026", "", "SERVICE CERTIFICATE", "",
                             "This is to inform that Ms. XIA Qing rendered her services to the Company as Payroll Officer",
                             "during the period 05.03.2014 to 17.10.2020.", "", "Authorised signatory"], 22, "sans", 42)
    return scanned_png(s, "rendered"), {"employer": "Kunming Springfield Hotel Management Co., Ltd.", "position": "Payroll Officer",
                                  "start_date": "2014-03-05", "end_date": "2020-10-17"}


def bracketed_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 140, "证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明杜雨萌女士在我单位工作期间（2013年4月1日—2019年9月30日），担任销售经理职务，工作表现良好。"
                   "特此证明。", 34, 28, 56)
    s.text(900, y + 140, "南昌赣江医疗器械有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月22日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "南昌赣江医疗器械有限公司")
    return scanned_png(s, "bracketed"), {"employer": "南昌赣江医疗器械有限公司", "position": "销售经理", "start_date": "2013-04-01",
                                   "end_date": "2019-09-30"}


def subject_line_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Tianjin Bohai Cold Chain Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["26 November 2026", "", "Re: Mr. SU Mingze - Former Logistics Coordinator", "",
                             "Mr. SU was with our company from 11 June 2017 until 28 February 2023. We recommend him",
                             "without reservation.", "", "Yours faithfully,", "", "ZHAO Lei", "General Manager"], 22, "serif", 42)
    return scanned_png(s, "subject"), {"employer": "Tianjin Bohai Cold Chain Co., Ltd.", "position": "Logistics Coordinator",
                                 "start_date": "2017-06-11", "end_date": "2023-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-member.png", member_of_staff, "work_experience_letter", "member-of-staff"),
              ("experience-table.png", chinese_table, "work_experience_letter", "chinese-table"),
              ("experience-rendered.png", rendered_services, "work_experience_letter", "rendered-services"),
              ("experience-bracketed.png", bracketed_period, "work_experience_letter", "bracketed-period"),
              ("experience-subject.png", subject_line_post, "work_experience_letter", "subject-line-post")]
    return write_drawn(folder, papers)
