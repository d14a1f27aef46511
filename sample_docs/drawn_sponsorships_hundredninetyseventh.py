"""A hundred-and-ninety-seventh drawn set, a test set: form ID 990B in four more layouts, drawn after the employer's form
was mended for the hundred-and-eighty-first. A form whose labels end in question marks ('What is the post?'); a form in
simplified Chinese labels only (雇主名称, 商业登记号码, 受雇人姓名, 职位, 月薪); a form whose answers are typed in a grey
band under each label; a form whose person's name is 'Name (as in passport)' and whose Talent List answer is 'N/A -
not under the list'. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredninetyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def question_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 180
    for label, value in [("Which company is offering the job?", "Silvermoss Analytics Limited"), ("What is its BR number?", "66813025"),
                         ("Who will be employed?", "CHEN JIAHAO"), ("What is the post?", "Quantitative Analyst"),
                         ("What is the monthly salary?", "HK$51,000"), ("Is the post on the Talent List?", "No")]:
        s.text(140, y, label, 24, "sans")
        s.text(820, y - 2, value, 26, "mono")
        y += 72
    return scanned_png(s, "questions"), {"employer_name": "Silvermoss Analytics Limited", "br_number": "66813025", "applicant_name": "CHEN JIAHAO",
                                   "position": "Quantitative Analyst", "monthly_salary_hkd": 51000.0, "talent_list": False}


def hans_labels_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 180
    for label, value in [("雇主名称", "Brightreef Aquaculture Limited"), ("商业登记号码", "71580342"), ("受雇人姓名", "LIANG QIUYUE"),
                         ("职位", "Aquaculture Biologist"), ("月薪（港元）", "36,200"), ("是否属于人才清单专业", "否")]:
        s.text(140, y, label, 26, "sans_cjk")
        s.text(720, y, value, 26, "mono" if value.isascii() else "sans_cjk")
        y += 72
    return scanned_png(s, "hans"), {"employer_name": "Brightreef Aquaculture Limited", "br_number": "71580342", "applicant_name": "LIANG QIUYUE",
                              "position": "Aquaculture Biologist", "monthly_salary_hkd": 36200.0, "talent_list": False}


def grey_band_under_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 170
    for label, value in [("Employer", "Tallowmere Heritage Conservation Limited"), ("Business registration no.", "50318927"),
                         ("Employee", "GONG YUXUAN"), ("Post", "Conservation Architect"), ("Monthly salary (HK$)", "47,500"),
                         ("Talent List post?", "No")]:
        s.text(140, y, label, 20, "sans", (70, 70, 70))
        s.d.rectangle([140, y + 30, 1200, y + 86], fill=(228, 228, 228))
        s.text(160, y + 40, value, 28, "mono")
        y += 116
    return scanned_png(s, "band"), {"employer_name": "Tallowmere Heritage Conservation Limited", "br_number": "50318927",
                              "applicant_name": "GONG YUXUAN", "position": "Conservation Architect", "monthly_salary_hkd": 47500.0,
                              "talent_list": False}


def passport_name_na_talent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 180
    for label, value in [("Company", "Cedarline Property Valuers Limited"), ("BR No.", "45096273"), ("Name (as in passport)", "TANG WEIMING"),
                         ("Job title", "Assistant Valuation Surveyor"), ("Monthly pay", "HK$28,900"), ("Talent List profession", "N/A - not under the list")]:
        s.text(140, y, label, 24, "serif")
        s.text(720, y, value, 26, "serif")
        y += 70
    return scanned_png(s, "passportname"), {"employer_name": "Cedarline Property Valuers Limited", "br_number": "45096273",
                                      "applicant_name": "TANG WEIMING", "position": "Assistant Valuation Surveyor", "monthly_salary_hkd": 28900.0,
                                      "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-questions.png", question_labels, "employer_form", "question-labels"),
              ("id990b-hans.png", hans_labels_only, "employer_form", "hans-labels-only"),
              ("id990b-band.png", grey_band_under_label, "employer_form", "grey-band-under-label"),
              ("id990b-passport-name.png", passport_name_na_talent, "employer_form", "passport-name-na-talent")]
    return write_drawn(folder, papers)
