"""A six-hundred-and-thirty-ninth drawn set, of an applicant's form, a demand note and a plan, stop 87's third round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an ID 990A written by hand in capitals on ruled lines, the
date of birth as '3RD MAY 1995' and the post and salary on one line ('POST / SALARY: … / HK$…'); a BR fee and levy demand note in
traditional Chinese whose validity is a period in Chinese dates (由2026年3月1日至2027年2月28日); a plan in traditional Chinese whose
figures sit in a key-figures box of label and value rows. Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredthirtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def by_hand_on_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "APPLICATION FOR ENTRY FOR EMPLOYMENT — PARTICULARS OF APPLICANT", 26, "sans_bold")
    rows = [("Surname", "JIANG"), ("Given names", "MUCHEN"), ("Name in Chinese", "江沐晨"), ("Sex", "M"), ("Date of birth", "3RD MAY 1995"),
            ("Travel document no.", "EK2093751"), ("Employer", "NORTHQUAY ANALYTICS LIMITED"),
            ("Post / salary", "DATA ENGINEER / HK$41,000 PER MONTH"), ("Degree from a Hong Kong university?", "NO")]
    y = 220
    for label, value in rows:
        s.text(140, y + 14, label, 24, "sans")
        s.d.line([600, y + 50, 1500, y + 50], fill="black", width=2)
        s.text(620, y + 4, value, 34, "hand" if value.isascii() else "hand_cjk", (20, 30, 120))
        y += 84
    return scanned_png(s, "byhand"), {"surname": "JIANG", "given_names": "MUCHEN", "name_zh": "江沐晨", "sex": "M", "date_of_birth": "1995-05-03",
                                      "travel_document_number": "EK2093751", "employer_name": "NORTHQUAY ANALYTICS LIMITED",
                                      "position": "DATA ENGINEER", "monthly_salary_hkd": 41000.0, "hk_local_degree": False}


def demand_note_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 90, "商業登記費及徵費繳款通知書", 40, "serif_cjk")
    s.text(560, 150, "稅務局 商業登記署", 28, "serif_cjk")
    text_lines(s, 160, 260, ["業務名稱：青嵐設計工作室有限公司", "業務地址：香港灣仔軒尼詩道302號8樓B室", "業務性質：室內設計",
                             "商業登記號碼：70915526", "登記證有效期：由2026年3月1日至2027年2月28日", "應繳款額：港幣2,350元"], 28, "serif_cjk", 62)
    return scanned_png(s, "demandhant"), {"business_name": "青嵐設計工作室有限公司", "br_number": "70915526", "address": "香港灣仔軒尼詩道302號8樓B室",
                                          "nature_of_business": "室內設計", "expiry_date": "2027-02-28"}


def key_figures_box_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "營運計劃", 46, "serif_cjk")
    s.text(540, 170, "澄海手工皂有限公司", 30, "serif_cjk")
    text_lines(s, 160, 270, ["本公司於荃灣設工場，製作天然手工皂，經網店及市集銷售。"], 26, "serif_cjk", 56)
    s.d.rectangle([160, 360, 1100, 640], outline="black", width=3)
    s.text(190, 380, "主要數字", 28, "serif_cjk")
    text_lines(s, 190, 440, ["股東出資          HK$ 350,000", "第一年營業額      HK$ 980,000", "第一年本地員工    2 名"], 26, "serif_cjk", 60)
    return scanned_png(s, "keyfigures"), {"capital_hkd": 350000.0, "projected_turnover_hkd": 980000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-by-hand-on-lines.png", by_hand_on_lines, "applicant_form", "by-hand-on-lines"),
              ("br-demand-note-hant.png", demand_note_hant, "br_certificate", "demand-note-hant"),
              ("plan-key-figures-box-hant.png", key_figures_box_hant, "business_plan", "key-figures-box-hant")]
    return write_drawn(folder, papers)
