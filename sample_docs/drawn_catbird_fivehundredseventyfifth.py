"""A five-hundred-and-seventy-fifth drawn set, stop 85's first round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: a bachelor's degree telling the studies in one sentence and the award in the next ('兹授予 韦俊杰 同学
管理学学士学位'); a letter telling a stay by joining and leaving ('joined … on 6 March 2017 as a …' and 'left the company on …'). Each is
a case of its own (`scripts/bench_drawn_forms.py --set fivehundredseventyfifth`). Every name and number is made up; 19226 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def award_sentence_apart() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　韦俊杰，男，2000年1月15日生，于2018年9月至2022年6月在本校工商管理专业",
                                 "完成了本科学业，经审核，符合学士学位授予条件。", "　　兹授予 韦俊杰 同学 管理学学士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 900, y + 100, ["滇南财经学院", "学位评定委员会主席（签名）", "2022年6月26日"], 28, "serif_cjk", 54)
    s.text(200, y + 380, "证书编号：1922642022000345", 24, "sans_cjk")
    _chop(s, 560, y + 200, "滇南财经学院")
    return scanned_png(s, "awardapart"), {"holder_name": "韦俊杰", "institution": "滇南财经学院", "degree": ("管理学学士", "管理学学士学位"),
                                          "major": "工商管理", "date_awarded": "2022-06-26", "certificate_number": "1922642022000345"}


def joined_and_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 110, "To Whom It May Concern", 30, "serif_bold")
    y = text_lines(s, 180, 200, ["Ms. TANG Yuxin joined Silverline Logistics (Shenzhen) Co., Ltd. on 6 March 2017 as a Customs Declaration",
                                 "Officer and left the company on 28 February 2021 at her own request. Her last drawn monthly salary was",
                                 "RMB 14,500. We found her diligent and reliable."], 24, "serif", 46)
    text_lines(s, 180, y + 80, ["Human Resources Department", "Silverline Logistics (Shenzhen) Co., Ltd.", "Date: 20 November 2026"], 24, "serif", 44)
    return scanned_png(s, "joinedleft"), {"employer": "Silverline Logistics (Shenzhen) Co., Ltd.", "position": "Customs Declaration Officer",
                                          "start_date": "2017-03-06", "end_date": "2021-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-award-sentence-apart.png", award_sentence_apart, "degree_certificate", "award-sentence-apart"),
              ("work-joined-and-left.png", joined_and_left, "work_experience_letter", "joined-and-left")]
    return write_drawn(folder, papers)
