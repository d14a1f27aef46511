"""A three-hundred-and-seventeenth drawn set, of graduation and degree certificates, drawn at the start of stop 75 and
read cold, in wording and layouts no earlier set drew: an English translation of a graduation certificate that names
the student before the programme ('Student XU Ling, female, … studied Environmental Engineering in the four-year
undergraduate programme of this university'); a Chinese graduation certificate with a photo's frame at the left and its
text beside it, its dates in Chinese numerals; a Chinese degree certificate whose holder is named with her birth date
at the head of its sentence and whose degree is '文学 学士学位' with a space. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredseventeenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def translated_student_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "CERTIFICATE OF GRADUATION", 36, "serif_bold")
    s.text(640, 150, "(Translation)", 24, "serif")
    text_lines(s, 160, 250, ["Student XU Ling, female, born on 21 March 1997, studied Environmental Engineering in the",
                             "four-year undergraduate programme of this university from September 2015 to July 2019. Having",
                             "completed all courses required by the teaching plan with satisfactory results, she is hereby",
                             "permitted to graduate.", "",
                             "Jiangbei University of Science and Technology", "President: WEN Zhiguo", "Date: 1 July 2019", "",
                             "Certificate No.: 194301201905000156"], 24, "serif", 46)
    return scanned_png(s, "studentfirst"), {"holder_name": "XU LING", "institution": "Jiangbei University of Science and Technology",
                                            "major": "Environmental Engineering", "level": ("undergraduate", "本科"),
                                            "graduation_date": "2019-07-01", "certificate_number": "194301201905000156"}


def photo_frame_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "毕 业 证 书", 48, "serif_cjk")
    s.d.rectangle([160, 260, 400, 580], outline="black", width=2)
    s.text(230, 400, "照片", 30, "sans_cjk", ink=(150, 150, 150))
    text_lines(s, 460, 260, ["学生 郑一鸣，性别 男，一九九六年十月三日生，于二〇一四年", "九月至二〇一八年六月在本校 金融学 专业四年制本科学习，",
                             "修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 60)
    text_lines(s, 760, 560, ["校　　名：皖南商学院", "校（院）长：方建华", "二〇一八年六月二十八日"], 26, "serif_cjk", 56)
    _chop(s, 1460, 760, "皖南商学院")
    s.text(160, 800, "证书编号：194291201805000624", 24, "serif_cjk")
    return scanned_png(s, "photoframe"), {"holder_name": "郑一鸣", "institution": "皖南商学院", "major": "金融学",
                                          "level": ("本科", "四年制本科"), "graduation_date": "2018-06-28",
                                          "certificate_number": "194291201805000624"}


def degree_birth_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "学士学位证书", 48, "serif_cjk")
    text_lines(s, 180, 250, ["　　贾梦琪，女，1998年4月7日生。在滇西师范大学 汉语言文学 专业完成了本科", "学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予",
                             "文学 学士学位。"], 28, "serif_cjk", 60)
    text_lines(s, 820, 560, ["滇西师范大学", "学位评定委员会主席：罗振宇", "二〇二〇年六月三十日"], 26, "serif_cjk", 56)
    _chop(s, 1460, 740, "滇西师范大学")
    s.text(180, 800, "证书编号：1942842020000318", 24, "serif_cjk")
    return scanned_png(s, "birthfirst"), {"holder_name": "贾梦琪", "institution": "滇西师范大学", "degree": ("文学学士", "文学学士学位"),
                                          "major": "汉语言文学", "date_awarded": "2020-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-translated-student-first.png", translated_student_first, "graduation_certificate", "translated-student-first"),
              ("graduation-photo-frame-numerals.png", photo_frame_numerals, "graduation_certificate", "photo-frame-numerals"),
              ("degree-birth-first.png", degree_birth_first, "degree_certificate", "birth-first")]
    return write_drawn(folder, papers)
