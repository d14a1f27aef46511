"""A five-hundred-and-forty-sixth drawn set, of a graduation certificate and a consent, drawn for stop 84's third round, to be read
cold before any reader changes for it, in wording and layouts no earlier set drew: an English diploma of graduation ('has
satisfactorily completed the prescribed four-year course of Software Engineering (undergraduate) and is entitled to graduate'); a
consent in English as a table of the employee's particulars under a release ('The Company agrees to release the employee below …').
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfortysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def entitled_to_graduate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "DIPLOMA", 40, "serif_bold")
    text_lines(s, 160, 220, ["Student ZOU Yifan, male, born on 8 August 1997, has satisfactorily completed the prescribed four-year course",
                             "of Software Engineering (undergraduate) at Qiantang University of Information from September 2015 to July",
                             "2019 and is entitled to graduate.", "", "Qiantang University of Information", "10 July 2019", "",
                             "Diploma No. 192481201907000664"], 23, "serif", 46)
    return scanned_png(s, "entitled"), {"holder_name": "ZOU Yifan", "institution": "Qiantang University of Information", "major": "Software Engineering",
                                        "level": ("undergraduate", "Undergraduate", "本科"), "graduation_date": "2019-07-10",
                                        "certificate_number": "192481201907000664"}


def release_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Taiyuan Fenhe Coal Chemical Engineering Co., Ltd.", 26, "serif_bold")
    s.text(560, 180, "LETTER OF RELEASE", 32, "serif_bold")
    y = text_lines(s, 160, 260, ["The Company agrees to release the employee below to take up employment in Hong Kong:"], 23, "serif", 46)
    y = _ruled(s, 160, y + 20, [["Name of employee", "WU Haoyu"], ["Position", "Process Safety Engineer"], ["Date joined", "1 August 2017"]],
               [400, 700], 64, 23)
    text_lines(s, 160, y + 50, ["Date: 28 November 2026", "", "Company seal:"], 23, "serif", 46)
    _chop(s, 700, y + 230, "太原汾河煤化工有限公司")
    return scanned_png(s, "releasetbl"), {"organisation": "Taiyuan Fenhe Coal Chemical Engineering Co., Ltd.", "applicant_name": "WU Haoyu",
                                          "date": "2026-11-28", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-entitled-to-graduate.png", entitled_to_graduate, "graduation_certificate", "entitled-to-graduate"),
              ("consent-release-table.png", release_table, "consent_letter", "release-table")]
    return write_drawn(folder, papers)
