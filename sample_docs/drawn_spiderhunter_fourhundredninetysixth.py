"""A four-hundred-and-ninety-sixth drawn set, of a graduation certificate and two consents, drawn after stop 82's last
reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: an English graduation
certificate 'granted this certificate of graduation' after 'a four-year undergraduate course in'; a Chinese consent headed
as a letter about its subject (关于同意…赴港工作的函); an English 'NO OBJECTION LETTER' for 'our employee … taking up
employment in the Hong Kong SAR'. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredninetysixth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def certificate_of_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "CERTIFICATE OF GRADUATION", 34, "serif_bold")
    text_lines(s, 160, 240, ["This is to certify that Mr. WU Yuxuan, born on 12 April 1997, has completed a four-year undergraduate",
                             "course in Environmental Engineering at Huaihe University of Technology, and is hereby granted this",
                             "certificate of graduation on 30 June 2019.", "", "",
                             "Huaihe University of Technology", "", "Certificate No. 192811201906002765"], 24, "serif", 46)
    return scanned_png(s, "certgrad"), {"holder_name": "WU Yuxuan", "institution": "Huaihe University of Technology",
                                        "major": "Environmental Engineering", "level": ("Undergraduate", "本科", "undergraduate", "four-year undergraduate"),
                                        "graduation_date": "2019-06-30", "certificate_number": "192811201906002765"}


def letter_about_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 120, "关于同意柴雨萱同志赴港工作的函", 40, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　我公司员工柴雨萱同志拟赴香港特别行政区工作，经研究，我公司同意其赴港工作。特此函告。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["绵阳科创电子元件有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "绵阳科创电子元件有限公司")
    return scanned_png(s, "aboutconsent"), {"organisation": "绵阳科创电子元件有限公司", "applicant_name": "柴雨萱", "date": "2026-11-23",
                                            "seal_present": True}


def no_objection_sar() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lanzhou Yellow River Pharmaceutical Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Date: 27 November 2026", "", "NO OBJECTION LETTER", "",
                             "We have no objection to our employee Ms. HE Yutong taking up employment in the Hong Kong SAR.", "",
                             "For and on behalf of the Company", "", "Human Resources Manager"], 24, "serif", 44)
    _chop(s, 1150, 600, "兰州黄河制药有限公司")
    return scanned_png(s, "nosar"), {"organisation": "Lanzhou Yellow River Pharmaceutical Co., Ltd.", "applicant_name": "HE Yutong",
                                     "date": "2026-11-27", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-certificate-of-graduation.png", certificate_of_graduation, "graduation_certificate", "certificate-of-graduation"),
              ("consent-letter-about-consent.png", letter_about_consent, "consent_letter", "letter-about-consent"),
              ("consent-no-objection-sar.png", no_objection_sar, "consent_letter", "no-objection-sar")]
    return write_drawn(folder, papers)
