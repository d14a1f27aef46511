"""A three-hundred-and-seventy-fifth drawn set, of Chinese work letters, drawn after the stop's last reader change, to
be read cold and left unmended, in wording and layouts no earlier set drew: a letter that a person 于…进入我公司 and 于…
与我公司解除劳动合同, 在职期间任…; a school's letter of a teacher 自…起在我校任教，担任…; a letter of a career whose
years stand at the heads of short lines (2013年7月—2016年6月　技术员). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredseventyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def contract_ended() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "证　明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　严子豪，男，于2016年4月11日进入我公司，在职期间任电气设计工程师，于2023年1月31日与我公司",
                             "解除劳动合同。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["南通江海电力设计有限公司", "2026年11月8日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "南通江海电力设计有限公司")
    return scanned_png(s, "contractended"), {"employer": "南通江海电力设计有限公司", "position": "电气设计工程师", "start_date": "2016-04-11",
                                             "end_date": "2023-01-31"}


def school_teacher() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "漳州市芗城实验中学", 42, "serif_cjk")
    s.text(720, 200, "工作证明", 40, "serif_cjk")
    text_lines(s, 160, 320, ["　　兹证明叶思颖老师自2015年9月1日起在我校任教，担任高中化学教师，至今仍在我校工作。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 540, ["漳州市芗城实验中学", "2026年11月21日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 610, "漳州市芗城实验中学")
    return scanned_png(s, "teacher"), {"employer": "漳州市芗城实验中学", "position": ("高中化学教师", "化学教师"), "start_date": "2015-09-01"}


def career_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 230, ["　　兹证明卫晨光同志在我公司的工作经历如下：", "",
                             "　　2013年7月—2016年6月　　技术员", "　　2016年7月—2020年3月　　工艺工程师",
                             "　　2020年4月—2024年8月　　工艺部主管", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 720, ["柳州龙城汽车零部件有限公司", "2026年11月19日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 790, "柳州龙城汽车零部件有限公司")
    return scanned_png(s, "careerlines"), {"employer": "柳州龙城汽车零部件有限公司", "position": "工艺部主管", "start_date": "2013-07-01",
                                           "end_date": "2024-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-contract-ended.png", contract_ended, "work_experience_letter", "contract-ended"),
              ("work-school-teacher.png", school_teacher, "work_experience_letter", "school-teacher"),
              ("work-career-lines.png", career_lines, "work_experience_letter", "career-lines")]
    return write_drawn(folder, papers)
