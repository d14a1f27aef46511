"""A hundred-and-sixty-sixth drawn set, a third test set of plans: five business plans in wording and layouts no set
used, drawn after the plans' readers were mended for the hundred-and-sixty-first. A start-up budget whose sources of
funds are the owner's capital and a director's loan; a plan in traditional Chinese with a table of 首年 / 次年 (收入,
本地僱員人數); targets by calendar year ('Turnover target for 2027: HK$2.8m', 'Recruitment: 3 Hong Kong staff in 2027');
a plan in simplified Chinese prose (启动资金港币30万元, 首年营业收入预计港币90万元, 计划招聘本地员工2名); a timeline of
milestones whose hires in the first year add up. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredsixtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24, leading: int = 46) -> int:
    for line in lines:
        s.text(140, y, line, size, "serif")
        y += leading
    return y


def plan_startup_budget() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Fernleaf Physiotherapy Limited", 32, "serif_bold")
    s.text(140, 160, "Start-up budget", 28, "serif_bold")
    _ruled(s, 140, 220, [["Source of funds", "HK$"], ["Owner's capital", "480,000"], ["Loan from director", "120,000"], ["Total", "600,000"]],
           [620, 400], 62, 24)
    _lines(s, 520, ["Projected turnover, first year: HK$1,350,000", "Local staff to be hired: 2 physiotherapists"])
    return scanned_png(s, "budget"), {"capital_hkd": 480000.0, "projected_turnover_hkd": 1350000.0, "local_jobs": 2}


def plan_hant_first_second_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "澄江環境檢測有限公司", 40, "serif_cjk")
    s.text(700, 190, "業務計劃書", 38, "serif_cjk")
    s.text(140, 290, "實收資本：港幣800,000元", 30, "serif_cjk")
    _ruled(s, 140, 370, [["項目", "首年", "次年"], ["收入（港元）", "2,400,000", "3,600,000"], ["本地僱員人數", "4", "6"]], [520, 400, 400], 70, 28)
    return scanned_png(s, "hantyears"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 4}


def plan_calendar_targets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Quartz Harbour Events Limited", 32, "serif_bold")
    _lines(s, 190, ["Incorporated: October 2026", "Paid-up capital: HK$550,000", "Turnover target for 2027: HK$2.8m",
                    "Turnover target for 2028: HK$4.1m", "Recruitment: 3 Hong Kong staff in 2027, 2 more in 2028"], 26, 58)
    return scanned_png(s, "calendar"), {"capital_hkd": 550000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 3}


def plan_hans_prose_startup() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "香港青禾茶饮管理有限公司", 40, "serif_cjk")
    s.text(760, 190, "创业计划", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司启动资金港币30万元，由股东以实缴资本投入。首年营业收入预计港币90万元。开业初期计划招聘本地员工2名，"
               "负责门店运营。", 36, 30, 60)
    return scanned_png(s, "hansstartup"), {"capital_hkd": 300000.0, "projected_turnover_hkd": 900000.0, "local_jobs": 2}


def plan_milestone_hires() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ridgeback Robotics Limited", 32, "serif_bold")
    _lines(s, 170, ["Initial capital: HK$1,000,000 (paid up)", "Revenue, year 1: HK$3,000,000"])
    s.text(140, 300, "Milestones", 28, "serif_bold")
    _ruled(s, 140, 350, [["When", "Milestone"], ["Q1 2027", "Hire 2 local engineers"], ["Q3 2027", "Hire 1 local sales executive"],
                         ["Q2 2028", "Open a demonstration centre"]], [300, 900], 62, 24)
    return scanned_png(s, "milestones"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-startup-budget.png", plan_startup_budget, "business_plan", "startup-budget"),
              ("plan-hant-years.png", plan_hant_first_second_year, "business_plan", "hant-first-second-year"),
              ("plan-calendar-targets.png", plan_calendar_targets, "business_plan", "calendar-targets"),
              ("plan-hans-startup.png", plan_hans_prose_startup, "business_plan", "hans-prose-startup"),
              ("plan-milestone-hires.png", plan_milestone_hires, "business_plan", "milestone-hires")]
    return write_drawn(folder, papers)
