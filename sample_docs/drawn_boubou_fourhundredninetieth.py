"""A four-hundred-and-ninetieth drawn set, of degrees, drawn after stop 82's last reader change, to be read cold, in
wording and layouts no earlier set drew: a Macau university's degree as a traditional-script ruled table (姓名, 學位, 專業,
授予單位, 授予日期, 證書編號); 'admitted to the degree of Doctor of Philosophy (PhD) in Chemical Engineering'; a professional
master's degree with its field after 工程领域 (授予…工程硕士专业学位，工程领域：…). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredninetieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def macau_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "碩士學位證書", 44, "serif_cjk")
    y = _ruled(s, 200, 230, [["姓名", "梁詠琪"], ["學位", "文學碩士"], ["專業", "葡萄牙語語言學"], ["授予單位", "澳門南灣大學"],
                             ["授予日期", "2023年7月15日"], ["證書編號", "NWU-MA-2023-0461"]], [360, 760], 76, 26)
    _chop(s, 1150, y + 110, "澳門南灣大學")
    return scanned_png(s, "macautable"), {"holder_name": "梁詠琪", "institution": "澳門南灣大學", "degree": ("文學碩士", "文學碩士學位"),
                                          "major": "葡萄牙語語言學", "date_awarded": "2023-07-15", "certificate_number": "NWU-MA-2023-0461"}


def admitted_phd() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "Fernhill University", 40, "serif_bold")
    text_lines(s, 160, 260, ["Be it known that", "", "QU Zhenyang", "",
                             "was admitted to the degree of Doctor of Philosophy (PhD) in Chemical Engineering on 9 December 2021.", "", "",
                             "Registrar", "", "Testamur No. FU-PHD-21-0177"], 26, "serif", 46)
    return scanned_png(s, "admittedphd"), {"holder_name": "QU Zhenyang", "institution": "Fernhill University", "degree": ("Doctor of Philosophy",),
                                           "major": "Chemical Engineering", "date_awarded": "2021-12-09", "certificate_number": "FU-PHD-21-0177"}


def professional_field() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "硕士专业学位证书", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　鲁子航，男，1993年10月8日生，经审核，符合学位条例规定，授予工程硕士专业学位，工程领域：机械工程。", 33, 30, 62)
    text_lines(s, 860, y + 100, ["秦川工业大学", "2020年12月25日"], 28, "serif_cjk", 56)
    _chop(s, 1020, y + 150, "秦川工业大学")
    s.text(160, y + 300, "证书编号：1928732020000095", 24, "serif_cjk")
    return scanned_png(s, "professional"), {"holder_name": "鲁子航", "institution": "秦川工业大学", "degree": ("工程硕士", "工程硕士专业学位"),
                                            "major": "机械工程", "date_awarded": "2020-12-25", "certificate_number": "1928732020000095"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-macau-table.png", macau_table, "degree_certificate", "macau-table"),
              ("degree-admitted-phd.png", admitted_phd, "degree_certificate", "admitted-phd"),
              ("degree-professional-field.png", professional_field, "degree_certificate", "professional-field")]
    return write_drawn(folder, papers)
