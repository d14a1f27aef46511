"""A three-hundred-and-thirty-third drawn set, of a degree certificate and a company's accounts, drawn in stop 76 after
its third mends and read cold, in wording and layouts no earlier set drew: an English degree whose council certifies
that its graduate 'has been admitted to the degree of … in …' on a date; a Hong Kong company's accounts in traditional
Chinese (綜合損益表, 截至…止年度, 本年度溢利 under 除稅前溢利, 權益總額) with two years' columns. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredthirtythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def admitted_to_the_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 140, "Wuling University of Science and Technology", 40, "serif_bold")
    text_lines(s, 220, 320, ["The Council of the University hereby certifies that", "", "LIANG Xinyue", "",
                             "having completed the approved course of study, has been admitted to the degree of",
                             "Bachelor of Engineering in Environmental Engineering", "on 30 June 2019.", "", "",
                             "Vice-Chancellor                                        Registrar"], 28, "serif", 52)
    return scanned_png(s, "admitted"), {"holder_name": "LIANG XINYUE", "institution": "Wuling University of Science and Technology",
                                        "degree": ("Bachelor of Engineering", "Bachelor of Engineering in Environmental Engineering"),
                                        "major": "Environmental Engineering", "date_awarded": "2019-06-30"}


def accounts_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "翠林餐飲管理有限公司", 34, "serif_cjk")
    s.text(160, 160, "綜合損益表", 30, "serif_cjk")
    s.text(160, 210, "截至2026年3月31日止年度", 26, "serif_cjk")
    s.text(1150, 280, "2026", 24, "serif_bold")
    s.text(1370, 280, "2025", 24, "serif_bold")
    s.text(1150, 315, "港元", 22, "serif_cjk")
    s.text(1370, 315, "港元", 22, "serif_cjk")
    y = 370
    for label, a, b in [("收入", "12,350,000", "10,980,000"), ("銷售成本", "(7,412,000)", "(6,701,000)"), ("毛利", "4,938,000", "4,279,000"),
                        ("行政開支", "(3,118,000)", "(2,944,000)"), ("除稅前溢利", "1,820,000", "1,335,000"), ("所得稅", "(308,000)", "(221,000)"),
                        ("本年度溢利", "1,512,000", "1,114,000"), ("", "", ""), ("權益總額", "6,400,000", "4,888,000")]:
        if label:
            s.text(160, y, label, 26, "serif_cjk")
            s.text(1150, y, a, 24, "serif")
            s.text(1370, y, b, 24, "serif")
        y += 54
    return scanned_png(s, "accountshant"), {"company_name": "翠林餐飲管理有限公司", "period_end": "2026-03-31", "revenue": 12350000.0,
                                            "profit": 1512000.0, "total_equity": 6400000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-admitted-to-the-degree.png", admitted_to_the_degree, "degree_certificate", "admitted-to-the-degree"),
              ("accounts-traditional.png", accounts_traditional, "financial_statement", "accounts-traditional")]
    return write_drawn(folder, papers)
