"""A three-hundred-and-thirty-fourth drawn set, of work experience letters, drawn at the end of stop 76 after its last
reader change and read cold, in wording and layouts no earlier set drew: a Chinese certificate of labelled rows whose
stay is a range with its length in brackets (工作年限：2013年9月—2021年4月（共七年七个月）, 担任职务); an English letter
from a hospital ('a member of our medical staff from … to …, lastly as Attending Physician in the Department of …');
a traditional Chinese certificate of service dated in the Republic of China's years (到職日期：民國103年3月1日, 職稱).
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredthirtyfourth`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def _rows_certificate(title: str, title_x: int, rows: list[tuple[str, str]], closing: str, signer: list[str], signer_x: int,
                      chop_x: int) -> Sheet:
    """A certificate of labelled rows under its title, a closing line, the signer's name and date with its chop."""
    s = Sheet()
    s.text(title_x, 100, title, 46, "serif_cjk")
    y = 230
    for label, value in rows:
        s.text(200, y, label + "：", 28, "serif_cjk")
        s.text(460, y, value, 28, "serif_cjk")
        y += 66
    text_lines(s, 200, y + 30, [closing], 28, "serif_cjk", 60)
    text_lines(s, signer_x, y + 150, signer, 28, "serif_cjk", 60)
    _chop(s, chop_x, y + 230, signer[0])
    return s


def years_in_brackets() -> tuple[bytes, dict]:
    s = _rows_certificate("工作证明", 620, [("姓　　名", "鲍静怡"), ("工作年限", "2013年9月—2021年4月（共七年七个月）"), ("所在部门", "质量管理部"),
                                         ("担任职务", "质量工程师")], "　　以上情况属实，特此证明。", ["嘉兴禾丰汽车零部件有限公司", "2021年5月10日"], 900, 1440)
    return scanned_png(s, "bracketyears"), {"employer": "嘉兴禾丰汽车零部件有限公司", "position": "质量工程师", "start_date": "2013-09-01",
                                            "end_date": "2021-04-30"}


def hospital_lastly_as() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lanxi Riverside People's Hospital", 32, "serif_bold")
    s.text(160, 140, "Office of Human Resources", 22, "serif")
    text_lines(s, 160, 230, ["18 August 2022", "", "To whom it may concern", "",
                             "Dr. MA Ruoxi has been a member of our medical staff from 1 August 2014 to 31 July 2022, lastly",
                             "as Attending Physician in the Department of Cardiology. She leaves us in good standing.", "",
                             "CHEN Liwei", "Director of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "hospital"), {"employer": "Lanxi Riverside People's Hospital", "position": "Attending Physician",
                                        "start_date": "2014-08-01", "end_date": "2022-07-31"}


def roc_years() -> tuple[bytes, dict]:
    s = _rows_certificate("服務證明書", 600, [("姓名", "彭冠宇"), ("到職日期", "民國103年3月1日"), ("離職日期", "民國109年6月30日"), ("職稱", "資深製程工程師")],
                          "　　茲證明上列人員確曾在本公司服務，特此證明。", ["宏碩光電精密股份有限公司", "中華民國109年7月8日"], 860, 1420)
    return scanned_png(s, "rocyears"), {"employer": "宏碩光電精密股份有限公司", "position": "資深製程工程師", "start_date": "2014-03-01",
                                        "end_date": "2020-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-years-in-brackets.png", years_in_brackets, "work_experience_letter", "years-in-brackets"),
              ("work-hospital-lastly-as.png", hospital_lastly_as, "work_experience_letter", "hospital-lastly-as"),
              ("work-roc-years.png", roc_years, "work_experience_letter", "roc-years")]
    return write_drawn(folder, papers)
