"""A six-hundred-and-ninth drawn set, of an applicant's form, a plan and a degree, drawn in stop 86's second round to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an ID 990A page whose particulars sit in numbered
rows (1 … 9), the names and the travel document's number in letter boxes, the date of birth in three groups of boxes (DD MM YYYY),
the sex and the Hong Kong degree answered by crosses; a business plan in traditional Chinese stating its paid-up capital in Han
numerals (港幣一百二十萬元) over a table of three years' turnover and local staff; a Philippine-style diploma ('Bachelor of Science
in Accountancy … Given this 15th day of June 2020'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredninth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def applicant_numbered_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "Section A  Particulars of Applicant", 30, "sans_bold")
    y = 200
    s.text(140, y + 8, "1. Surname", 24, "sans")
    s.boxes(520, y, "ZHOU", 12)
    y += 80
    s.text(140, y + 8, "2. Given name(s)", 24, "sans")
    s.boxes(520, y, "XINYUE", 12)
    y += 80
    s.text(140, y + 8, "3. Name in Chinese", 24, "sans")
    s.text(520, y + 4, "周欣悦", 32, "sans_cjk")
    y += 80
    s.text(140, y + 8, "4. Sex", 24, "sans")
    s.tick(520, y + 4, False)
    s.text(566, y + 8, "Male", 24, "sans")
    s.tick(700, y + 4, True)
    s.text(746, y + 8, "Female", 24, "sans")
    y += 80
    s.text(140, y + 8, "5. Date of birth (DD MM YYYY)", 24, "sans")
    x = s.boxes(520, y, "14", 2) + 30
    x = s.boxes(x, y, "02", 2) + 30
    s.boxes(x, y, "1996", 4)
    y += 80
    s.text(140, y + 8, "6. Travel document no.", 24, "sans")
    s.boxes(520, y, "EJ4417302", 9)
    y += 100
    s.text(140, y, "Section B  Proposed Employment", 30, "sans_bold")
    y = _ruled(s, 140, y + 60, [["7. Name of employer", "Brightkelp Aquaculture Technology Limited"], ["8. Post", "Aquaculture Systems Engineer"],
                                ["9. Monthly salary (HK$)", "41,500"]], [460, 820], 76, 24)
    s.text(140, y + 50, "10. Do you hold a degree awarded by a Hong Kong institution?", 24, "sans")
    s.tick(220, y + 100, False)
    s.text(266, y + 104, "Yes", 24, "sans")
    s.tick(420, y + 100, True)
    s.text(466, y + 104, "No", 24, "sans")
    return scanned_png(s, "numberedrows"), {"surname": "ZHOU", "given_names": "XINYUE", "name_zh": "周欣悦", "sex": "F",
                                            "date_of_birth": "1996-02-14", "travel_document_number": "EJ4417302",
                                            "employer_name": "Brightkelp Aquaculture Technology Limited", "position": "Aquaculture Systems Engineer",
                                            "monthly_salary_hkd": 41500.0, "hk_local_degree": False}


def plan_han_capital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "海晴文化創意有限公司", 40, "serif_cjk")
    s.text(600, 170, "業務計劃書（2027–2029）", 32, "serif_cjk")
    text_lines(s, 160, 280, ["一、公司概況", "本公司於二〇二六年九月在香港註冊成立，實收資本為港幣一百二十萬元，",
                             "從事博物館及展覽的數碼互動設計，客戶以本地文化機構為主。", "", "二、三年預測"], 26, "serif_cjk", 52)
    _ruled(s, 160, 560, [["項目", "2027年", "2028年", "2029年"], ["預計營業額（港元）", "3,600,000", "5,200,000", "7,400,000"],
                         ["本地僱員人數", "4", "6", "9"], ["非本地僱員人數", "1", "2", "2"]], [420, 300, 300, 300], 70, 24)
    return scanned_png(s, "hancapital"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 4}


def diploma_given_this_day() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("PACIFIC ARCHIPELAGO UNIVERSITY", 40), ("", 0), ("upon the recommendation of the Faculty of the College of Business", 24),
                    ("has conferred upon", 24), ("", 0), ("MARIA ISABEL SANTOS REYES", 34), ("", 0), ("the degree of", 24),
                    ("Bachelor of Science in Accountancy", 34), ("", 0), ("with all the rights and privileges pertaining thereto.", 24),
                    ("", 0), ("Given this 15th day of June 2020.", 24)], 120, 56)
    text_lines(s, 240, 1020, ["University Registrar", "", "Diploma No. 2020-BSA-01147"], 22, "serif", 40)
    return scanned_png(s, "giventhisday"), {"holder_name": "MARIA ISABEL SANTOS REYES", "institution": "PACIFIC ARCHIPELAGO UNIVERSITY",
                                            "degree": ("Bachelor of Science", "Bachelor of Science in Accountancy"), "major": "Accountancy",
                                            "date_awarded": "2020-06-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-numbered-rows.png", applicant_numbered_rows, "applicant_form", "numbered-rows"),
              ("plan-han-capital.png", plan_han_capital, "business_plan", "han-capital"),
              ("degree-given-this-day.png", diploma_given_this_day, "degree_certificate", "given-this-day")]
    return write_drawn(folder, papers)
