"""A five-hundred-and-seventy-eighth drawn set, of graduation certificates, stop 85's second round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a graduation certificate translated into English as a notary's office gives
it ('Student Dong Jiawei, male, born on March 3, 1997, studied in the major of …', 'Name of school:', dates month first); a college's
three-year certificate in Chinese ('我院', '三年制高职专科'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredseventyeighth`). Every name and number is made up; 19223 and 19222 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def translated() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 110, "Graduation Certificate (Translation)", 36, "serif_bold")
    y = text_lines(s, 180, 240, ["Student Dong Jiawei, male, born on March 3, 1997, studied in the major of Software Engineering of this",
                                 "university from September 2015 to July 2019 in the four-year undergraduate program, completed all the",
                                 "courses stipulated in the teaching plan, passed all examinations and is hereby permitted to graduate."],
                   24, "serif", 46)
    text_lines(s, 180, y + 80, ["President: (signed)", "Name of school: Qiantang University of Technology (seal)",
                                "Certificate No.: 192231201907000733", "July 1, 2019"], 24, "serif", 50)
    s.text(180, y + 420, "Translated by Hangzhou Westlake Notary Office. The translation conforms to the original.", 18, "serif")
    return scanned_png(s, "translatedgrad"), {"holder_name": "Dong Jiawei", "institution": "Qiantang University of Technology",
                                              "major": "Software Engineering", "level": ("four-year undergraduate", "undergraduate", "本科"),
                                              "graduation_date": "2019-07-01", "certificate_number": "192231201907000733"}


def college_three_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "毕业证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　学生蒋一鸣，男，2001年4月生，于2019年9月至2022年6月在我院电子商务专业",
                                 "三年制高职专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"], 30, "serif_cjk", 62)
    text_lines(s, 200, y + 80, ["院长：", "学院名称：闽北商贸职业学院", "证书编号：192221202206000812"], 28, "serif_cjk", 56)
    s.text(900, y + 320, "2022年6月24日", 28, "serif_cjk")
    _chop(s, 1250, y + 160, "闽北商贸职业学院")
    return scanned_png(s, "collegethree"), {"holder_name": "蒋一鸣", "institution": "闽北商贸职业学院", "major": "电子商务",
                                            "level": ("专科", "高职专科", "三年制高职专科", "高职"), "graduation_date": "2022-06-24",
                                            "certificate_number": "192221202206000812"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-translated.png", translated, "graduation_certificate", "translated"),
              ("graduation-college-three-year.png", college_three_year, "graduation_certificate", "college-three-year")]
    return write_drawn(folder, papers)
