"""A six-hundred-and-forty-first drawn set, of an employer's form, a work letter and a graduation certificate, drawn after stop 87's last
reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: an ID 990B in a ruled table of four
columns with grey label cells, its BR number printed in two groups of four ('6130 2294'); a work letter in English that confirms a post
held 'since … until …' under a letterhead; a 毕业证书 for a master's study (硕士研究生) whose text sits right of the photograph's frame.
Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredfortyfirst`). Every name and number is made up; 19179 is no
real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def shaded_four_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    s.text(140, 120, "Particulars of employer and post", 30, "sans_bold")
    _ruled(s, 140, 200, [["Employer", "Larkspur Wind Advisory Limited", "BR No.", "6130 2294"],
                         ["Applicant", "ZHENG HAOYU", "Post", "Offshore Wind Analyst"],
                         ["Monthly salary", "HK$ 46,200", "On Talent List?", "No"]], [260, 470, 260, 390], 80, 22, shade_labels=True)
    return scanned_png(s, "shaded"), {"employer_name": "Larkspur Wind Advisory Limited", "br_number": "61302294", "applicant_name": "ZHENG HAOYU",
                                      "position": "Offshore Wind Analyst", "monthly_salary_hkd": 46200.0, "talent_list": False}


def since_until_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 80, "Zhuhai Haiyun Marine Technology Co., Ltd.", 32, "serif_bold")
    s.text(140, 130, "No. 18 Gangwan Avenue, Xiangzhou District, Zhuhai, Guangdong", 20, "serif")
    s.d.line([140, 170, 1500, 170], fill="black", width=2)
    s.text(140, 230, "12 October 2026", 24, "serif")
    s.text(140, 300, "To whom it may concern", 24, "serif_bold")
    s.wrapped(140, 370, "This is to confirm that Ms. FENG Lu (passport no. EA4419027) has worked for our company as Senior Naval Architect "
                        "since 1 July 2018 until 30 September 2026, leading the hull design of our survey vessels.", 92, 24, "serif", 42)
    text_lines(s, 140, 560, ["Yours faithfully,", "", "", "HE Zhiming", "Human Resources Director"], 24, "serif", 42)
    _chop(s, 1150, 640, "珠海海韵海洋科技有限公司")
    return scanned_png(s, "sinceuntil"), {"employer": "Zhuhai Haiyun Marine Technology Co., Ltd.", "position": "Senior Naval Architect",
                                          "start_date": "2018-07-01", "end_date": "2026-09-30"}


def text_right_of_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "毕 业 证 书", 50, "serif_cjk")
    s.d.rectangle([160, 260, 420, 600], outline="black", width=2)
    s.text(240, 410, "照片", 28, "serif_cjk")
    text_lines(s, 500, 270, ["研究生 俞思远，男，一九九五年三月生，", "于二〇一八年九月至二〇二一年六月在本校", "材料物理与化学专业学习，学制三年，",
                             "修完硕士研究生培养计划规定的全部课程，", "成绩合格，准予毕业。"], 30, "serif_cjk", 58)
    text_lines(s, 900, 700, ["南屿工业大学", "校长：钱文博", "二〇二一年六月二十五日"], 28, "serif_cjk", 56)
    s.text(160, 960, "证书编号：191791202106000583", 24, "sans_cjk")
    _chop(s, 640, 800, "南屿工业大学")
    return scanned_png(s, "rightofphoto"), {"holder_name": "俞思远", "institution": "南屿工业大学", "major": "材料物理与化学",
                                            "level": ("硕士研究生", "硕士"), "graduation_date": "2021-06-25", "certificate_number": "191791202106000583"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-shaded-four-columns.png", shaded_four_columns, "employer_form", "shaded-four-columns"),
              ("work-since-until.png", since_until_letter, "work_experience_letter", "since-until"),
              ("graduation-right-of-photo.png", text_right_of_photo, "graduation_certificate", "right-of-photo")]
    return write_drawn(folder, papers)
