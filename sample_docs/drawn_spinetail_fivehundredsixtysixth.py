"""A five-hundred-and-sixty-sixth drawn set, of graduation certificates, drawn after stop 84's last reader change, to be read cold and
left unmended, in wording and layouts no earlier set drew: an English certificate as a table with shaded labels ('Programme', 'Level',
'Duration', 'Date of Graduation'); a Mainland certificate printed beside a photo's box, its text in a narrow column on the right. Each is a
case of its own (`scripts/bench_drawn_forms.py --set fivehundredsixtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def shaded_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "Certificate of Graduation", 36, "serif_bold")
    s.text(520, 160, "Gannan University of Science", 28, "serif")
    _ruled(s, 180, 240, [["Name", "LIAO Xinyi"], ["Programme", "Pharmaceutical Engineering"], ["Level", "Undergraduate"], ["Duration", "4 years"],
                         ["Date of Graduation", "26 June 2020"], ["Certificate No.", "192341202006000702"]], [420, 760], 68, 24, shade_labels=True)
    return scanned_png(s, "gradshaded"), {"holder_name": "LIAO Xinyi", "institution": "Gannan University of Science", "major": "Pharmaceutical Engineering",
                                          "level": ("Undergraduate", "undergraduate", "本科"), "graduation_date": "2020-06-26",
                                          "certificate_number": "192341202006000702"}


def beside_a_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "毕业证书", 44, "serif_cjk")
    s.d.rectangle((160, 240, 460, 640), outline=(0, 0, 0), width=2)
    s.text(250, 420, "照片", 28, "serif_cjk")
    y = text_lines(s, 560, 250, ["　　学生卢欣怡，女，1997年", "10月生，于2015年9月至2019年", "6月在本校护理学专业四年制", "本科学习，修完教学计划规定的",
                                 "全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 60)
    text_lines(s, 560, y + 60, ["校名：湘南医学院", "证书编号：192331201906001048", "2019年6月25日"], 26, "serif_cjk", 54)
    _chop(s, 1300, y + 200, "湘南医学院")
    return scanned_png(s, "besidephoto"), {"holder_name": "卢欣怡", "institution": "湘南医学院", "major": "护理学", "level": ("本科", "四年制本科"),
                                           "graduation_date": "2019-06-25", "certificate_number": "192331201906001048"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-shaded-table.png", shaded_table, "graduation_certificate", "shaded-table"),
              ("graduation-beside-a-photo.png", beside_a_photo, "graduation_certificate", "beside-a-photo")]
    return write_drawn(folder, papers)
