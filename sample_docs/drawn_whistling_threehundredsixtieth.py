"""A three-hundred-and-sixtieth drawn set, in wording and layouts no earlier set drew: a bilingual work letter, the
Chinese first and its English translation under it; a report whose particulars are 'item | content' rows of a ruled
table with a heading row; an English letter that a person 'was on our rolls' between two dates 'in the grade of' a post.
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredsixtieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def chinese_then_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 90, "工作证明 / Employment Certificate", 34, "serif_cjk")
    text_lines(s, 160, 200, ["　　兹证明易晨阳同志于2015年10月12日至2022年3月31日在我公司任结构工程师。"], 26, "serif_cjk", 56)
    text_lines(s, 160, 300, ["This is to certify that Mr. YI Chenyang worked in our company as Structural Engineer from",
                             "12 October 2015 to 31 March 2022."], 24, "serif", 44)
    text_lines(s, 900, 480, ["长沙岳麓建筑设计院有限公司", "Changsha Yuelu Architectural Design Institute Co., Ltd.",
                             "2026年11月9日"], 24, "serif_cjk", 50)
    _chop(s, 1400, 560, "长沙岳麓建筑设计院有限公司")
    return scanned_png(s, "bilingual"), {"employer": ("长沙岳麓建筑设计院有限公司", "Changsha Yuelu Architectural Design Institute Co., Ltd."),
                                         "position": ("结构工程师", "Structural Engineer"), "start_date": "2015-10-12",
                                         "end_date": "2022-03-31"}


def item_and_content() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "学历证书电子注册信息", 42, "serif_cjk")
    _ruled(s, 200, 220, [["项目", "内容"], ["姓名", "郝晓彤"], ["性别", "女"], ["出生日期", "1997-07-19"], ["院校", "冀中医学院"],
                         ["专业", "护理学"], ["层次", "本科"], ["毕业日期", "2020-07-01"], ["证书编号", "193801202005000662"],
                         ["验证码", "Q7RN2XW9KT4MZH8P"]], [320, 900], 72, size=28)
    return scanned_png(s, "itemcontent"), {"holder_name": "郝晓彤", "sex": "F", "date_of_birth": "1997-07-19", "institution": "冀中医学院",
                                           "major": "护理学", "level": ("本科",), "graduation_date": "2020-07-01",
                                           "certificate_number": "193801202005000662", "verification_code": "Q7RN2XW9KT4MZH8P"}


def on_our_rolls() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Pearl Delta Power Equipment Group", 30, "serif_bold")
    s.text(160, 140, "Zhongshan, Guangdong", 20, "serif")
    text_lines(s, 160, 240, ["Ref: PDPE/HR/2026/311", "16 November 2026", "",
                             "Mr. FAN Zeyu was on our rolls from 1 July 2012 to 28 February 2019 in the grade of",
                             "Electrical Maintenance Supervisor at our Zhongshan works.", "",
                             "This letter is issued at his request.", "", "For Pearl Delta Power Equipment Group", "",
                             "Chief Personnel Officer"], 24, "serif", 44)
    return scanned_png(s, "rolls"), {"employer": "Pearl Delta Power Equipment Group", "position": "Electrical Maintenance Supervisor",
                                     "start_date": "2012-07-01", "end_date": "2019-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-chinese-then-english.png", chinese_then_english, "work_experience_letter", "chinese-then-english"),
              ("report-item-and-content.png", item_and_content, "qualification_report", "item-and-content"),
              ("work-on-our-rolls.png", on_our_rolls, "work_experience_letter", "on-our-rolls")]
    return write_drawn(folder, papers)
