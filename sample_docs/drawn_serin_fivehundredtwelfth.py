"""A five-hundred-and-twelfth drawn set, of a degree, a letter and a graduation certificate, drawn before stop 83's reader changes for
it, in wording and layouts no earlier set drew: a Mainland degree whose number stands at the top right above the title and a photo's
box at the left of the text ('达到学士学位学术水平'); an English letter whose letterhead runs down a left column beside the body, a stay
by months ('from April 2012 through March 2019'); a certificate of graduation issued again for a lost one (毕业证明书, 原毕业证书编号).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredtwelfth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def number_top_right_photo_box() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1080, 70, "证书编号：1927142020000389", 22, "serif_cjk")
    s.text(620, 140, "学士学位证书", 44, "serif_cjk")
    s.d.rectangle((160, 260, 400, 560), outline=(0, 0, 0), width=2)
    s.text(240, 400, "照片", 26, "serif_cjk")
    text_lines(s, 460, 270, ["　　学生姚思源，男，1998年5月3日生，在本校", "计算机科学与技术专业完成了本科学业，达到学士", "学位学术水平，经审核，授予工学学士学位。"],
               30, "serif_cjk", 62)
    text_lines(s, 900, 660, ["渤海理工大学", "学位评定委员会主席：周立新", "2020年6月24日"], 28, "serif_cjk", 56)
    _chop(s, 1300, 560, "渤海理工大学")
    return scanned_png(s, "numtopright"), {"holder_name": "姚思源", "institution": "渤海理工大学", "degree": ("工学学士", "工学学士学位"),
                                           "major": "计算机科学与技术", "date_awarded": "2020-06-24", "certificate_number": "1927142020000389"}


def letterhead_left_column() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 100, 120, ["Shenyang Liaohe", "Construction Co., Ltd.", "", "No. 88 Hunhe Road", "Shenyang 110000", "Tel 024-2388 0000"],
               20, "sans", 34)
    s.d.line((430, 100, 430, 900), fill=(0, 0, 0), width=2)
    text_lines(s, 480, 120, ["24 November 2026", "", "To whom it may concern", "", "Mr. HOU Jie served our firm as Structural Engineer",
                             "from April 2012 through March 2019.", "", "Yours faithfully,", "", "Chief Engineer"], 24, "serif", 44)
    return scanned_png(s, "leftcolumn"), {"employer": "Shenyang Liaohe Construction Co., Ltd.", "position": "Structural Engineer",
                                          "start_date": "2012-04-01", "end_date": "2019-03-31"}


def graduation_issued_again() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 120, "毕业证明书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　学生邹佳琪，女，1996年8月生，于2014年9月至2018年6月在我校英语", "专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                                 "原毕业证书编号：192741201806000917，因遗失特出具此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["江城外国语学院", "2026年11月20日"], 28, "serif_cjk", 56)
    _chop(s, 1180, y + 120, "江城外国语学院")
    return scanned_png(s, "issuedagain"), {"holder_name": "邹佳琪", "institution": "江城外国语学院", "major": "英语",
                                           "level": ("本科", "四年制本科", "undergraduate"), "graduation_date": ("2018-06", "2018-06-30", "2018-06-01"),
                                           "certificate_number": "192741201806000917"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-number-top-right-photo-box.png", number_top_right_photo_box, "degree_certificate", "number-top-right-photo-box"),
              ("work-letterhead-left-column.png", letterhead_left_column, "work_experience_letter", "letterhead-left-column"),
              ("graduation-issued-again.png", graduation_issued_again, "graduation_certificate", "graduation-issued-again")]
    return write_drawn(folder, papers)
