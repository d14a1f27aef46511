"""A four-hundred-and-thirtieth drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a
letter that a person 'was engaged in' a kind of work (从事软件测试工作) over months, then 'served as' a post; a ruled
table whose labels stand across its top row and values in the row under them (员工姓名, 入职时间, 离职时间, 所任岗位); a
traditional letter, dates in Han numerals, 入職 … 擔任 … 至 … 止. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredthirtieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def engaged_in_work() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "南京瑞讯信息技术有限公司", 36, "serif_cjk")
    s.text(700, 200, "证  明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明张晓东同志（身份证号码已核对）自2012年7月至2019年3月在我单位从事软件测试工作，其间任测试组长。该同志工作认真负责。", 29, 30, 60)
    text_lines(s, 900, y + 100, ["南京瑞讯信息技术有限公司", "二〇二六年十一月二十日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "南京瑞讯信息技术有限公司")
    return scanned_png(s, "engaged"), {"employer": "南京瑞讯信息技术有限公司", "position": "测试组长", "start_date": "2012-07-01",
                                       "end_date": "2019-03-31"}


def labels_across_the_top() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "合肥徽光新能源科技有限公司", 36, "serif_cjk")
    s.text(640, 190, "员工在职信息表", 36, "serif_cjk")
    y = _ruled(s, 140, 300, [["员工姓名", "入职时间", "离职时间", "所任岗位"], ["邓佳琪", "2015年4月13日", "2021年10月8日", "电池材料研究员"]],
               [300, 340, 340, 400], 84, 26)
    text_lines(s, 140, y + 60, ["以上信息属实。", "", "合肥徽光新能源科技有限公司人力资源部", "2026年11月25日"], 26, "serif_cjk", 50)
    _chop(s, 1200, y + 200, "合肥徽光新能源科技有限公司")
    return scanned_png(s, "acrosstop"), {"employer": "合肥徽光新能源科技有限公司", "position": "电池材料研究员", "start_date": "2015-04-13",
                                         "end_date": "2021-10-08"}


def traditional_han_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "深圳鵬程貿易有限公司", 36, "serif_cjk")
    s.text(660, 200, "工作證明書", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　茲證明陳嘉慧女士於二〇一四年九月一日入職本公司，擔任市場推廣主任，至二〇二〇年十二月三十一日止。特此證明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["深圳鵬程貿易有限公司", "二〇二六年十一月十九日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "深圳鵬程貿易有限公司")
    return scanned_png(s, "tradhan"), {"employer": "深圳鵬程貿易有限公司", "position": "市場推廣主任", "start_date": "2014-09-01",
                                       "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-engaged-in-work.png", engaged_in_work, "work_experience_letter", "engaged-in-work"),
              ("work-labels-across-the-top.png", labels_across_the_top, "work_experience_letter", "labels-across-the-top"),
              ("work-traditional-han-dates.png", traditional_han_dates, "work_experience_letter", "traditional-han-dates")]
    return write_drawn(folder, papers)
