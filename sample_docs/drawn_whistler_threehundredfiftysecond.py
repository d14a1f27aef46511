"""A three-hundred-and-fifty-second drawn set, of a report and work letters, drawn at the end of stop 77 after its last
reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: a student's record of a
qualification in rows with both an entry date and a graduation date, and no code; an English letter of a stay 'up to
and including' its last day, 'his last role being …', its person named with his passport's number; a Chinese letter
of a civil servant whose post carries its rank in brackets (现任办公室副主任（副科级）). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfiftysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def record_with_entry_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "高等教育学历信息", 40, "serif_cjk")
    y = 220
    for label, value in [("姓名", "甘若曦"), ("性别", "女"), ("出生日期", "2000年5月22日"), ("学校名称", "黔南工程学院"), ("专业", "土木工程"),
                         ("层次", "本科"), ("学历类别", "普通高等教育"), ("入学日期", "2018年9月8日"), ("毕业日期", "2022年6月24日"),
                         ("证书编号", "193891202205003125")]:
        s.text(240, y, label + "：", 28, "serif_cjk")
        s.text(520, y, value, 28, "serif_cjk" if not value.isascii() else "serif")
        y += 62
    return scanned_png(s, "record"), {"holder_name": "甘若曦", "sex": "F", "date_of_birth": "2000-05-22", "institution": "黔南工程学院",
                                      "major": "土木工程", "level": ("本科", "四年制本科"), "graduation_date": "2022-06-24",
                                      "certificate_number": "193891202205003125"}


def up_to_and_including() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lumina Creative Agency (Guangzhou) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["9 March 2022", "", "Dear Sir or Madam,", "", "Re: Mr. YU Hang", "",
                             "Our records show that Mr. YU Hang, holder of passport EK0417732, was employed in our Guangzhou office",
                             "from 17 March 2015 up to and including 28 February 2022, his last role being Senior Copywriter.", "",
                             "Yours faithfully,", "", "Office of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "including"), {"employer": "Lumina Creative Agency (Guangzhou) Co., Ltd.", "position": "Senior Copywriter",
                                         "start_date": "2015-03-17", "end_date": "2022-02-28"}


def rank_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "在职证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明龚浩宇同志系我单位在编职工，2013年8月起在我单位工作，现任办公室副主任（副科级）。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["厦门市思明区文化和旅游局", "2026年11月30日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "厦门市思明区文化和旅游局")
    return scanned_png(s, "rank"), {"employer": "厦门市思明区文化和旅游局", "position": ("办公室副主任", "办公室副主任（副科级）"),
                                    "start_date": "2013-08-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-record-with-entry-date.png", record_with_entry_date, "qualification_report", "record-with-entry-date"),
              ("work-up-to-and-including.png", up_to_and_including, "work_experience_letter", "up-to-and-including"),
              ("work-rank-in-brackets.png", rank_in_brackets, "work_experience_letter", "rank-in-brackets")]
    return write_drawn(folder, papers)
