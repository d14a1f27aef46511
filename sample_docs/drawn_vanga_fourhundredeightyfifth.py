"""A four-hundred-and-eighty-fifth drawn set, of degrees, drawn after stop 82's last reader change, to be read cold, in
wording and layouts no earlier set drew: a Chinese degree of a research student in a discipline (在我校应用数学学科攻读硕士学位，
已通过…答辩，…授予理学硕士学位); a Board's conferment of 'the Degree of Bachelor of Laws upon' the holder, dated in its sentence;
a translation's particulars in one line of semicolons ('Holder: …; Degree: …; Specialty: …; Date: …'). Each is a case of
its own (`scripts/bench_drawn_forms.py --set fourhundredeightyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def research_student_discipline() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "硕士学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　研究生程思远，男，1996年6月3日生，在我校应用数学学科攻读硕士学位，已通过硕士学位论文答辩，"
                                "经我校学位评定委员会审核，授予理学硕士学位。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["湘江师范大学", "2021年6月23日"], 28, "serif_cjk", 56)
    _chop(s, 1020, y + 150, "湘江师范大学")
    s.text(160, y + 300, "证书编号：1929132021000219", 24, "serif_cjk")
    return scanned_png(s, "research"), {"holder_name": "程思远", "institution": "湘江师范大学", "degree": ("理学硕士", "理学硕士学位"),
                                        "major": "应用数学", "date_awarded": "2021-06-23", "certificate_number": "1929132021000219"}


def board_degree_upon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "Pinecrest University", 40, "serif_bold")
    text_lines(s, 160, 260, ["On 28 June 2017 the Board of Governors of Pinecrest University conferred the Degree of Bachelor of Laws",
                             "upon Ms. DING Yuxuan, she having fulfilled all the requirements.", "", "",
                             "Secretary to the Board", "", "No. PU-LLB-17-2290"], 24, "serif", 46)
    return scanned_png(s, "boardupon"), {"holder_name": "DING Yuxuan", "institution": "Pinecrest University", "degree": ("Bachelor of Laws",),
                                         "date_awarded": "2017-06-28", "certificate_number": "PU-LLB-17-2290"}


def semicolon_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "DEGREE CERTIFICATE — TRANSLATION", 32, "serif_bold")
    text_lines(s, 160, 240, ["Holder: ZHU Chen; Degree: Master of Agriculture; Specialty: Agricultural Resources and Environment;",
                             "Date: 30 June 2021; Institution: Huaibei Agricultural University; Certificate No.: 1929032021000684.", "",
                             "Translated from the Chinese original."], 24, "serif", 46)
    return scanned_png(s, "semicolons"), {"holder_name": "ZHU Chen", "institution": "Huaibei Agricultural University",
                                          "degree": ("Master of Agriculture",), "major": "Agricultural Resources and Environment",
                                          "date_awarded": "2021-06-30", "certificate_number": "1929032021000684"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-research-student-discipline.png", research_student_discipline, "degree_certificate", "research-student-discipline"),
              ("degree-board-degree-upon.png", board_degree_upon, "degree_certificate", "board-degree-upon"),
              ("degree-semicolon-particulars.png", semicolon_particulars, "degree_certificate", "semicolon-particulars")]
    return write_drawn(folder, papers)
