"""A four-hundred-and-forty-fifth drawn set, of a graduation certificate, a degree and a report, in wording and layouts
no earlier set drew: a traditional diploma dated in the Republic's years (中華民國一百零九年六月二十日), its holder 係…人, its
department 學系 and 修業期滿成績及格准予畢業, which confers the degree and so is a degree certificate; an English degree whose holder stands alone on a centred line in capitals,
'has been admitted to the degree of' over the degree in capitals, 'Given under the seal of the University on the
fifteenth day of July 2020'; a report's English translation in labelled rows ('Education Level', 'Date of
Graduation'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfortyfifth`). Every name and
number is made up; 19319 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def republic_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "臺中文理大學", 48, "serif_cjk")
    s.text(680, 210, "畢業證書", 44, "serif_cjk")
    y = _paragraph(s, 160, 330, "　　學生許雅婷係臺灣省臺中市人，中華民國八十七年三月五日生，在本校企業管理學系修業期滿，成績及格，准予畢業，依法授予商學學士學位。", 26, 30, 62)
    text_lines(s, 900, y + 80, ["校長　林文彬", "中華民國一百零九年六月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 110, "臺中文理大學")
    s.text(160, y + 300, "(109)臺文大字第003217號", 24, "serif_cjk")
    # a diploma that confers a degree (依法授予…學位) is a degree certificate here (pipeline/data/doc_types.yaml: overrules):
    # first drawn as a graduation certificate, which the cold read showed against the project's own rule
    return scanned_png(s, "republic"), {"holder_name": "許雅婷", "institution": "臺中文理大學", "degree": ("商學學士", "商學學士學位"),
                                        "major": ("企業管理", "企業管理學系"), "date_awarded": "2020-06-20",
                                        "certificate_number": "(109)臺文大字第003217號"}


def admitted_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Lingnan Bay University", 44, "serif_bold")
    for y, line, size in [(260, "This is to certify that", 26), (330, "ZENG ZIHAN", 38), (410, "has been admitted to the degree of", 26),
                          (480, "MASTER OF FINANCE", 38), (560, "having satisfied the examiners in the prescribed programme.", 24)]:
        s.text(827 - int(size * 0.27 * len(line)), y, line, size, "serif")
    text_lines(s, 200, 680, ["Given under the seal of the University on the fifteenth day of July 2020.", "", "",
                             "Vice-Chancellor", "", "Certificate No. LBU-MF-2020-0338"], 24, "serif", 46)
    return scanned_png(s, "admitted"), {"holder_name": "ZENG ZIHAN", "institution": "Lingnan Bay University", "degree": ("Master of Finance", "MASTER OF FINANCE"),
                                        "major": ("Finance", "FINANCE"), "date_awarded": "2020-07-15", "certificate_number": "LBU-MF-2020-0338"}


def report_translation_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Online Verification Report of Higher Education Qualification Certificate", 26, "serif_bold")
    s.text(640, 150, "(Translation)", 22, "serif")
    text_lines(s, 200, 240, ["Full Name:                 MO Yichen", "Gender:                    Male", "Date of Birth:             21 April 1996",
                             "Institution:               Guizhou Highland Normal University", "Major:                     Geography Science",
                             "Education Level:           Undergraduate", "Date of Graduation:        30 June 2018",
                             "Certificate Number:        193191201806000277", "Online Verification Code:  RX8D4N2KQ7WM5TZL"], 24, "mono", 56)
    return scanned_png(s, "translation"), {"holder_name": "MO Yichen", "sex": "M", "date_of_birth": "1996-04-21",
                                           "institution": "Guizhou Highland Normal University", "major": "Geography Science",
                                           "level": ("Undergraduate", "本科", "undergraduate", "bachelor"), "graduation_date": "2018-06-30",
                                           "certificate_number": "193191201806000277", "verification_code": "RX8D4N2KQ7WM5TZL"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-republic-years.png", republic_years, "degree_certificate", "republic-years"),
              ("degree-admitted-in-words.png", admitted_in_words, "degree_certificate", "admitted-in-words"),
              ("report-translation-rows.png", report_translation_rows, "qualification_report", "translation-rows")]
    return write_drawn(folder, papers)
