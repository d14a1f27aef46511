"""A five-hundred-and-eighty-second drawn set, stop 85's second round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: a Hong Kong employment certificate of labels whose period runs to 'present' ('Period of Employment: 3 June
2019 – present'); a professional master's degree naming its category and its field ('电子信息硕士专业学位', '计算机技术领域'). Each is a case
of its own (`scripts/bench_drawn_forms.py --set fivehundredeightysecond`). Every name and number is made up; 19217 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def to_present() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 100, "KOWLOON BAY MARINE SUPPLIES LIMITED", 32, "sans_bold")
    s.text(560, 220, "EMPLOYMENT CERTIFICATE", 34, "serif_bold")
    rows = ["Name of Employee: Ms. HUANG Wanting", "Job Title: Procurement Executive", "Period of Employment: 3 June 2019 – present",
            "Employment Type: Full-time, permanent"]
    y = text_lines(s, 180, 320, rows, 26, "sans", 60)
    text_lines(s, 180, y + 60, ["This certificate is issued at the request of the employee.", "", "", "Human Resources Manager",
                                "Kowloon Bay Marine Supplies Limited", "Date: 17 November 2026"], 24, "serif", 44)
    return scanned_png(s, "topresent"), {"employer": ("Kowloon Bay Marine Supplies Limited", "KOWLOON BAY MARINE SUPPLIES LIMITED"),
                                         "position": "Procurement Executive", "start_date": "2019-06-03", "end_date": "2026-11-17"}


def professional_master() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "硕士专业学位证书", 46, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　侯思远，男，1996年2月9日生，在电子信息专业学位类别计算机技术领域完成了",
                                 "硕士专业学位研究生学习计划，通过了学位论文答辩，经审核符合《中华人民共和国学位",
                                 "条例》的规定，授予电子信息硕士专业学位。"], 28, "serif_cjk", 60)
    text_lines(s, 900, y + 120, ["南溪科技大学", "学位评定委员会主席", "2022年6月18日"], 28, "serif_cjk", 52)
    s.text(200, y + 400, "证书编号：1921732022000158", 24, "sans_cjk")
    _chop(s, 560, y + 200, "南溪科技大学")
    return scanned_png(s, "profmaster"), {"holder_name": "侯思远", "institution": "南溪科技大学", "degree": ("电子信息硕士", "电子信息硕士专业学位"),
                                          "major": ("计算机技术", "电子信息"), "date_awarded": "2022-06-18", "certificate_number": "1921732022000158"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-to-present.png", to_present, "work_experience_letter", "to-present"),
              ("degree-professional-master.png", professional_master, "degree_certificate", "professional-master")]
    return write_drawn(folder, papers)
