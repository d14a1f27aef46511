"""A four-hundred-and-thirty-third drawn set, of consents, in wording and layouts no earlier set drew: an English 'No
Objection Certificate' of a research institute ('the Institute has no objection to Dr. … taking up employment'), its
chop in Chinese; a Chinese consent signed by a company's department on two lines under it, dated in Han numerals; a
traditional consent ('本公司同意員工…小姐赴港就業'), dated with figures in its closing line. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredthirtythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def no_objection_institute() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Qingdao Institute of Marine Geology and Mineral Resources", 28, "serif_bold")
    s.text(560, 200, "NO OBJECTION CERTIFICATE", 32, "serif")
    text_lines(s, 160, 300, ["Date: 19 November 2026", "",
                             "The Qingdao Institute of Marine Geology and Mineral Resources (the \"Institute\") has no objection",
                             "to Dr. PAN Ruoxi, an associate research fellow of the Institute, taking up employment in the",
                             "Hong Kong Special Administrative Region.", "", "Director's Office"], 24, "serif", 46)
    _chop(s, 1150, 720, "青岛海洋地质矿产研究所")
    return scanned_png(s, "institute"), {"organisation": "Qingdao Institute of Marine Geology and Mineral Resources", "applicant_name": "PAN Ruoxi",
                                         "date": "2026-11-19", "seal_present": True}


def department_signs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 130, "同意函", 44, "serif_cjk")
    s.text(140, 250, "香港特别行政区入境事务处：", 28, "serif_cjk")
    y = _paragraph(s, 140, 330, "　　我公司光学设计部员工孟楚涵，经本人申请，公司同意其赴香港就职，并按规定为其办理相关离职手续。", 30, 28, 60)
    text_lines(s, 900, y + 100, ["成都蓉锦光电科技股份有限公司", "人力资源部", "二〇二六年十一月二十日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 150, "成都蓉锦光电科技股份有限公司")
    return scanned_png(s, "department"), {"organisation": "成都蓉锦光电科技股份有限公司", "applicant_name": "孟楚涵", "date": "2026-11-20",
                                          "seal_present": True}


def traditional_figures_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "廈門海灣物流有限公司", 36, "serif_cjk")
    s.text(680, 200, "同 意 書", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　本公司同意員工林思彤小姐（現任報關主管）赴港就業，本公司對此並無異議。", 30, 28, 60)
    text_lines(s, 140, y + 60, ["　　此致", "香港入境事務處"], 28, "serif_cjk", 56)
    text_lines(s, 900, y + 200, ["廈門海灣物流有限公司（蓋章）", "日期：2026年11月23日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 240, "廈門海灣物流有限公司")
    return scanned_png(s, "tradfig"), {"organisation": "廈門海灣物流有限公司", "applicant_name": "林思彤", "date": "2026-11-23",
                                       "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-no-objection-institute.png", no_objection_institute, "consent_letter", "no-objection-institute"),
              ("consent-department-signs.png", department_signs, "consent_letter", "department-signs"),
              ("consent-traditional-figures-date.png", traditional_figures_date, "consent_letter", "traditional-figures-date")]
    return write_drawn(folder, papers)
