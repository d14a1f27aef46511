"""A two-hundred-and-seventy-first drawn set, of degrees and their papers, in wording and layouts no earlier set drew: a
degree scanned a quarter turn on its side; a degree whose holder's name is spaced out (王 子 轩) in a row of particulars;
an English degree of labelled particulars ('Name of Graduate', 'Date of Conferment: 2019.06.30', 'Serial No.'); an
English translation of a graduation certificate ('is hereby allowed to graduate', a four-year undergraduate programme);
a graduation report whose code is split by a space into two groups of eight. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredseventyfirst`). Every name, number and code is made up; 19549 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, png_bytes, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def on_its_side() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 200, "学士学位证书", 64, "serif_cjk")
    y = _paragraph(s, 200, 420, "　　石嘉怡，女，1997年1月14日生，在本校环境设计专业完成了本科学业，成绩合格，依照《中华人民共和国学位条例》的规定，"
                                "授予艺术学学士学位。", 24, 40, 80)
    text_lines(s, 860, y + 100, ["岭东艺术学院", "2019年6月20日"], 32, "serif_cjk", 64)
    _chop(s, 1200, y + 80, "岭东艺术学院")
    s.text(200, 2050, "证书编号：1954942019000615", 26, "serif_cjk")
    return png_bytes(s.scanned(271).rotate(90, expand=True)), {
        "holder_name": "石嘉怡", "date_of_birth": "1997-01-14", "institution": "岭东艺术学院", "major": "环境设计",
        "degree": ("艺术学学士", "艺术学学士学位"), "date_awarded": "2019-06-20", "certificate_number": "1954942019000615"}


def spaced_name_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 160, "硕士学位证书", 60, "serif_cjk")
    text_lines(s, 220, 340, ["姓　名　　王 子 轩", "性　别　　男", "出生日期　1993年5月8日", "学科专业　控制科学与工程", "学位类别　工学硕士",
                             "授予日期　2019年6月28日", "授予单位　北川工业大学", "证书编号　1954932019001107"], 32, "serif_cjk", 72)
    return scanned_png(s, "spacedname"), {"holder_name": "王子轩", "date_of_birth": "1993-05-08", "major": "控制科学与工程",
                                          "degree": ("工学硕士", "工学硕士学位"), "date_awarded": "2019-06-28", "institution": "北川工业大学",
                                          "certificate_number": "1954932019001107"}


def labelled_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 130, "SOUTHLAKE NORMAL UNIVERSITY", 40, "serif_bold")
    s.text(640, 200, "Degree Certificate", 32, "serif")
    text_lines(s, 220, 320, ["Name of Graduate:  HOU Mengqi", "Date of Birth:  1996.10.02", "Programme:  Early Childhood Education",
                             "Degree Awarded:  Bachelor of Education", "Date of Conferment:  2019.06.30", "Serial No.:  1954942019000877"],
               26, "serif", 62)
    return scanned_png(s, "labelledenglish"), {"holder_name": "HOU MENGQI", "date_of_birth": "1996-10-02", "institution": "SOUTHLAKE NORMAL UNIVERSITY",
                                               "major": "Early Childhood Education", "degree": "Bachelor of Education", "date_awarded": "2019-06-30",
                                               "certificate_number": "1954942019000877"}


def graduation_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 130, "GRADUATION CERTIFICATE", 36, "serif_bold")
    s.text(700, 185, "(Translation)", 22, "serif")
    text_lines(s, 180, 280, ["Student ZHOU Ting, female, born on 2 March 1997, studied in the Accounting programme (four-year",
                             "undergraduate) of this university from September 2015 to June 2019, has completed all the required",
                             "courses and is hereby allowed to graduate.", "", "Dongjiang University of Finance", "President:  LI Hua",
                             "30 June 2019", "", "Certificate No.:  195491201905001234"], 24, "serif", 46)
    return scanned_png(s, "gradtranslation"), {"holder_name": "ZHOU TING", "institution": "Dongjiang University of Finance", "major": "Accounting",
                                               "level": ("undergraduate", "本科", "bachelor"), "graduation_date": "2019-06-30",
                                               "certificate_number": "195491201905001234"}


def split_code_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    text_lines(s, 180, 230, ["姓名：周婷", "性别：女", "出生日期：1997年03月02日", "学校名称：东江财经大学", "专业：会计学", "层次：本科",
                             "毕（结）业：毕业", "毕业日期：2019年06月30日", "证书编号：195491201905001234"], 28, "serif_cjk", 60)
    s.text(180, 900, "在线验证码：KR7M2XQ4 PW9T3ZVD", 26, "serif_cjk")
    return scanned_png(s, "splitcode"), {"holder_name": "周婷", "date_of_birth": "1997-03-02", "institution": "东江财经大学", "sex": "F",
                                         "major": "会计学", "level": "本科", "graduation_date": "2019-06-30",
                                         "certificate_number": "195491201905001234", "verification_code": "KR7M2XQ4PW9T3ZVD"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-on-its-side.png", on_its_side, "degree_certificate", "on-its-side"),
              ("degree-spaced-name.png", spaced_name_row, "degree_certificate", "spaced-name-row"),
              ("degree-labelled-english.png", labelled_english, "degree_certificate", "labelled-english"),
              ("graduation-translation.png", graduation_translation, "graduation_certificate", "graduation-translation"),
              ("report-split-code.png", split_code_report, "qualification_report", "split-code")]
    return write_drawn(folder, papers)
