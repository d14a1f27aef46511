"""A hundred-and-fifty-fourth drawn set, a test set: form ID 990B in four more layouts, drawn after the employer's form
was mended for the hundred-and-forty-sixth, to see whether those mends read new ones. Form ID 990B in simplified Chinese
only; form ID 990B whose questions are answered on their own lines ('Which company is applying? Riverton …'); form ID 990B
naming its applicant in Chinese with the pinyin in brackets; form ID 990B set in a narrow column, each label small over
its value. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfiftyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def employer_hans_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 130, "雇主资料", 34, "sans_cjk")
    y = 230
    for label, value in [("雇主名称", "Cloudmere Data Centres Limited"), ("商业登记号码", "70351846"), ("申请人姓名", "FANG JINGWEN"),
                         ("拟聘职位", "Data Centre Operations Engineer"), ("月薪（港元）", "37,600"), ("职位是否属于人才清单", "否")]:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(620, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 84
    return scanned_png(s, "hansonly"), {"employer_name": "Cloudmere Data Centres Limited", "br_number": "70351846", "applicant_name": "FANG JINGWEN",
                                  "position": "Data Centre Operations Engineer", "monthly_salary_hkd": 37600.0, "talent_list": False}


def employer_questions_inline() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    y = 200
    for question, answer in [("Which company is applying?", "Riverton Biologics Limited"), ("Its BR number?", "45862019"),
                             ("Whom does it wish to employ?", "QIU Yanan"), ("In what post?", "Bioprocess Engineer"),
                             ("At what monthly salary?", "HK$43,200"), ("Is the post on the Talent List?", "No")]:
        end = s.text(140, y, question, 26, "sans")
        s.text(max(end + 40, 760), y - 2, answer, 28, "mono")
        y += 84
    return scanned_png(s, "inlineq"), {"employer_name": "Riverton Biologics Limited", "br_number": "45862019", "applicant_name": "QIU YANAN",
                                 "position": "Bioprocess Engineer", "monthly_salary_hkd": 43200.0, "talent_list": False}


def employer_name_with_pinyin() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    y = 200
    for label, value in [("Name of employer", "Greywharf Maritime Services Limited"), ("BR No.", "36085127"),
                         ("Name of applicant", "钟子豪 (ZHONG Zihao)"), ("Post offered", "Marine Superintendent"),
                         ("Monthly salary", "HK$62,000"), ("Talent List post?", "No")]:
        s.text(140, y, label + ":", 26, "sans")
        s.text(640, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 84
    return scanned_png(s, "pinyin"), {"employer_name": "Greywharf Maritime Services Limited", "br_number": "36085127",
                                "applicant_name": ("ZHONG ZIHAO", "钟子豪"), "position": "Marine Superintendent",
                                "monthly_salary_hkd": 62000.0, "talent_list": False}


def employer_narrow_column() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.d.rectangle([120, 150, 760, 1300], outline=(120, 120, 120), width=2)
    y = 180
    for label, value in [("EMPLOYER", "Tinfield Precision Optics Limited"), ("BR NUMBER", "58120396"), ("APPLICANT", "WEI SHUYAO"),
                         ("POST", "Lens Design Engineer"), ("MONTHLY SALARY", "HK$40,500"), ("TALENT LIST", "YES")]:
        s.text(150, y, label, 18, "sans_bold")
        s.text(150, y + 30, value, 28, "mono")
        y += 110
    return scanned_png(s, "narrow"), {"employer_name": "Tinfield Precision Optics Limited", "br_number": "58120396", "applicant_name": "WEI SHUYAO",
                                "position": "Lens Design Engineer", "monthly_salary_hkd": 40500.0, "talent_list": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-hans-only.png", employer_hans_only, "employer_form", "hans-only"),
              ("id990b-questions-inline.png", employer_questions_inline, "employer_form", "questions-inline"),
              ("id990b-name-pinyin.png", employer_name_with_pinyin, "employer_form", "name-with-pinyin"),
              ("id990b-narrow-column.png", employer_narrow_column, "employer_form", "narrow-column")]
    return write_drawn(folder, papers)
