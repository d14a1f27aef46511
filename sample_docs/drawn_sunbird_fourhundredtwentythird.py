"""A four-hundred-and-twenty-third drawn set, of Chinese work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter that a person 'since joining in' a
month 'has served all along in the firm's technical department as' a post, 'still in post' (自…入职以来，一直在我公司技术部担任…，
现仍在职); a traditional letter of a stay 'from … to … ending', 'last title' a post (期間自…至…止，最後職稱為…); rows of a
career without rules (起止年月, 工作单位, 职务). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredtwentythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def all_along() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["兹证明：", "　　我公司员工罗一鸣，男，1990年5月出生，自2013年10月入职以来，一直在我公司技术部担任结构设计师，",
                             "现仍在职。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 600, ["苏州金鸡湖建筑设计有限公司", "2026年11月23日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 660, "苏州金鸡湖建筑设计有限公司")
    return scanned_png(s, "allalong"), {"employer": "苏州金鸡湖建筑设计有限公司", "position": "结构设计师", "start_date": "2013-10-01"}


def last_title() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "服務證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明黃志明君曾於本公司服務，期間自2012年5月2日至2017年12月29日止，最後職稱為專案經理。", "", "　　特此證明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["香港九龍灣捷運科技有限公司", "2026年11月25日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "香港九龍灣捷運科技有限公司")
    return scanned_png(s, "lasttitle"), {"employer": "香港九龍灣捷運科技有限公司", "position": "專案經理", "start_date": "2012-05-02",
                                         "end_date": "2017-12-29"}


def career_rows_unruled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 200, 230, ["姓　　名：韦晓岚", "起止年月：2015.07 — 2020.09", "工作单位：南宁市第二人民医院", "职　　务：主管护师", "",
                             "　　经核实，以上情况属实。"], 26, "serif_cjk", 62)
    text_lines(s, 900, 650, ["南宁市第二人民医院", "2026年11月11日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 700, "南宁市第二人民医院")
    return scanned_png(s, "unruled"), {"employer": "南宁市第二人民医院", "position": "主管护师", "start_date": "2015-07-01", "end_date": "2020-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-all-along.png", all_along, "work_experience_letter", "all-along"),
              ("work-last-title.png", last_title, "work_experience_letter", "last-title"),
              ("work-career-rows-unruled.png", career_rows_unruled, "work_experience_letter", "career-rows-unruled")]
    return write_drawn(folder, papers)
