"""A three-hundred-and-sixty-seventh drawn set, in wording and layouts no earlier set drew: a report whose every label
is given in both languages on its row (姓名 Name:); an overseas university's diploma whose trustees 'have conferred on'
the holder a degree, dated in words ('the twentieth day of May, two thousand twenty-three'); a supervisor's own
reference that the person 'was employed as' a post at a named company 'from June 2015 until December 2020'. Each is a
case of its own (`scripts/bench_drawn_forms.py --set threehundredsixtyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def labels_in_both_languages() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 100, "学历证书电子注册备案表 Record of Qualification", 36, "serif_cjk")
    y = 230
    for label, value in [("姓名 Name", "邹一鸣 ZOU YIMING"), ("性别 Gender", "男 Male"), ("出生日期 Date of Birth", "1996-12-08"),
                         ("学校 Institution", "豫南农业大学"), ("专业 Major", "动物医学"), ("层次 Level", "本科 Undergraduate"),
                         ("毕业日期 Graduation Date", "2019-06-28"), ("证书编号 Certificate No.", "193701201906004471"),
                         ("验证码 Verification Code", "M7TQ2ZP9KX4WRN8B")]:
        s.text(180, y, label + ":", 26, "serif_cjk")
        s.text(720, y, value, 26, "serif_cjk")
        y += 66
    return scanned_png(s, "bothlabels"), {"holder_name": ("邹一鸣", "ZOU YIMING"), "sex": "M", "date_of_birth": "1996-12-08",
                                          "institution": "豫南农业大学", "major": "动物医学", "level": ("本科", "undergraduate"),
                                          "graduation_date": "2019-06-28", "certificate_number": "193701201906004471",
                                          "verification_code": "M7TQ2ZP9KX4WRN8B"}


def trustees_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "Lakemont University", 44, "serif_bold")
    text_lines(s, 240, 250, ["The Trustees of Lakemont University, on the recommendation of the Faculty,",
                             "have conferred on", "", "WANG YUTONG", "",
                             "the degree of Master of Science in Finance", "together with all the rights and privileges thereto.", "",
                             "Given at Boston, Massachusetts, on the twentieth day of May, two thousand twenty-three."], 26, "serif", 52)
    return scanned_png(s, "trusteeswords"), {"holder_name": "WANG YUTONG", "institution": "Lakemont University",
                                             "degree": "Master of Science", "major": "Finance", "date_awarded": "2023-05-20"}


def supervisors_reference() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 140, ["Dr. Martin Ye", "Head of Embedded Systems", "Apex Robotics (Shenzhen) Co., Ltd.", "",
                             "2 November 2026", "",
                             "I had the pleasure of supervising Mr. HAN Bo during his time with Apex Robotics (Shenzhen) Co., Ltd.,",
                             "where he was employed as a Firmware Engineer from June 2015 until December 2020.", "",
                             "He was dependable and careful, and I recommend him without reservation.", "", "Martin Ye"],
               24, "serif", 44)
    return scanned_png(s, "supervisor"), {"employer": "Apex Robotics (Shenzhen) Co., Ltd.", "position": "Firmware Engineer",
                                          "start_date": "2015-06-01", "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-labels-in-both-languages.png", labels_in_both_languages, "qualification_report", "labels-in-both-languages"),
              ("degree-trustees-in-words.png", trustees_in_words, "degree_certificate", "trustees-in-words"),
              ("work-supervisors-reference.png", supervisors_reference, "work_experience_letter", "supervisors-reference")]
    return write_drawn(folder, papers)
