"""A five-hundred-and-ninth drawn set, of work experience letters, drawn before stop 83's reader changes for it, in wording and
layouts no earlier set drew: a career told as a ruled table of 起止时间 | 部门 | 职务 under '在我公司的工作经历如下'; a letter that tells
the leaving first (于…从我公司离职) and the joining after (自…入职以来，一直担任…); an English reference of bulleted particulars under
labels no earlier letter used (Employment, Last held). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def career_rows_with_department() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 220, ["　　兹证明程浩然同志在我公司的工作经历如下："], 30, "serif_cjk", 62)
    y = _ruled(s, 160, 300, [["起止时间", "部门", "职务"], ["2010.07—2013.12", "研发部", "助理工程师"], ["2014.01—2019.10", "研发部", "工程师"]],
               [420, 360, 420], 72, 26)
    text_lines(s, 160, y + 50, ["　　特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 160, ["常州龙城精密机械有限公司", "2026年11月20日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 210, "常州龙城精密机械有限公司")
    return scanned_png(s, "careerdept"), {"employer": "常州龙城精密机械有限公司", "position": "工程师", "start_date": "2010-07-01",
                                          "end_date": "2019-10-31"}


def left_first_joined_after() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "离职证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　钟雅琪同志于2020年9月30日从我公司离职。该同志自2016年3月1日入职", "以来，一直担任品牌策划专员。", "　　特此证明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["厦门鹭岛文化传媒有限公司", "2026年11月22日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "厦门鹭岛文化传媒有限公司")
    return scanned_png(s, "leftfirst"), {"employer": "厦门鹭岛文化传媒有限公司", "position": "品牌策划专员", "start_date": "2016-03-01",
                                         "end_date": "2020-09-30"}


def bulleted_reference() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Tianjin Binhai Freight Forwarding Co., Ltd.", 28, "serif_bold")
    s.text(680, 190, "REFERENCE", 32, "serif_bold")
    rows = ["Employee: Mr. WEI Dong", "Employment: 1 February 2013 - 28 February 2018", "Last held: Logistics Coordinator",
            "Remarks: Left of his own accord; no disciplinary record."]
    for i, row in enumerate(rows):
        y = 300 + 56 * i
        s.d.ellipse((200, y + 9, 210, y + 19), fill=(0, 0, 0))
        s.text(230, y, row, 24, "serif")
    text_lines(s, 160, 600, ["Date: 29 November 2026", "", "Operations Director"], 24, "serif", 44)
    return scanned_png(s, "bulletref"), {"employer": "Tianjin Binhai Freight Forwarding Co., Ltd.", "position": "Logistics Coordinator",
                                         "start_date": "2013-02-01", "end_date": "2018-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-career-rows-with-department.png", career_rows_with_department, "work_experience_letter", "career-rows-with-department"),
              ("work-left-first-joined-after.png", left_first_joined_after, "work_experience_letter", "left-first-joined-after"),
              ("work-bulleted-reference.png", bulleted_reference, "work_experience_letter", "bulleted-reference")]
    return write_drawn(folder, papers)
