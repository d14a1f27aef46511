"""A hundred-and-sixty-eighth drawn set: form ID 990B filled by hand in four layouts no set drew. Values written on
dotted lines, the salary with a bare dollar sign ('$36,500'); the employer's Chinese name written by brush beside its
English typed; the applicant 'as shown on travel document' written 'LIN, Yuxuan'; the business registration number
written in two groups of four ('3184 6205'). Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set hundredsixtyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn

PEN = (20, 30, 120)


def _rows(s: Sheet, rows: list[tuple[str, str]], x: int = 700, y: int = 200, font: str = "hand") -> None:
    for label, value in rows:
        s.text(140, y, label, 24, "sans")
        s.text(x, y + 26, "." * 110, 16, "sans", (120, 120, 120))
        s.text(x + 10, y - 10, value, 32, font if value.isascii() else "hand_cjk", PEN)
        y += 90


def employer_dotted_dollar() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    _rows(s, [("Name of employer", "Sunridge Dental Labs Limited"), ("BR No.", "60274158"), ("Name of applicant", "JIN ZIXUAN"),
              ("Post", "Dental Technologist"), ("Monthly salary", "$36,500"), ("Talent List post? (Yes/No)", "No")])
    return scanned_png(s, "dotteddollar"), {"employer_name": "Sunridge Dental Labs Limited", "br_number": "60274158", "applicant_name": "JIN ZIXUAN",
                                      "position": "Dental Technologist", "monthly_salary_hkd": 36500.0, "talent_list": False}


def employer_chinese_name_by_brush() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 200, "Name of employer", 24, "sans")
    s.text(700, 196, "Evergrove Landscape Architects Limited", 26, "mono")
    s.text(700, 240, "常青園境建築師有限公司", 32, "hand_cjk", PEN)
    _rows(s, [("BR No.", "47583016"), ("Name of applicant", "HAN YUTONG"), ("Post", "Landscape Architect"), ("Monthly salary (HK$)", "42,800"),
              ("Talent List post?", "No")], y=330)
    return scanned_png(s, "brush"), {"employer_name": "Evergrove Landscape Architects Limited", "br_number": "47583016",
                               "applicant_name": "HAN YUTONG", "position": "Landscape Architect", "monthly_salary_hkd": 42800.0,
                               "talent_list": False}


def employer_name_as_on_travel_document() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    _rows(s, [("Name of employer", "Pinnacle Fabric Research Limited"), ("BR No.", "52960731"),
              ("Applicant (as shown on travel document)", "LIN, Yuxuan"), ("Post", "Textile Chemist"), ("Monthly salary (HK$)", "33,200"),
              ("Talent List post?", "No")], x=760)
    return scanned_png(s, "astravel"), {"employer_name": "Pinnacle Fabric Research Limited", "br_number": "52960731", "applicant_name": "LIN YUXUAN",
                                  "position": "Textile Chemist", "monthly_salary_hkd": 33200.0, "talent_list": False}


def employer_br_in_groups() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    _rows(s, [("Name of employer", "Harbourline Audio Visual Limited"), ("BR No.", "3184 6205"), ("Name of applicant", "MA JUNJIE"),
              ("Post", "AV Systems Engineer"), ("Monthly salary (HK$)", "31,600"), ("Talent List post?", "No")])
    return scanned_png(s, "brgroups"), {"employer_name": "Harbourline Audio Visual Limited", "br_number": "31846205", "applicant_name": "MA JUNJIE",
                                  "position": "AV Systems Engineer", "monthly_salary_hkd": 31600.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-dotted-dollar.png", employer_dotted_dollar, "employer_form", "dotted-dollar"),
              ("id990b-brush-name.png", employer_chinese_name_by_brush, "employer_form", "chinese-name-by-brush"),
              ("id990b-as-travel.png", employer_name_as_on_travel_document, "employer_form", "as-on-travel-document"),
              ("id990b-br-groups.png", employer_br_in_groups, "employer_form", "br-in-groups")]
    return write_drawn(folder, papers)
