"""A three-hundred-and-thirty-ninth drawn set, of work experience letters, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: a Chinese letter whose career stands in a ruled table
of periods, departments and posts, the last to 至今; an English letter whose employment 'ran from … through …', the post
told after a semicolon; a Chinese letter that names the post before the person (我公司高级会计师…女士) with dates in dots;
a traditional letter dated in the Republic of China's years (自民國一百年七月一日起至民國一百零九年六月三十日止). Each is a case of
its own (`scripts/bench_drawn_forms.py --set threehundredthirtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def career_in_a_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "工作证明", 46, "serif_cjk")
    s.text(160, 220, "　　兹证明贺晨阳同志在我公司工作，任职情况如下：", 26, "serif_cjk")
    y = _ruled(s, 160, 300, [["任职时间", "部门", "职务"], ["2015.07—2018.06", "财务部", "会计"], ["2018.07—至今", "财务部", "财务主管"]],
               [420, 300, 360], 64, 26)
    text_lines(s, 160, y + 60, ["　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, y + 180, ["无锡太湖精工机械有限公司", "2026年8月5日"], 26, "serif_cjk", 56)
    _chop(s, 1440, y + 260, "无锡太湖精工机械有限公司")
    return scanned_png(s, "table"), {"employer": "无锡太湖精工机械有限公司", "position": "财务主管", "start_date": "2015-07-01"}


def ran_from_through() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Eastgate Commercial Bank, Chengdu Branch", 30, "serif_bold")
    text_lines(s, 160, 200, ["17 September 2020", "", "To whom it may concern", "",
                             "Ms. HU Jing's employment with the Bank ran from 1 August 2013 through 31 July 2020; during that",
                             "time she worked as a Regional Credit Analyst in our corporate lending team.", "",
                             "Yours faithfully,", "", "Vincent DENG", "Branch Personnel Officer"], 24, "serif", 44)
    return scanned_png(s, "ranfrom"), {"employer": "Eastgate Commercial Bank, Chengdu Branch", "position": "Regional Credit Analyst",
                                       "start_date": "2013-08-01", "end_date": "2020-07-31"}


def post_before_person() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "证　明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　我公司高级会计师郝文静女士，自2011.09至2020.04在我公司工作，工作期间表现良好。",
                             "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["南京金陵恒信会计咨询有限公司", "2020年5月11日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "南京金陵恒信会计咨询有限公司")
    return scanned_png(s, "postfirst"), {"employer": "南京金陵恒信会计咨询有限公司", "position": "高级会计师", "start_date": "2011-09-01",
                                         "end_date": "2020-04-30"}


def republic_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "離職證明書", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　本公司證明蘇志明先生自民國一百年七月一日起至民國一百零九年六月三十日止任職本公司業務經理。",
                             "", "　　此致", "　　相關單位"], 26, "serif_cjk", 60)
    text_lines(s, 900, 600, ["臺北聯興電子股份有限公司", "中華民國一百零九年七月三日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 680, "臺北聯興電子股份有限公司")
    return scanned_png(s, "republic"), {"employer": "臺北聯興電子股份有限公司", "position": "業務經理", "start_date": "2011-07-01",
                                        "end_date": "2020-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-career-in-a-table.png", career_in_a_table, "work_experience_letter", "career-in-a-table"),
              ("work-ran-from-through.png", ran_from_through, "work_experience_letter", "ran-from-through"),
              ("work-post-before-person.png", post_before_person, "work_experience_letter", "post-before-person"),
              ("work-republic-years.png", republic_years, "work_experience_letter", "republic-years")]
    return write_drawn(folder, papers)
