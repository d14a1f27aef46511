"""A four-hundred-and-fifty-seventh drawn set, of degrees, drawn after stop 82's first reader change, to be read cold, in
wording and layouts no earlier set drew: a translation laid out as two columns of labels ('Degree Conferred',
'Discipline', 'Conferring Institution', 'Certificate Serial No.'); a Chinese degree whose major follows 专业为 after the
degree (授予其农学硕士学位，专业为…); a congregation's record ('was admitted to the degree of Master of Research (MRes) in …
at a congregation held on …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfiftyseventh`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def label_columns_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "CERTIFICATE OF ACADEMIC DEGREE", 32, "serif_bold")
    s.text(700, 150, "(English Translation)", 22, "serif")
    rows = [("Name", "CHEN Yutong"), ("Gender", "Female"), ("Date of Birth", "14 April 1996"),
            ("Degree Conferred", "Master of Economics"), ("Discipline", "Applied Economics"),
            ("Conferring Institution", "Xiangjiang University of Commerce"), ("Date", "25 June 2021"),
            ("Certificate Serial No.", "1931432021000517")]
    y = 260
    for label, value in rows:
        s.text(200, y, label, 24, "serif")
        s.text(640, y, value, 24, "serif")
        y += 62
    text_lines(s, 200, y + 80, ["Translated from the Chinese original. The translator certifies it a true translation."], 20, "serif", 34)
    return scanned_png(s, "labelcols"), {"holder_name": "CHEN Yutong", "institution": "Xiangjiang University of Commerce",
                                         "degree": ("Master of Economics",), "major": "Applied Economics", "date_awarded": "2021-06-25",
                                         "certificate_number": "1931432021000517"}


def major_after_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 120, "硕士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 260, "　　经审核，严思琪（女，1995年3月2日出生）符合《中华人民共和国学位条例》的规定，授予其农学硕士学位，"
                                "专业为作物遗传育种。", 30, 30, 62)
    text_lines(s, 860, y + 100, ["青川农业大学", "学位评定委员会主席", "二〇二〇年六月二十八日"], 28, "serif_cjk", 56)
    _chop(s, 1050, y + 160, "青川农业大学")
    s.text(160, y + 360, "证书编号：1931332020000261", 26, "serif_cjk")
    return scanned_png(s, "majorafter"), {"holder_name": "严思琪", "institution": "青川农业大学", "degree": ("农学硕士", "农学硕士学位"),
                                          "major": "作物遗传育种", "date_awarded": "2020-06-28", "certificate_number": "1931332020000261"}


def congregation_record() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "Westbrook Metropolitan University", 36, "serif_bold")
    text_lines(s, 160, 260, ["It is hereby recorded that", "", "DU Xinyi", "",
                             "having satisfied the examiners was admitted to the degree of Master of Research (MRes) in Urban",
                             "Planning at a congregation of the University held on 14 July 2022.", "", "",
                             "Academic Registrar", "", "Record No. WMU/MRES/22/0387"], 26, "serif", 46)
    return scanned_png(s, "congregation"), {"holder_name": "DU Xinyi", "institution": "Westbrook Metropolitan University",
                                            "degree": ("Master of Research", "Master of Research (MRes)"), "major": "Urban Planning",
                                            "date_awarded": "2022-07-14", "certificate_number": "WMU/MRES/22/0387"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-label-columns-translation.png", label_columns_translation, "degree_certificate", "label-columns-translation"),
              ("degree-major-after-degree.png", major_after_degree, "degree_certificate", "major-after-degree"),
              ("degree-congregation-record.png", congregation_record, "degree_certificate", "congregation-record")]
    return write_drawn(folder, papers)
