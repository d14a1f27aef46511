"""A five-hundred-and-fourteenth drawn set, of work experience letters, drawn after stop 83's last reader change, to be read cold and
left unmended, in wording and layouts no earlier set drew: a letter that names the post before the person (我公司销售总监刘思远同志);
an English letter 'an employee of … since …' who 'currently holds the position of …', dated after its place ('Ningbo, 30 November
2026'); particulars under labels no earlier letter used (聘用起始, 聘用终止, 聘用职位). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfourteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def post_before_person() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　我公司销售总监刘思远同志，自2015年6月1日至2022年8月31日在我公司", "工作，工作期间表现良好。", "　　特此证明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["石家庄正定医药销售有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1340, y + 60, "石家庄正定医药销售有限公司")
    return scanned_png(s, "postbefore"), {"employer": "石家庄正定医药销售有限公司", "position": "销售总监", "start_date": "2015-06-01",
                                          "end_date": "2022-08-31"}


def employee_since_currently_holds() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Ningbo Eastport Logistics Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Ningbo, 30 November 2026", "", "To whom it may concern", "",
                             "This is to confirm that Ms. GU Xin has been an employee of Ningbo Eastport Logistics Co., Ltd. since",
                             "16 May 2017. She currently holds the position of Customs Compliance Manager.", "",
                             "Yours faithfully,", "", "Head of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "employeesince"), {"employer": "Ningbo Eastport Logistics Co., Ltd.", "position": "Customs Compliance Manager",
                                             "start_date": "2017-05-16", "end_date": "2026-11-30"}


def hire_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "员工聘用情况证明", 40, "serif_cjk")
    y = text_lines(s, 220, 240, ["员工姓名：卢家明", "聘用起始：2013年4月8日", "聘用终止：2020年4月7日", "聘用职位：质量检验员", "",
                                 "以上情况属实，特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, y + 80, ["宁波北仑模具制造有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1340, y + 40, "宁波北仑模具制造有限公司")
    return scanned_png(s, "hirelabels"), {"employer": "宁波北仑模具制造有限公司", "position": "质量检验员", "start_date": "2013-04-08",
                                          "end_date": "2020-04-07"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-post-before-person.png", post_before_person, "work_experience_letter", "post-before-person"),
              ("work-employee-since-currently-holds.png", employee_since_currently_holds, "work_experience_letter", "employee-since-currently-holds"),
              ("work-hire-labels.png", hire_labels, "work_experience_letter", "hire-labels")]
    return write_drawn(folder, papers)
