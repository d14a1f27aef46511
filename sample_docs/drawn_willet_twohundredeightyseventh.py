"""A two-hundred-and-eighty-seventh drawn set, of business plans (read cold at 78 % at stop 72), in layouts and wording
no earlier set drew: a plan of questions and answers ('How much will the owners put in?  HK$600,000.'); three boxed
figures side by side, each caption over its figure ('Start-up funds' over 'HK$750,000'); a simplified Chinese plan
of milestones by month (第1个月 … 第12个月), its year's turnover and headcount told at the twelfth month; a plan told
in one sentence of thousands and millions written 'k' and 'm', its year-one hires before those of later years. Each is
a case of its own (`scripts/bench_drawn_forms.py --set twohundredeightyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def questions_and_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tidewater Kayak Tours Limited — our plan in brief", 28, "serif_bold")
    text_lines(s, 140, 200, ["What do we do?  Guided sea-kayak trips round Sai Kung for visitors and schools.",
                             "How much will the owners put in?  HK$600,000.", "What sales do we expect in year one?  About HK$2.1 million.",
                             "How many people will we employ here?  Three, all Hong Kong residents."], 24, "serif", 56)
    return scanned_png(s, "questions"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 3}


def boxed_figures() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brightpath Optometry Limited", 32, "sans_bold")
    s.text(140, 160, "Business plan 2027: the year at a glance", 24, "sans")
    for k, (caption, figure) in enumerate([("Start-up funds", "HK$750,000"), ("Year-1 turnover target", "HK$2.6M"),
                                           ("HK jobs by year-end", "4")]):
        x = 140 + 440 * k
        s.d.rectangle([x, 260, x + 400, 460], outline="black", width=3)
        s.text(x + 24, 285, caption, 22, "sans")
        s.text(x + 24, 350, figure, 48, "sans_bold")
    return scanned_png(s, "boxes"), {"capital_hkd": 750000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def milestones_by_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "星海跨境电商有限公司", 40, "serif_cjk")
    s.text(620, 170, "首年经营计划", 34, "serif_cjk")
    text_lines(s, 160, 270, ["第1个月：完成公司注册，股东注资港币50万元；", "第3个月：租用葵涌仓库，开展试营业；",
                             "第6个月：聘请本地员工2名；", "第12个月：本地员工增至4名，全年营业额达港币300万元。"], 28, "serif_cjk", 64)
    return scanned_png(s, "milestones"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 4}


def one_sentence_k_and_m() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Copperleaf Joinery Limited", 28, "serif_bold")
    s.text(140, 160, "Plan summary", 24, "serif_bold")
    text_lines(s, 140, 240, ["We are putting HK$380k of our own money in, aim to turn over HK$1.6m in the first twelve months,",
                             "and plan to hire two people locally in year one, rising to five by year three."], 24, "serif", 44)
    return scanned_png(s, "kandm"), {"capital_hkd": 380000.0, "projected_turnover_hkd": 1600000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-questions.png", questions_and_answers, "business_plan", "questions-and-answers"),
              ("plan-boxed-figures.png", boxed_figures, "business_plan", "boxed-figures"),
              ("plan-milestones.png", milestones_by_month, "business_plan", "milestones-by-month"),
              ("plan-k-and-m.png", one_sentence_k_and_m, "business_plan", "one-sentence-k-and-m")]
    return write_drawn(folder, papers)
