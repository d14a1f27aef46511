"""A three-hundred-and-twenty-fourth drawn set, of business plans and work experience letters, drawn at the end of stop
75 after its last reader change and read cold, in wording and layouts no earlier set drew: a traditional Chinese plan
whose sums are written in Chinese numerals (港幣二百八十萬元); a plan's 'KEY NUMBERS' box ('Start-up capital  HK$ 0.45 M',
'Local hires (Y1)  3'); an English letter whose period and post stand in a block of rows after its paragraph
('Employment Period: 01-Jun-2015 to 30-Sep-2021'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredtwentyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def chinese_numeral_sums() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "業務計劃書", 44, "serif_cjk")
    text_lines(s, 160, 220, ["一、公司概況", "　　翠嶺文化傳播有限公司於二〇二六年三月在香港註冊成立，主要從事展覽策劃及品牌推廣。",
                             "二、資金安排", "　　股東已注資港幣六十萬元作為營運資金。",
                             "三、業務預測", "　　預計首年營業額約港幣二百八十萬元，第二年約港幣四百萬元。",
                             "四、人手安排", "　　本公司計劃於首年聘用三名本地員工，負責項目執行及客戶服務。"], 26, "serif_cjk", 54)
    return scanned_png(s, "numerals"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 3}


def key_numbers_box() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Saltmarsh Cycles Limited", 34, "sans_bold")
    s.text(160, 150, "Business plan summary, November 2026", 22, "sans")
    text_lines(s, 160, 220, ["We will sell and repair folding bicycles from a shop in Tai Wai, with online sales to follow.",
                             "The founder has run a bicycle workshop in Guangzhou for eight years."], 22, "sans", 40)
    s.d.rectangle([160, 340, 900, 620], outline="black", width=3)
    s.text(180, 356, "KEY NUMBERS", 24, "sans_bold")
    for k, (label, value) in enumerate((("Start-up capital", "HK$ 0.45 M"), ("Year-1 revenue", "HK$ 1.9 M"),
                                        ("Local hires (Y1)", "3"), ("Break-even", "month 14"))):
        s.text(180, 410 + 50 * k, label, 22, "sans")
        s.text(620, 410 + 50 * k, value, 22, "sans_bold")
    return scanned_png(s, "keynumbers"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1900000.0, "local_jobs": 3}


def rows_after_paragraph() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Eastgate Securities (Shenzhen) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["12 November 2026", "", "EXPERIENCE LETTER", "",
                             "We confirm that Mr. YE Junhao served in our Treasury Department. His record with us is:", "",
                             "Employment Period:   01-Jun-2015 to 30-Sep-2021", "Position Held:       Treasury Analyst",
                             "Reason for Leaving:  Resigned", "",
                             "We wish him every success.", "", "For Eastgate Securities (Shenzhen) Co., Ltd.", "",
                             "PENG Lu, Head of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "rowsafter"), {"employer": "Eastgate Securities (Shenzhen) Co., Ltd.", "position": "Treasury Analyst",
                                         "start_date": "2015-06-01", "end_date": "2021-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-chinese-numeral-sums.png", chinese_numeral_sums, "business_plan", "chinese-numeral-sums"),
              ("plan-key-numbers-box.png", key_numbers_box, "business_plan", "key-numbers-box"),
              ("work-rows-after-paragraph.png", rows_after_paragraph, "work_experience_letter", "rows-after-paragraph")]
    return write_drawn(folder, papers)
