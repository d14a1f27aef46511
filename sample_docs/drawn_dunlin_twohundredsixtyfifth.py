"""A two-hundred-and-sixty-fifth drawn set, drawn after this stop's last reader change and read cold at its end: two
business plans, two work experience letters, a degree, a degree report and an ID 990B, in wording no earlier set drew: a
plan as a short e-mail to an adviser ('Capital's in: HK$…', 'we reckon on … in sales', 'taking on three people here'); a
traditional Chinese plan table with 首年 and 次年 columns and its capital in a row of its own (股東已注資); a letter on a
secondee ('seconded to our Hong Kong office … remained on our payroll as …'); a simplified Chinese letter in which the
post comes before the stay (任…职务期间为…至…); a degree whose date of award is in its closing line only ('Given under the
seal of the University on …'); a report with its code in the footer; an ID 990B whose salary is yearly and monthly both.
Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredsixtyfifth`). Every name, number and code is
made up; 19629 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def email_to_adviser() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 120, 100, ["From:  Kelly Ng", "To:  Adviser", "Subject:  our plan, short version"], 22, "sans", 40)
    s.d.line([120, 240, 1530, 240], fill=(150, 150, 150), width=2)
    text_lines(s, 120, 280, ["Hi,", "", "Capital's in: HK$380,000 between the two of us, all paid up.",
                             "For the first year we reckon on HK$1.35 million in sales from the bakery counter and catering.",
                             "We're taking on three people here in Hong Kong, two bakers and a counter assistant.", "", "Kelly"], 22, "sans", 40)
    return scanned_png(s, "adviser"), {"capital_hkd": 380000.0, "projected_turnover_hkd": 1350000.0, "local_jobs": 3}


def first_and_second_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "匯澄水質檢測有限公司", 36, "serif_cjk")
    _ruled(s, 160, 220, [["項目", "首年", "次年"], ["股東已注資（港幣）", "1,200,000", ""], ["營業額（港幣）", "2,860,000", "4,150,000"],
                         ["本港僱員（人）", "5", "8"]], [460, 320, 320], 68, 26)
    return scanned_png(s, "twoyears"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2860000.0, "local_jobs": 5}


def secondee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Nanjing Riverside Environmental Engineering Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["24 November 2026", "", "To whom it may concern", "",
                             "Mr. KANG Rui was seconded to our Hong Kong office from 1 March 2019 to 31 August 2021 and remained on our",
                             "payroll as Senior Process Engineer throughout.", "", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "secondee"), {"employer": "Nanjing Riverside Environmental Engineering Co., Ltd.", "position": "Senior Process Engineer",
                                        "start_date": "2019-03-01", "end_date": "2021-08-31"}


def post_before_stay() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　兹证明谷雨晴女士曾在我公司任人力资源经理职务，任职期间为2014年8月18日至2021年6月30日。", "", "　　特此证明。"],
                   28, "serif_cjk", 60)
    text_lines(s, 900, y + 100, ["青岛黄海海洋装备有限公司", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 100, "青岛黄海海洋装备有限公司")
    return scanned_png(s, "postbefore"), {"employer": "青岛黄海海洋装备有限公司", "position": "人力资源经理", "start_date": "2014-08-18",
                                          "end_date": "2021-06-30"}


def seal_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 150, "CHANGSHAN UNIVERSITY", 40, "serif_bold")
    text_lines(s, 200, 300, ["This is to certify that XIA Mingyuan, born on 30 November 1994, having completed the",
                             "prescribed course of study in Environmental Engineering, has been admitted to the degree of",
                             "Bachelor of Engineering.", "", "Given under the seal of the University on 28 June 2017.", "",
                             "Certificate No. 1962942017001804"], 24, "serif", 48)
    return scanned_png(s, "sealdate"), {"holder_name": "XIA MINGYUAN", "degree": "Bachelor of Engineering", "major": "Environmental Engineering",
                                        "institution": "CHANGSHAN UNIVERSITY", "date_awarded": "2017-06-28", "date_of_birth": "1994-11-30",
                                        "certificate_number": "1962942017001804"}


def code_in_footer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    text_lines(s, 180, 230, ["姓名：夏明远", "性别：男", "出生日期：1994年11月30日", "学位授予单位：长山大学", "所授学位：工学学士学位", "学科/专业：环境工程",
                             "获学位日期：2017年06月28日", "学位证书编号：1962942017001804"], 28, "serif_cjk", 62)
    s.d.line([140, 2100, 1510, 2100], fill=(120, 120, 120), width=2)
    s.text(180, 2130, "在线验证码：V2PX7KQ4MW9TZ3RB    报告有效期至：2027年05月31日", 22, "serif_cjk")
    return scanned_png(s, "footer"), {"holder_name": "夏明远", "date_of_birth": "1994-11-30", "institution": "长山大学", "sex": "M",
                                      "major": "环境工程", "certificate_number": "1962942017001804", "verification_code": "V2PX7KQ4MW9TZ3RB",
                                      "valid_until": "2027-05-31"}


def yearly_and_monthly() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    text_lines(s, 140, 170, ["Employer:  Orchid Bay Water Testing Limited", "BR No.:  71284093", "Employee:  XIA Mingyuan",
                             "Position:  Environmental Engineer", "Remuneration:  HK$504,000 a year (HK$42,000 a month)",
                             "Talent List:  No"], 24, "serif", 56)
    return scanned_png(s, "yearly"), {"employer_name": "Orchid Bay Water Testing Limited", "br_number": "71284093", "applicant_name": "XIA Mingyuan",
                                      "position": "Environmental Engineer", "monthly_salary_hkd": 42000.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-email.png", email_to_adviser, "business_plan", "email-to-adviser"),
              ("plan-two-years.png", first_and_second_year, "business_plan", "first-and-second-year"),
              ("experience-secondee.png", secondee, "work_experience_letter", "secondee"),
              ("experience-post-before.png", post_before_stay, "work_experience_letter", "post-before-stay"),
              ("degree-seal-date.png", seal_date, "degree_certificate", "seal-date"),
              ("report-code-footer.png", code_in_footer, "qualification_report", "code-in-footer"),
              ("id990b-yearly.png", yearly_and_monthly, "employer_form", "yearly-and-monthly")]
    return write_drawn(folder, papers)
