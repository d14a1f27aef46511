"""A five-hundred-and-eighth drawn set, of a report, a graduation certificate and a degree, drawn before stop 83's reader changes for
it, in wording and layouts no earlier set drew: a degree's online verification report as a ruled table of four columns whose last row
holds the code; an English translation of a graduation certificate that 'has studied … from September 2015 to July 2019'; a Macau
degree in traditional characters, 修畢本校…學士學位課程（主修：…）, 頒授…. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def degree_report_four_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 100, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    _ruled(s, 120, 200, [["姓名", "常思远", "性别", "男"], ["出生日期", "1995年4月18日", "获学位日期", "2020年6月28日"],
                         ["学位授予单位", "黔南山地大学", "所授学位", "农学硕士"], ["学科/专业", "作物栽培学与耕作学", "学位证书编号", "1927332020000415"],
                         ["在线验证码", "H4PZ8WNQ2TXK6RD3", "", ""]], [260, 440, 260, 420], 72, 24)
    text_lines(s, 120, 620, ["报告生成日期：2026年11月27日"], 24, "sans_cjk", 50)
    return scanned_png(s, "degreport4"), {"holder_name": "常思远", "sex": "M", "date_of_birth": "1995-04-18", "institution": "黔南山地大学",
                                          "major": "作物栽培学与耕作学", "certificate_number": "1927332020000415",
                                          "verification_code": "H4PZ8WNQ2TXK6RD3"}


def graduation_has_studied() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "GRADUATION CERTIFICATE", 34, "serif_bold")
    s.text(640, 150, "(English Translation)", 22, "serif")
    text_lines(s, 160, 250, ["Student LU Siqi, female, born in October 1997, has studied in the four-year undergraduate programme of",
                             "Pharmacy at Lanjiang Medical College from September 2015 to July 2019, has completed all the courses",
                             "required by the teaching plan with satisfactory results, and is permitted to graduate.", "", "",
                             "President: WANG Jianhua", "Lanjiang Medical College", "1 July 2019", "", "Certificate No.: 192731201906001527"],
               23, "serif", 44)
    return scanned_png(s, "hasstudied"), {"holder_name": "LU Siqi", "institution": "Lanjiang Medical College", "major": "Pharmacy",
                                          "level": ("Undergraduate", "undergraduate", "本科", "four-year undergraduate"),
                                          "graduation_date": "2019-07-01", "certificate_number": "192731201906001527"}


def macau_major_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "澳門南灣大學", 40, "serif_cjk")
    s.text(680, 170, "學位證書", 40, "serif_cjk")
    y = text_lines(s, 160, 290, ["　　茲證明黃梓晴修畢本校工商管理學士學位課程（主修：市場學），", "成績合格，頒授工商管理學士學位。"], 30, "serif_cjk", 62)
    text_lines(s, 160, y + 90, ["校長　李志誠", "", "二〇二一年七月十日", "", "證書編號：MNU-BBA-2021-0458"], 28, "serif_cjk", 52)
    _chop(s, 1100, y + 120, "澳門南灣大學")
    return scanned_png(s, "macaubracket"), {"holder_name": "黃梓晴", "institution": "澳門南灣大學", "degree": ("工商管理學士", "工商管理學士學位"),
                                            "major": "市場學", "date_awarded": "2021-07-10", "certificate_number": "MNU-BBA-2021-0458"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-degree-four-columns.png", degree_report_four_columns, "qualification_report", "degree-report-four-columns"),
              ("graduation-has-studied.png", graduation_has_studied, "graduation_certificate", "graduation-has-studied"),
              ("degree-macau-major-in-brackets.png", macau_major_in_brackets, "degree_certificate", "macau-major-in-brackets")]
    return write_drawn(folder, papers)
