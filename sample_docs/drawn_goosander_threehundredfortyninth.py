"""A three-hundred-and-forty-ninth drawn set, of work experience letters, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: a Chinese letter whose post ends in 岗 and whose
person's identity number is masked (任职财务分析岗，工作至今); an English reference 'employed on a full-time basis by … in
the position of … during the period … to …'; a traditional letter of a 前僱員 who joined and left on stated days; an
English letter of a career in columns without rules, 'Jul 2016 – present' in its last row. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfortyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def post_ending_in_gang() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "在职证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明：温子轩，男，身份证号码：3301**********1234，系我公司正式员工，于2015年10月",
                             "入职，任职财务分析岗，工作至今。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["杭州西溪数智科技有限公司", "2026年11月2日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 640, "杭州西溪数智科技有限公司")
    return scanned_png(s, "gang"), {"employer": "杭州西溪数智科技有限公司", "position": ("财务分析", "财务分析岗"), "start_date": "2015-10-01"}


def full_time_basis() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Employment Reference", 34, "serif_bold")
    text_lines(s, 160, 190, ["14 June 2022", "",
                             "This is to confirm that Ms. HUANG Lu was employed on a full-time basis by Bayview Electronics (Xiamen)",
                             "Co., Ltd. in the position of Firmware Engineer during the period 1 June 2016 to 31 May 2022.", "",
                             "Bayview Electronics (Xiamen) Co., Ltd.", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "fulltime"), {"employer": "Bayview Electronics (Xiamen) Co., Ltd.", "position": "Firmware Engineer",
                                        "start_date": "2016-06-01", "end_date": "2022-05-31"}


def former_employee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "僱傭證明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["敬啟者：", "　　茲證明本公司前僱員彭志豪先生（持中國居民身份證）於2012年4月16日入職，擔任物流主任，",
                             "並於2018年10月31日離職。", "", "　　此致"], 26, "serif_cjk", 60)
    text_lines(s, 900, 620, ["東莞永達物流有限公司", "2018年11月5日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 700, "東莞永達物流有限公司")
    return scanned_png(s, "former"), {"employer": "東莞永達物流有限公司", "position": "物流主任", "start_date": "2012-04-16",
                                      "end_date": "2018-10-31"}


def career_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Eastwind Home Appliances (Foshan) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["1 December 2026", "", "To whom it may concern", "",
                             "Mr. CEN Bowen has been employed by the company as follows:"], 24, "serif", 44)
    y = 460
    for period, post, dept in [("Period", "Position", "Department"), ("Jul 2013 – Jun 2016", "Sales Executive", "Sales"),
                               ("Jul 2016 – present", "Regional Sales Manager", "Sales")]:
        s.text(200, y, period, 24, "serif")
        s.text(600, y, post, 24, "serif")
        s.text(1100, y, dept, 24, "serif")
        y += 50
    text_lines(s, 160, y + 60, ["Yours faithfully,", "", "Grace MAI", "HR Manager"], 24, "serif", 44)
    return scanned_png(s, "columns"), {"employer": "Eastwind Home Appliances (Foshan) Co., Ltd.", "position": "Regional Sales Manager",
                                       "start_date": "2013-07-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-post-ending-in-gang.png", post_ending_in_gang, "work_experience_letter", "post-ending-in-gang"),
              ("work-full-time-basis.png", full_time_basis, "work_experience_letter", "full-time-basis"),
              ("work-former-employee.png", former_employee, "work_experience_letter", "former-employee"),
              ("work-career-columns.png", career_columns, "work_experience_letter", "career-columns")]
    return write_drawn(folder, papers)
