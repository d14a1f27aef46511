"""A four-hundred-and-fifty-ninth drawn set, of school papers, drawn after stop 82's first reader change, to be read cold,
in wording and layouts no earlier set drew: a degree whose holder was born in a month told in Han numerals (一九九八年十月生)
and whose five-year programme is in veterinary medicine, the text beside a photo's frame; an English diploma 'with a major
in'; a graduation certificate of a study period in its sentence (于…至…在本校…专业四年制本科学习). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredfiftyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def beside_photo_frame() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "学士学位证书", 44, "serif_cjk")
    s.d.rectangle([160, 240, 420, 580], outline=(0, 0, 0), width=2)
    s.text(250, 400, "照片", 26, "serif_cjk")
    y = _paragraph(s, 480, 250, "　　罗文静，女，一九九八年十月生。在华川农业大学动物医学专业完成了五年制本科学习计划，"
                                "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予兽医学学士学位。", 24, 30, 60)
    text_lines(s, 860, max(y, 600) + 100, ["华川农业大学校长", "二〇二一年六月二十五日"], 28, "serif_cjk", 56)
    _chop(s, 1020, max(y, 600) + 150, "华川农业大学")
    s.text(160, max(y, 600) + 320, "证书编号：1931242021000733", 24, "serif_cjk")
    return scanned_png(s, "photoframe"), {"holder_name": "罗文静", "institution": "华川农业大学", "degree": ("兽医学学士", "兽医学学士学位"),
                                          "major": "动物医学", "date_awarded": "2021-06-25", "certificate_number": "1931242021000733"}


def with_a_major_in() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 120, "Eastbay College of Business", 40, "serif_bold")
    text_lines(s, 160, 260, ["Upon the recommendation of the Faculty, the Board of Trustees has awarded", "",
                             "WANG Zimo", "",
                             "the degree of Bachelor of Business Administration with a major in Supply Chain Management,",
                             "with all the rights and privileges thereto pertaining.", "",
                             "Given on the twentieth day of May 2019.", "", "", "President",
                             "", "Diploma No. ECB-BBA-19-4412"], 26, "serif", 46)
    return scanned_png(s, "majorin"), {"holder_name": "WANG Zimo", "institution": "Eastbay College of Business",
                                       "degree": ("Bachelor of Business Administration",), "major": "Supply Chain Management",
                                       "date_awarded": "2019-05-20", "certificate_number": "ECB-BBA-19-4412"}


def study_period_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "毕业证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　学生常一鸣，男，1997年8月9日生，于2016年9月至2020年6月在本校食品科学与工程专业四年制本科学习，"
                                "修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 30, 62)
    text_lines(s, 860, y + 100, ["校名：黔南理工大学", "校长：韦建国", "2020年6月30日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 160, "黔南理工大学")
    s.text(160, y + 340, "证书编号：193091202006001158", 24, "serif_cjk")
    return scanned_png(s, "studyperiod"), {"holder_name": "常一鸣", "institution": "黔南理工大学", "major": "食品科学与工程", "level": ("本科",),
                                           "graduation_date": "2020-06-30", "certificate_number": "193091202006001158"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-beside-photo-frame.png", beside_photo_frame, "degree_certificate", "beside-photo-frame"),
              ("degree-with-a-major-in.png", with_a_major_in, "degree_certificate", "with-a-major-in"),
              ("graduation-study-period.png", study_period_graduation, "graduation_certificate", "study-period")]
    return write_drawn(folder, papers)
