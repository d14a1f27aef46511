"""A two-hundred-and-forty-third drawn set, a test set of two ID 990A forms, an ID 990B and a work experience letter, in
layouts no earlier set drew: an ID 990A whose values are written by hand in blue ink in a column beside numbered
English labels ('1.1 Surname'), its Hong Kong degree answer a crossed box before 'No'; an ID 990A typed to PDF whose
Chinese labels come first and whose degree answer is a typed mark ([X] 否 No); an ID 990B as a letter that states the
employment in one sentence and the Talent List answer in another ('The post is not one of the professions on the
Talent List.'); a letter whose stay and post are on separate labelled lines after a heading. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredfortythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_thirdhand_fiftythird import _pdf

INK = (20, 30, 120)


def applicant_hand_column() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "Part 1  Particulars of the applicant", 28, "sans_bold")
    y = 200
    for label, value in [("1.1 Surname", "KANG"), ("1.2 Given names", "YUTONG"), ("1.3 Name in Chinese", "康雨桐"), ("1.4 Sex", "F"),
                         ("1.5 Date of birth", "02/11/1993"), ("1.6 Travel document no.", "EH8306125"),
                         ("1.7 Name of employer", "Corallis Biotech Limited"), ("1.8 Post", "Assay Scientist"), ("1.9 Monthly salary", "HK$41,000")]:
        s.text(140, y, label, 24, "sans")
        s.text(700, y - 4, value, 30, "hand" if value.isascii() else "sans_cjk", INK)
        y += 66
    s.text(140, y + 10, "1.10 Do you hold a degree from a Hong Kong institution?", 24, "sans")
    s.tick(160, y + 66, False)
    s.text(210, y + 70, "Yes", 24, "sans")
    s.tick(330, y + 66, True)
    s.text(380, y + 70, "No", 24, "sans")
    return scanned_png(s, "handcolumn"), {"surname": "KANG", "given_names": "YUTONG", "name_zh": "康雨桐", "sex": "F", "date_of_birth": "1993-11-02",
                                          "travel_document_number": "EH8306125", "employer_name": "Corallis Biotech Limited",
                                          "position": "Assay Scientist", "monthly_salary_hkd": 41000.0, "hk_local_degree": False}


def applicant_typed_pdf() -> tuple[bytes, dict]:
    rows = [("姓 Surname", "TANG"), ("名 Given names", "WEIHAO"), ("中文姓名 Name in Chinese", "唐偉豪"), ("性別 Sex", "M"),
            ("出生日期 Date of birth", "19-07-1991"), ("旅行證件號碼 Travel document no.", "EK5129084"),
            ("僱主名稱 Name of employer", "Northpoint Robotics Limited"), ("職位 Post", "Controls Engineer"), ("月薪 Monthly salary", "HK$46,500")]
    page = [(450, 50, "ID 990A", 14)] + [(60, 100 + 24 * k, label, 10.5) for k, (label, _) in enumerate(rows)] \
        + [(300, 100 + 24 * k, value, 10.5) for k, (_, value) in enumerate(rows)] \
        + [(60, 100 + 24 * len(rows) + 10, "是否持有香港學位 Holder of a Hong Kong degree:", 10.5), (300, 100 + 24 * len(rows) + 10, "[ ] 是 Yes   [X] 否 No", 10.5)]
    return _pdf([page]), {"surname": "TANG", "given_names": "WEIHAO", "name_zh": "唐偉豪", "sex": "M", "date_of_birth": "1991-07-19",
                          "travel_document_number": "EK5129084", "employer_name": "Northpoint Robotics Limited", "position": "Controls Engineer",
                          "monthly_salary_hkd": 46500.0, "hk_local_degree": False}


def employer_letter_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    text_lines(s, 140, 160, ["Employer's statement", "",
                             "We, Willowmere Logistics Limited (Business Registration No. 58207316), will employ Ms. LUO Qingwen",
                             "as Supply Chain Analyst at a monthly salary of HK$33,800.", "",
                             "The post is not one of the professions on the Talent List.", "",
                             "Signed for the employer, 25 November 2026"], 24, "serif", 46)
    return scanned_png(s, "employerletter"), {"employer_name": "Willowmere Logistics Limited", "br_number": "58207316", "applicant_name": "LUO QINGWEN",
                                              "position": "Supply Chain Analyst", "monthly_salary_hkd": 33800.0, "talent_list": False}


def heading_then_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kunshan Lakeside Optoelectronics Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 190, ["23 November 2026", "", "CERTIFICATE OF WORK EXPERIENCE", "", "Mr. BAI Zhenyu",
                             "Worked with us: 5 January 2015 to 28 February 2022", "Last position: Process Engineering Supervisor", "",
                             "Personnel Office"], 24, "serif", 46)
    return scanned_png(s, "headinglines"), {"employer": "Kunshan Lakeside Optoelectronics Co., Ltd.", "position": "Process Engineering Supervisor",
                                            "start_date": "2015-01-05", "end_date": "2022-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-hand.png", applicant_hand_column, "applicant_form", "applicant-hand-column"),
              ("id990a-typed.pdf", applicant_typed_pdf, "applicant_form", "applicant-typed-pdf"),
              ("id990b-letter.png", employer_letter_sentences, "employer_form", "employer-letter-sentences"),
              ("experience-heading.png", heading_then_lines, "work_experience_letter", "heading-then-lines")]
    return write_drawn(folder, papers)
