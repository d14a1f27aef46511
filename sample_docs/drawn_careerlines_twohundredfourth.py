"""A two-hundred-and-fourth drawn set, a sixth test set of work experience letters, drawn after the readers were
mended for the two-hundred-and-third (plans): five letters in wording no set used. An English letter whose employment
'commenced on … and concluded on …'; a traditional Chinese service letter with dates in Chinese numerals and the post
'at leaving' (任期由二〇一〇年九月一日至…，離職時職稱為…); a one-row ruled table under its headings ('Name | Position |
Date joined | Date left'); a simplified Chinese letter ('加入我公司，任工艺工程师一职，至…因个人原因辞职'); 'Between … and …, Ms.
… held the role of …'. Each is a case of its own, read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def commenced_concluded() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Ningbo Eastgate Precision Moulds Co., Ltd.", 30, "serif_bold")
    s.text(140, 136, "No. 88 Huancheng Road, Beilun District, Ningbo", 20, "serif")
    text_lines(s, 140, 230, ["24 November 2026", "", "Re: Confirmation of employment", "",
                             "This letter confirms that Mr. TAN Yiheng worked with us full-time as Quality Assurance",
                             "Supervisor. His employment commenced on 9 September 2013 and concluded on 30 June 2021.",
                             "", "Sincerely,", "", "", "Cheng Meiling", "Human Resources Manager"], 22, "serif", 42)
    return scanned_png(s, "commenced"), {"employer": "Ningbo Eastgate Precision Moulds Co., Ltd.",
                                   "position": "Quality Assurance Supervisor", "start_date": "2013-09-09",
                                   "end_date": "2021-06-30"}


def traditional_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 140, "服務證明書", 46, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　陳怡君女士曾於本公司服務，任期由二〇一〇年九月一日至二〇一八年六月三十日，離職時職稱為資深產品經理。"
                   "在職期間工作認真負責。特此證明。", 34, 28, 56)
    s.text(880, y + 140, "廈門鷺島數碼科技有限公司", 28, "serif_cjk")
    s.text(960, y + 200, "二〇二六年十一月二十日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "廈門鷺島數碼科技有限公司")
    return scanned_png(s, "numerals"), {"employer": "廈門鷺島數碼科技有限公司", "position": "資深產品經理",
                                  "start_date": "2010-09-01", "end_date": "2018-06-30"}


def one_row_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Wuxi Taihu Semiconductor Test Co., Ltd.", 30, "sans_bold")
    s.text(140, 150, "EMPLOYMENT VERIFICATION", 26, "sans_bold")
    s.text(140, 220, "At the request of the person named below we verify the following particulars.", 20, "sans")
    _ruled(s, 140, 290, [["Name", "Position", "Date joined", "Date left"],
                         ["GUO Ruoxi", "Test Engineer", "12/04/2016", "03/11/2023"]], [330, 400, 300, 300], 64, 22)
    s.text(140, 500, "Date of issue: 26 November 2026", 20, "sans")
    return scanned_png(s, "onerow"), {"employer": "Wuxi Taihu Semiconductor Test Co., Ltd.", "position": "Test Engineer",
                                "start_date": "2016-04-12", "end_date": "2023-11-03"}


def simplified_resigned() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 140, "证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　马海峰同志于2014年10月8日加入我公司，任工艺工程师一职，至2022年5月20日因个人原因辞职。"
                   "特此证明。", 34, 28, 56)
    s.text(900, y + 140, "常州武进新材料有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月23日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "常州武进新材料有限公司")
    return scanned_png(s, "resigned"), {"employer": "常州武进新材料有限公司", "position": "工艺工程师", "start_date": "2014-10-08",
                                  "end_date": "2022-05-20"}


def between_and() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Chengdu Jinsha Biotech Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["20 November 2026", "", "To the Immigration Department, Hong Kong", "",
                             "Between 14 January 2011 and 2 October 2017, Ms. ZHOU Wanqing held the role of Clinical",
                             "Research Associate at our Chengdu site.", "", "",
                             "For and on behalf of", "Chengdu Jinsha Biotech Co., Ltd.", "", "Liu Xiaodong, Director"],
               22, "serif", 42)
    return scanned_png(s, "between"), {"employer": "Chengdu Jinsha Biotech Co., Ltd.", "position": "Clinical Research Associate",
                                 "start_date": "2011-01-14", "end_date": "2017-10-02"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-commenced.png", commenced_concluded, "work_experience_letter", "commenced-concluded"),
              ("experience-numerals.png", traditional_numerals, "work_experience_letter", "traditional-numerals"),
              ("experience-one-row.png", one_row_table, "work_experience_letter", "one-row-table"),
              ("experience-resigned.png", simplified_resigned, "work_experience_letter", "simplified-resigned"),
              ("experience-between.png", between_and, "work_experience_letter", "between-and")]
    return write_drawn(folder, papers)
