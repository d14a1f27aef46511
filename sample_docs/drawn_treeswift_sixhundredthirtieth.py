"""A six-hundred-and-thirtieth drawn set, of applicants' and employers' forms and a plan, drawn in stop 86's ninth round to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an ID 990A whose labels are two languages on one line
('Surname 姓', 'Given names 名') over letter boxes, the sex by a cross beside 'Male 男' and the Hong Kong degree by one beside 'No 否'; an
ID 990B typed in a ruled table with traditional labels (僱主名稱, 商業登記證號碼, 申請人姓名, 職位, 月薪, 職位是否列於人才清單) answered
'否'; a plan whose capital is under 'Funding' ('HK$1,000,000 from shareholders as paid-up capital') and whose first year is told in words
('Year 1 revenue: HK$1.8m', 'We will employ 3 local staff in Year 1'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredthirtieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def applicant_two_languages_boxes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "Applicant 申請人", 30, "sans_cjk")
    s.text(140, 212, "Surname 姓", 24, "sans_cjk")
    s.boxes(520, 200, "DING", 10)
    s.text(140, 292, "Given names 名", 24, "sans_cjk")
    s.boxes(520, 280, "JIAQI", 10)
    s.text(140, 372, "Sex 性別", 24, "sans_cjk")
    s.tick(520, 366, True)
    s.text(566, 370, "Male 男", 24, "sans_cjk")
    s.tick(720, 366, False)
    s.text(766, 370, "Female 女", 24, "sans_cjk")
    s.text(140, 452, "Date of birth 出生日期 (DD/MM/YYYY)", 24, "sans_cjk")
    s.text(720, 448, "27/10/1991", 28, "sans")
    s.text(140, 532, "Travel document no. 旅行證件號碼", 24, "sans_cjk")
    s.text(720, 528, "EA6629014", 28, "sans")
    s.text(140, 612, "Employer 僱主", 24, "sans_cjk")
    s.text(720, 608, "Ironbark Rail Systems Limited", 28, "sans")
    s.text(140, 692, "Post 職位", 24, "sans_cjk")
    s.text(720, 688, "Signalling Engineer", 28, "sans")
    s.text(140, 772, "Monthly salary 月薪 (HK$)", 24, "sans_cjk")
    s.text(720, 768, "43,000", 28, "sans")
    s.text(140, 852, "Degree from a Hong Kong institution? 是否持有香港院校學位？", 24, "sans_cjk")
    s.tick(200, 910, False)
    s.text(246, 914, "Yes 是", 24, "sans_cjk")
    s.tick(420, 910, True)
    s.text(466, 914, "No 否", 24, "sans_cjk")
    return scanned_png(s, "twolangboxes"), {"surname": "DING", "given_names": "JIAQI", "sex": "M", "date_of_birth": "1991-10-27",
                                            "travel_document_number": "EA6629014", "employer_name": "Ironbark Rail Systems Limited",
                                            "position": "Signalling Engineer", "monthly_salary_hkd": 43000.0, "hk_local_degree": False}


def employer_hant_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    s.text(600, 120, "僱主資料", 40, "sans_cjk")
    _ruled(s, 140, 220, [["僱主名稱", "鐵杉軌道系統有限公司"], ["商業登記證號碼", "69318805-000"], ["申請人姓名", "DING JIAQI"], ["職位", "訊號工程師"],
                         ["月薪", "HK$43,000"], ["職位是否列於人才清單", "否"]], [460, 820], 76, 26)
    return scanned_png(s, "hanttable"), {"employer_name": "鐵杉軌道系統有限公司", "br_number": "69318805", "applicant_name": "DING JIAQI",
                                         "position": "訊號工程師", "monthly_salary_hkd": 43000.0, "talent_list": False}


def plan_funding_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Pebblecreek Organic Bakery Limited", 32, "serif_bold")
    text_lines(s, 140, 190, ["Our plan for the first three years", "", "Funding", "HK$1,000,000 from shareholders as paid-up capital, held in the company's account.", "",
                             "Sales", "Year 1 revenue: HK$1.8m. Year 2 revenue: HK$2.6m. Year 3 revenue: HK$3.3m.", "", "People",
                             "We will employ 3 local staff in Year 1 (two bakers and a shop assistant) and 5 by Year 3."], 24, "serif", 46)
    return scanned_png(s, "fundingwords"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-two-languages-boxes.png", applicant_two_languages_boxes, "applicant_form", "two-languages-boxes"),
              ("id990b-hant-table.png", employer_hant_table, "employer_form", "hant-table"),
              ("plan-funding-words.png", plan_funding_words, "business_plan", "funding-words")]
    return write_drawn(folder, papers)
