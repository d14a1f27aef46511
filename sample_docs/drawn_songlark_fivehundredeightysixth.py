"""A five-hundred-and-eighty-sixth drawn set, stop 85's third round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: a Mainland graduation certificate in English with its number at the top right ('No. …'), the programme
named before the school ('the four-year undergraduate programme of Automation at Lishui University of Technology'); a letter of no
objection in English from a Mainland employer ('We, …, have no objection to our employee … taking up employment with … in Hong Kong').
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredeightysixth`). Every name and number is made up; 19214 is no
real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def programme_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1080, 90, "No. 192141202207000876", 22, "serif")
    s.text(500, 160, "CERTIFICATE OF GRADUATION", 38, "serif_bold")
    y = text_lines(s, 180, 280, ["This is to certify that XIE Yuhang, male, born on 19 August 2000, has studied in the four-year undergraduate",
                                 "programme of Automation at Lishui University of Technology from September 2018 to July 2022, has completed",
                                 "all the courses as required and is allowed to graduate."], 24, "serif", 48)
    text_lines(s, 900, y + 100, ["President", "", "1 July 2022"], 24, "serif", 46)
    return scanned_png(s, "programmeof"), {"holder_name": "XIE Yuhang", "institution": "Lishui University of Technology", "major": "Automation",
                                           "level": ("four-year undergraduate", "undergraduate", "本科"), "graduation_date": "2022-07-01",
                                           "certificate_number": "192141202207000876"}


def no_objection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "LETTER OF NO OBJECTION", 36, "serif_bold")
    y = text_lines(s, 180, 220, ["To: Immigration Department, HKSAR", "",
                                 "We, Guangxi Beibu Gulf Port Logistics Co., Ltd., have no objection to our employee Mr. TAN Jiale (Mainland",
                                 "Travel Permit for Hong Kong and Macao No. C12345678) taking up employment with Lantau Freight Services",
                                 "Limited in Hong Kong under the Admission Scheme for Mainland Talents and Professionals."], 24, "serif", 46)
    text_lines(s, 180, y + 100, ["For and on behalf of", "Guangxi Beibu Gulf Port Logistics Co., Ltd.", "", "", "Date: 15 November 2026"], 24, "serif", 44)
    _chop(s, 1150, y + 180, "广西北部湾港口物流有限公司")
    return scanned_png(s, "noobjection"), {"organisation": "Guangxi Beibu Gulf Port Logistics Co., Ltd.", "applicant_name": "TAN Jiale",
                                           "date": "2026-11-15", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-programme-of.png", programme_of, "graduation_certificate", "programme-of"),
              ("consent-no-objection-english.png", no_objection, "consent_letter", "no-objection-english")]
    return write_drawn(folder, papers)
