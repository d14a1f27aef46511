"""A four-hundred-and-fifty-first drawn set, of Chinese work letters, drawn after the stop's last reader change, to be
read cold, in wording and layouts no earlier set drew: a post named as 担任…职务 after 任职期间; a traditional letter in
figures (於…加入本公司，擔任…，並於…離職); a ruled table of two columns with a row for the reason of leaving (离职原因).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfiftyfirst`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def post_as_duty() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "太原晋阳重工机械有限公司", 36, "serif_cjk")
    s.text(700, 200, "工作证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹有刘海洋同志，自2016年8月15日起至2023年2月28日在我单位工作，任职期间担任采购部经理职务。特此证明。", 28, 30, 60)
    text_lines(s, 900, y + 100, ["太原晋阳重工机械有限公司", "2026年11月28日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "太原晋阳重工机械有限公司")
    return scanned_png(s, "asduty"), {"employer": "太原晋阳重工机械有限公司", "position": ("采购部经理", "经理"), "start_date": "2016-08-15",
                                      "end_date": "2023-02-28"}


def traditional_figures_joined() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "東莞恒昌物流有限公司", 36, "serif_cjk")
    s.text(700, 200, "離職證明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　本公司僱員區志偉先生，於2010年7月1日加入本公司，擔任物流主任，並於2015年6月30日離職。特此證明。", 29, 30, 60)
    text_lines(s, 900, y + 100, ["東莞恒昌物流有限公司", "2026年11月25日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "東莞恒昌物流有限公司")
    return scanned_png(s, "joinedzh"), {"employer": "東莞恒昌物流有限公司", "position": "物流主任", "start_date": "2010-07-01",
                                        "end_date": "2015-06-30"}


def reason_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "离职证明", 40, "serif_cjk")
    y = _ruled(s, 160, 220, [["姓名", "祁梦瑶"], ["单位名称", "兰州金城环保设备有限公司"], ["职务", "环保工程师"], ["入职时间", "2014年10月8日"],
                             ["离职时间", "2019年9月30日"], ["离职原因", "个人原因"]], [320, 900], 80, 26)
    text_lines(s, 160, y + 60, ["兰州金城环保设备有限公司", "2026年11月21日"], 26, "serif_cjk", 50)
    _chop(s, 1150, y + 90, "兰州金城环保设备有限公司")
    return scanned_png(s, "reason"), {"employer": "兰州金城环保设备有限公司", "position": "环保工程师", "start_date": "2014-10-08",
                                      "end_date": "2019-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-post-as-duty.png", post_as_duty, "work_experience_letter", "post-as-duty"),
              ("work-traditional-figures-joined.png", traditional_figures_joined, "work_experience_letter", "traditional-figures-joined"),
              ("work-reason-row.png", reason_row, "work_experience_letter", "reason-row")]
    return write_drawn(folder, papers)
