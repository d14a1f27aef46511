"""A three-hundred-and-forty-third drawn set, of work experience letters, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: a hospital's English letter of a doctor who 'has
worked in the Department of … since July 2014 as an Attending Physician'; a Chinese leaving certificate printed with
blanks and filled in over underlines (兹证明 ___ 于 ___ 年 ___ 月 ___ 日至 … 在本公司 ___ 部门担任 ___ 职务); an English letter whose stay
is given in its reference line ('Re: Employment of Mr. … (15/09/2011 – 31/12/2019)'); a ruled table of bilingual
labels (职务 Position, 入职日期 Date joined). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredfortythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def hospital_since_a_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Southbay People's Hospital of Zhanjiang", 30, "serif_bold")
    text_lines(s, 160, 200, ["11 November 2026", "", "To whom it may concern", "",
                             "Dr. MO Yuxin has worked in the Department of Radiology of our hospital since July 2014 as an",
                             "Attending Physician, and is on our staff today.", "",
                             "Medical Affairs Office"], 24, "serif", 44)
    return scanned_png(s, "hospital"), {"employer": "Southbay People's Hospital of Zhanjiang", "position": "Attending Physician",
                                        "start_date": "2014-07-01"}


def filled_blanks() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "离职证明", 46, "serif_cjk")
    y, x = 260, 160
    for part, filled in [("兹证明", "钱梦瑶"), ("于", "2016"), ("年", "4"), ("月", "18"), ("日至", "2022"), ("年", "11"), ("月", "30"),
                         ("日在本公司", "市场"), ("部门担任", "品牌经理"), ("职务，现已办理离职手续。", "")]:
        x = s.text(x, y, part, 26, "serif_cjk") + 8
        if filled:
            w = max(70, 30 * len(filled) + 20)
            s.d.line([x, y + 34, x + w, y + 34], fill="black", width=2)
            s.text(x + 10, y - 2, filled, 26, "mono" if filled.isascii() else "serif_cjk")
            x += w + 8
        if x > 1350:
            x, y = 160, y + 70
    text_lines(s, 900, y + 160, ["广州珠江日化用品有限公司", "2022年12月1日"], 26, "serif_cjk", 56)
    _chop(s, 1440, y + 240, "广州珠江日化用品有限公司")
    return scanned_png(s, "blanks"), {"employer": "广州珠江日化用品有限公司", "position": "品牌经理", "start_date": "2016-04-18",
                                      "end_date": "2022-11-30"}


def stay_in_the_reference() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lakeshore Pharmaceuticals (Suzhou) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["6 January 2020", "", "Re: Employment of Mr. XIA Junjie (15/09/2011 – 31/12/2019)", "",
                             "Mr. XIA served as our Head of Procurement and looked after our suppliers in East China.", "",
                             "Kind regards,", "", "Amy SHI", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "reference"), {"employer": "Lakeshore Pharmaceuticals (Suzhou) Co., Ltd.", "position": "Head of Procurement",
                                         "start_date": "2011-09-15", "end_date": "2019-12-31"}


def bilingual_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "工作证明 Employment Certificate", 36, "serif_cjk")
    y = _ruled(s, 160, 220, [["姓名 Name", "蒋子豪 JIANG Zihao"], ["单位 Employer", "合肥科讯智能语音有限公司"], ["职务 Position", "审计负责人 Head of Audit"],
                             ["入职日期 Date joined", "2013-02-18"], ["离职日期 Date left", "2021-05-31"]], [420, 760], 64, 26)
    text_lines(s, 900, y + 100, ["合肥科讯智能语音有限公司", "2021年6月3日"], 26, "serif_cjk", 56)
    _chop(s, 1440, y + 180, "合肥科讯智能语音有限公司")
    return scanned_png(s, "bilingual"), {"employer": "合肥科讯智能语音有限公司", "position": ("审计负责人", "审计负责人 Head of Audit", "Head of Audit"),
                                         "start_date": "2013-02-18", "end_date": "2021-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-hospital-since-a-month.png", hospital_since_a_month, "work_experience_letter", "hospital-since-a-month"),
              ("work-filled-blanks.png", filled_blanks, "work_experience_letter", "filled-blanks"),
              ("work-stay-in-the-reference.png", stay_in_the_reference, "work_experience_letter", "stay-in-the-reference"),
              ("work-bilingual-labels.png", bilingual_labels, "work_experience_letter", "bilingual-labels")]
    return write_drawn(folder, papers)
