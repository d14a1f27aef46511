"""A four-hundred-and-thirty-eighth drawn set, of work letters in English and Chinese, in wording and layouts no earlier
set drew: a letter whose period is in figures, day first, and whose post is told last ('Her last held position was');
a ruled Chinese table of one row under its headings (工作时间, 工作单位, 职务) whose period is months with a slash
(2014/05—2019/11); a letter 'with effect from' a date 'up to and including' another. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredthirtyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def last_held_position() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Xiamen Seabreeze Consumer Electronics Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["25 November 2026", "", "Reference for Ms. PENG Xiaolu", "",
                             "Ms. PENG Xiaolu was employed by our company for the period from 01/09/2015 to 31/03/2021.",
                             "Her last held position was Regional Sales Manager (South China).", "",
                             "We wish her every success.", "", "HR Department"], 24, "serif", 44)
    return scanned_png(s, "lastheld"), {"employer": "Xiamen Seabreeze Consumer Electronics Co., Ltd.",
                                        "position": ("Regional Sales Manager", "Regional Sales Manager (South China)"),
                                        "start_date": "2015-09-01", "end_date": "2021-03-31"}


def one_row_under_headings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 40, "serif_cjk")
    s.text(160, 200, "兹证明卢文轩同志在我单位的工作经历如下：", 28, "serif_cjk")
    y = _ruled(s, 160, 270, [["工作时间", "工作单位", "职务"], ["2014/05—2019/11", "沈阳北方重型机械有限公司", "焊接工艺工程师"]],
               [360, 560, 400], 84, 26)
    text_lines(s, 160, y + 60, ["特此证明。", "", "沈阳北方重型机械有限公司", "2026年11月21日"], 26, "serif_cjk", 50)
    _chop(s, 1150, y + 190, "沈阳北方重型机械有限公司")
    return scanned_png(s, "onerow"), {"employer": "沈阳北方重型机械有限公司", "position": "焊接工艺工程师", "start_date": "2014-05-01",
                                      "end_date": "2019-11-30"}


def with_effect_from() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Wuhan Riverside Architectural Design Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["20 November 2026", "", "Dear Sir/Madam,", "",
                             "Mr. TAN Jun was employed by this firm as a full-time Structural Draughtsman with effect from",
                             "2 November 2009 up to and including 15 January 2016.", "", "Yours faithfully,", "",
                             "Practice Manager"], 24, "sans", 44)
    return scanned_png(s, "effect"), {"employer": "Wuhan Riverside Architectural Design Co., Ltd.", "position": "Structural Draughtsman",
                                      "start_date": "2009-11-02", "end_date": "2016-01-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-last-held-position.png", last_held_position, "work_experience_letter", "last-held-position"),
              ("work-one-row-under-headings.png", one_row_under_headings, "work_experience_letter", "one-row-under-headings"),
              ("work-with-effect-from.png", with_effect_from, "work_experience_letter", "with-effect-from")]
    return write_drawn(folder, papers)
