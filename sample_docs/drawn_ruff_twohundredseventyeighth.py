"""A two-hundred-and-seventy-eighth drawn set, of work experience letters (the papers read least well cold), in wording
no earlier set drew: 'was on the payroll of … between … and …, his last assignment being …'; facts on dashed lines ('Joined:',
'Left:', 'Last role:'); a simplified Chinese sentence with months as 2013.09—2019.06 (…在我院从事…工作，任…); a traditional
Chinese one-row table of months (任職起始, 任職結束); a reference by subject line, the holder joining as one post, promoted to
another and remaining in it until she resigned. Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredseventyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def payroll_between() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shandong Yellow River Brewery Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["23 November 2026", "", "We hereby certify that Mr. XU Ming was on the payroll of our company between 15 May 2011",
                             "and 30 November 2017, his last assignment being Brewing Supervisor.", "", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "payroll"), {"employer": "Shandong Yellow River Brewery Co., Ltd.", "position": "Brewing Supervisor",
                                       "start_date": "2011-05-15", "end_date": "2017-11-30"}


def bulleted_facts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xiamen Seawind Furniture Design Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["Reference for Ms. LAN Yu", "", "-  Joined:  8 October 2015", "-  Left:  31 March 2022", "-  Last role:  Head of Design",
                             "", "We would gladly employ her again.", "", "Studio Director"], 24, "sans", 48)
    return scanned_png(s, "bullets"), {"employer": "Xiamen Seawind Furniture Design Co., Ltd.", "position": "Head of Design",
                                       "start_date": "2015-10-08", "end_date": "2022-03-31"}


def dotted_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明余思远同志2013.09—2019.06在我院从事建筑设计工作，任主任建筑师。", "", "　　特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 520, ["昆明春城建筑设计研究院有限公司", "2026年11月20日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 520, "昆明春城建筑设计研究院有限公司")
    return scanned_png(s, "dottedmonths"), {"employer": "昆明春城建筑设计研究院有限公司", "position": "主任建筑师", "start_date": "2013-09-01",
                                            "end_date": "2019-06-30"}


def traditional_month_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "服務證明書", 44, "serif_cjk")
    text_lines(s, 160, 220, ["茲證明下列員工曾於本公司任職：", ""], 28, "serif_cjk", 56)
    _ruled(s, 160, 300, [["姓名", "職位", "任職起始", "任職結束"], ["程嘉欣", "會計主任", "2016年02月", "2021年07月"]], [260, 360, 320, 320], 70, 26)
    text_lines(s, 880, 660, ["珠海橫琴會展服務有限公司", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1130, 660, "珠海橫琴會展服務有限公司")
    return scanned_png(s, "tradmonths"), {"employer": "珠海橫琴會展服務有限公司", "position": "會計主任", "start_date": "2016-02-01",
                                          "end_date": "2021-07-31"}


def promoted_remained() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 120, ["Shaanxi Qinling Pharmaceutical Co., Ltd.", "", "To:  Hong Kong Immigration Department", "Subject:  Reference for Ms. QIAO Min",
                             "", "Ms. QIAO joined us on 3 March 2014 as a QA Officer. She was promoted to QA Manager in 2017 and remained in that",
                             "post until she resigned on 28 February 2021.", "", "Quality Director, 30 November 2026"], 24, "serif", 44)
    return scanned_png(s, "promoted"), {"employer": "Shaanxi Qinling Pharmaceutical Co., Ltd.", "position": "QA Manager",
                                        "start_date": "2014-03-03", "end_date": "2021-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-payroll.png", payroll_between, "work_experience_letter", "payroll-between"),
              ("experience-bullets.png", bulleted_facts, "work_experience_letter", "bulleted-facts"),
              ("experience-dotted-months.png", dotted_months, "work_experience_letter", "dotted-months"),
              ("experience-traditional-months.png", traditional_month_row, "work_experience_letter", "traditional-month-row"),
              ("experience-promoted.png", promoted_remained, "work_experience_letter", "promoted-remained")]
    return write_drawn(folder, papers)
