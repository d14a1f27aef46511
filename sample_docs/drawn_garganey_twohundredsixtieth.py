"""A two-hundred-and-sixtieth drawn set, of the papers read least well cold, in wording no earlier set drew: a plan in a
shopkeeper's plain words ('we have put HK$… of our own savings into the business', 'we hope to reach …', 'we'll hire two
baristas and a kitchen hand, all locals'); a plan whose capital is among its sources of funds beside a loan, and whose
staff are counted by place; a letter on 'a member of our staff since …', 'currently' a post; a letter on service 'for six
years, from … to …, latterly as …'; a Chinese letter from a school (从…到…，在我校担任…); a degree whose holder's two-character
name is set with a space between (王　磊). Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredsixtieth`). Every name, number and code is made up; 19669 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def plain_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "The Corner Roastery - our plan", 30, "serif_bold")
    text_lines(s, 140, 190, ["Money: the two of us have put HK$320,000 of our own savings into the business.",
                             "Sales: we hope to reach HK$1.1 million in our first full year.",
                             "People: we'll hire two baristas and a kitchen hand, all locals.",
                             "Where: a ground-floor shop in Tai Hang."], 24, "serif", 48)
    return scanned_png(s, "plainwords"), {"capital_hkd": 320000.0, "projected_turnover_hkd": 1100000.0, "local_jobs": 3}


def sources_of_funds() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Pinewood Medical Imaging Services Limited", 28, "sans_bold")
    s.text(140, 170, "Sources of funds (HK$)", 24, "sans_bold")
    _ruled(s, 140, 220, [["Shareholders' capital", "1,500,000"], ["Bank loan", "500,000"], ["Total", "2,000,000"]], [560, 300], 58, 22)
    s.text(140, 420, "Projected income statement (HK$)", 24, "sans_bold")
    _ruled(s, 140, 470, [["", "Year 1", "Year 2"], ["Revenue", "4,200,000", "5,600,000"], ["Net profit", "310,000", "720,000"]], [400, 230, 230], 58, 22)
    s.text(140, 680, "Headcount plan (end of year 1):  Hong Kong 6,  Shenzhen 4", 24, "sans")
    return scanned_png(s, "sources"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 6}


def member_of_staff() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hefei Brightline Power Grid Engineering Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["25 November 2026", "", "TO WHOM IT MAY CONCERN", "",
                             "Mr. LI Hang has been a member of our staff since 12 August 2019. He is currently Senior Electrical",
                             "Engineer in our substation design team.", "", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "memberstaff"), {"employer": "Hefei Brightline Power Grid Engineering Co., Ltd.", "position": "Senior Electrical Engineer",
                                           "start_date": "2019-08-12"}


def latterly_as() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ningbo Seastar Certified Public Accountants Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["26 November 2026", "", "Dear Sir or Madam,", "",
                             "Ms. YE Qing served our firm for six years, from 1 February 2012 to 31 January 2018, latterly as Audit",
                             "Manager.", "", "Yours faithfully,", "Partner"], 24, "serif", 44)
    return scanned_png(s, "latterly"), {"employer": "Ningbo Seastar Certified Public Accountants Co., Ltd.", "position": "Audit Manager",
                                        "start_date": "2012-02-01", "end_date": "2018-01-31"}


def school_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　兹证明丁晓雯老师从2010年9月1日到2016年8月31日，在我校担任英语教师，", "工作认真负责。", "", "　　特此证明。"],
                   30, "serif_cjk", 60)
    text_lines(s, 900, y + 100, ["洛阳市第一中学", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 100, "洛阳市第一中学")
    return scanned_png(s, "school"), {"employer": "洛阳市第一中学", "position": "英语教师", "start_date": "2010-09-01", "end_date": "2016-08-31"}


def spaced_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, "　　王　磊，男，1994年11月2日生。在本校网络工程专业完成了本科学业，成绩合格。依照《中华人民共和国学位条例》的规定，"
                                "授予工学学士学位。", 30, 30, 60)
    text_lines(s, 900, y + 80, ["冀北工业大学", "校长  孙立民", "2016年6月30日"], 28, "serif_cjk", 56)
    s.text(180, y + 330, "证书编号：1966942016005108", 24, "serif_cjk")
    _chop(s, 1100, y + 60, "冀北工业大学")
    return scanned_png(s, "spacedname"), {"holder_name": "王磊", "degree": ("工学学士", "工学学士学位"), "major": "网络工程", "institution": "冀北工业大学",
                                          "date_awarded": "2016-06-30", "date_of_birth": "1994-11-02", "certificate_number": "1966942016005108"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-plain-words.png", plain_words, "business_plan", "plain-words"),
              ("plan-sources-of-funds.png", sources_of_funds, "business_plan", "sources-of-funds"),
              ("experience-member-of-staff.png", member_of_staff, "work_experience_letter", "member-of-staff"),
              ("experience-latterly.png", latterly_as, "work_experience_letter", "latterly-as"),
              ("experience-school.png", school_letter, "work_experience_letter", "school-letter"),
              ("degree-spaced-name.png", spaced_name, "degree_certificate", "spaced-name")]
    return write_drawn(folder, papers)
