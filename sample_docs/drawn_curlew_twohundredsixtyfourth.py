"""A two-hundred-and-sixty-fourth drawn set, of the papers read least well cold, in wording no earlier set drew: a plan's
points ('Investment: … (fully paid by the two shareholders)', 'Expected turnover, first 12 months', 'Jobs created in Hong
Kong'); a simplified Chinese plan in one paragraph (共同出资…成立, 实现销售收入, 计划在港招聘); a traditional Chinese letter
with its dates in numerals written with 零 (二零一八年四月二日); an English letter with ordinal days ('5th January 2015') and
'His final title was …'; a graduation report in capitals; a degree as a bilingual table. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredsixtyfourth`). Every name, number and code is made up; 19639 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def investment_points() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbourline Bookbinding Studio Limited", 28, "sans_bold")
    text_lines(s, 160, 190, ["Investment:  HK$750,000 (fully paid by the two shareholders)", "Expected turnover, first 12 months:  HK$2,950,000",
                             "Jobs created in Hong Kong:  4", "Customers:  publishers, archives and collectors"], 24, "sans", 50)
    return scanned_png(s, "investment"), {"capital_hkd": 750000.0, "projected_turnover_hkd": 2950000.0, "local_jobs": 4}


def one_paragraph_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "禾木茶饮管理（香港）有限公司", 34, "serif_cjk")
    text_lines(s, 160, 220, ["　　公司由三名股东共同出资港币90万元成立。预计开业第一年实现销售收入港币420万元，", "计划在港招聘全职员工3名。"],
               28, "serif_cjk", 60)
    return scanned_png(s, "paragraph"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 3}


def ling_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "服務證明", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　本公司謹此證明黃嘉豪先生自二零一八年四月二日起受聘於本公司，擔任高級工程師，", "直至二零二四年一月三十一日離職。"],
                   30, "serif_cjk", 60)
    text_lines(s, 900, y + 100, ["東莞長安精密模具有限公司", "二零二六年十一月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 100, "東莞長安精密模具有限公司")
    return scanned_png(s, "lingdates"), {"employer": "東莞長安精密模具有限公司", "position": "高級工程師", "start_date": "2018-04-02", "end_date": "2024-01-31"}


def ordinal_days() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shenyang Northeast Materials Research Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["22nd November 2026", "", "Dear Sir or Madam,", "",
                             "I am writing to confirm that Mr. FENG Yu worked in our Research Department from 5th January 2015 until",
                             "28th February 2021. His final title was Principal Researcher.", "", "Yours faithfully,", "Head of Human Resources"],
               24, "serif", 44)
    return scanned_png(s, "ordinal"), {"employer": "Shenyang Northeast Materials Research Co., Ltd.", "position": "Principal Researcher",
                                       "start_date": "2015-01-05", "end_date": "2021-02-28"}


def capitals_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(200, 110, "VERIFICATION REPORT OF HIGHER EDUCATION QUALIFICATION", 28, "sans_bold")
    text_lines(s, 180, 220, ["NAME: QIU SHIHAN", "GENDER: FEMALE", "DATE OF BIRTH: 1995-08-21", "INSTITUTION: LINHAI UNIVERSITY", "MAJOR: MARINE BIOLOGY",
                             "LEVEL: UNDERGRADUATE", "GRADUATION DATE: 2017-06-30", "CERTIFICATE NO.: 196391201705002690",
                             "VERIFICATION CODE: F8KW3MX2QT7RPZ4N"], 24, "sans", 56)
    return scanned_png(s, "capitals"), {"holder_name": "QIU SHIHAN", "date_of_birth": "1995-08-21", "institution": "LINHAI UNIVERSITY", "sex": "F",
                                        "level": "UNDERGRADUATE", "major": "MARINE BIOLOGY", "graduation_date": "2017-06-30",
                                        "certificate_number": "196391201705002690", "verification_code": "F8KW3MX2QT7RPZ4N"}


def bilingual_table_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 120, "学士学位证书 Bachelor's Degree Certificate", 34, "serif_cjk")
    _ruled(s, 160, 230, [["姓名 Name", "丁宇航 DING Yuhang"], ["出生日期 Date of Birth", "1996-04-09"], ["专业 Major", "通信工程 Communication Engineering"],
                         ["学位 Degree", "工学学士 Bachelor of Engineering"], ["授予单位 Institution", "临海大学 Linhai University"],
                         ["授予日期 Date of Award", "2018-06-29"], ["证书编号 Certificate No.", "1963942018004215"]], [460, 820], 66, 24)
    return scanned_png(s, "bilingualdegree"), {"holder_name": ("丁宇航", "DING YUHANG"), "date_of_birth": "1996-04-09",
                                               "major": ("通信工程", "Communication Engineering"), "degree": ("工学学士", "Bachelor of Engineering"),
                                               "institution": ("临海大学", "Linhai University"), "date_awarded": "2018-06-29",
                                               "certificate_number": "1963942018004215"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-investment.png", investment_points, "business_plan", "investment-points"),
              ("plan-paragraph.png", one_paragraph_plan, "business_plan", "one-paragraph-plan"),
              ("experience-ling-dates.png", ling_dates, "work_experience_letter", "ling-dates"),
              ("experience-ordinal-days.png", ordinal_days, "work_experience_letter", "ordinal-days"),
              ("report-capitals.png", capitals_report, "qualification_report", "capitals-report"),
              ("degree-bilingual-table.png", bilingual_table_degree, "degree_certificate", "bilingual-table-degree")]
    return write_drawn(folder, papers)
