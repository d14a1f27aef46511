"""A three-hundred-and-seventh drawn set, of work experience letters, in wording and layouts no earlier set drew: an
English letter whose particulars are one ruled row under the headings 'Employee | Department | Designation | From | To';
a letter telling a career in dated steps ('Joined: March 2016 as Analyst', 'Promoted: January 2019 to Senior Analyst',
'Left: 31 August 2022'); a traditional Chinese letter with its dates in Chinese numerals (由二〇一五年五月四日起受僱…職位為…
至二〇二一年十月三十一日離職); a simplified Chinese letter whose particulars are a ruled table with headings over one row
(姓名 | 部门 | 职务 | 入职时间 | 离职时间). Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredseventh`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def one_ruled_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tianshan Solar Glass Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 190, ["20 November 2026", "", "CERTIFICATE OF SERVICE", "", "We certify the service with us of the employee below."],
               24, "serif", 44)
    _ruled(s, 140, 420, [["Employee", "Department", "Designation", "From", "To"],
                         ["QIN Lei", "Coating Plant", "Process Engineer", "01/04/2016", "15/10/2022"]],
           [240, 260, 300, 220, 220], 56, 22)
    text_lines(s, 140, 600, ["Human Resources"], 24, "serif", 44)
    return scanned_png(s, "ruledrow"), {"employer": "Tianshan Solar Glass Co., Ltd.", "position": "Process Engineer",
                                        "start_date": "2016-04-01", "end_date": "2022-10-15"}


def dated_steps() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbin Icefield Securities Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 190, ["Re: Ms. SUN Peiyu", "", "Joined:  14 March 2016 as Analyst", "Promoted:  January 2019 to Senior Analyst",
                             "Left:  31 August 2022", "", "Her work was of a consistently high standard.", "", "Talent Management Office"],
               24, "sans", 46)
    return scanned_png(s, "steps"), {"employer": "Harbin Icefield Securities Co., Ltd.", "position": "Senior Analyst",
                                     "start_date": "2016-03-14", "end_date": "2022-08-31"}


def chinese_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "服務證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明孔慧琳小姐由二〇一五年五月四日起受僱於本公司，職位為高級客戶經理，",
                             "至二〇二一年十月三十一日離職。", "", "　　特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 540, ["廈門鷺江國際貨運代理有限公司", "二〇二六年十一月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1460, 520, "廈門鷺江國際貨運代理有限公司")
    return scanned_png(s, "numerals"), {"employer": "廈門鷺江國際貨運代理有限公司", "position": "高級客戶經理",
                                        "start_date": "2015-05-04", "end_date": "2021-10-31"}


def headed_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "离职证明", 44, "serif_cjk")
    _ruled(s, 140, 240, [["姓名", "部门", "职务", "入职时间", "离职时间"], ["包文博", "采购部", "采购主管", "2014.07.07", "2020.12.31"]],
           [220, 240, 260, 260, 260], 60, 26)
    text_lines(s, 160, 420, ["　　上述人员已办妥离职手续，特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 540, ["无锡太湖精密机械有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 520, "无锡太湖精密机械有限公司")
    return scanned_png(s, "headed"), {"employer": "无锡太湖精密机械有限公司", "position": "采购主管",
                                      "start_date": "2014-07-07", "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-one-ruled-row.png", one_ruled_row, "work_experience_letter", "one-ruled-row"),
              ("experience-dated-steps.png", dated_steps, "work_experience_letter", "dated-steps"),
              ("experience-chinese-numeral-dates.png", chinese_numeral_dates, "work_experience_letter", "chinese-numeral-dates"),
              ("experience-headed-table.png", headed_table, "work_experience_letter", "headed-table")]
    return write_drawn(folder, papers)
