"""A five-hundred-and-thirtieth drawn set, of work experience letters in Chinese, drawn for stop 84's first round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: 兹有我单位职工…自…至今在我单位从事…工作，现任…; an
employment record as a ruled table (姓名 / 入职时间 / 离职时间 / 所在部门 / 最后职务) in traditional characters. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredthirtieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def working_since_now_titled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹有我单位职工邝志远，身份证号：略，自2015年7月至今在我单位从事软件", "开发工作，现任高级软件工程师。", "　　特此证明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["珠海横琴数码科技有限公司", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 60, "珠海横琴数码科技有限公司")
    return scanned_png(s, "zhigong"), {"employer": "珠海横琴数码科技有限公司", "position": "高级软件工程师", "start_date": "2015-07-01",
                                       "end_date": "2026-11-26"}


def record_table_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "僱傭記錄證明", 42, "serif_cjk")
    y = _ruled(s, 200, 220, [["姓名", "溫曉彤"], ["入職時間", "2013年3月18日"], ["離職時間", "2020年8月31日"], ["所在部門", "財務部"],
                             ["最後職務", "財務主管"]], [300, 600], 72, 26)
    y = text_lines(s, 200, y + 50, ["以上資料屬實，特此證明。"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 80, ["澳門新口岸貿易有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1320, y + 40, "澳門新口岸貿易有限公司")
    return scanned_png(s, "recordtrad"), {"employer": "澳門新口岸貿易有限公司", "position": "財務主管", "start_date": "2013-03-18",
                                          "end_date": "2020-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-working-since-now-titled.png", working_since_now_titled, "work_experience_letter", "working-since-now-titled"),
              ("work-record-table-traditional.png", record_table_traditional, "work_experience_letter", "record-table-traditional")]
    return write_drawn(folder, papers)
