"""A five-hundred-and-sixty-second drawn set, of degrees in English, drawn after stop 84's last reader change, to be read cold and left
unmended, in wording and layouts no earlier set drew: a college's diploma 'by virtue of the authority vested in them', the major after
the degree ('major in Interior Design'), dated 'this 22nd day of May 2021'; a degree and its subject in capitals on one line ('DOCTOR
OF PHILOSOPHY IN COMPUTER SCIENCE') with an ISO date ('Conferred: 2023-01-15'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredsixtysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def vested_authority() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "Maple Ridge College of Art", 38, "serif_bold")
    text_lines(s, 180, 230, ["The President and Faculty of Maple Ridge College of Art, by virtue of the authority vested in them, have",
                             "conferred upon QIU Yanan the degree of Bachelor of Fine Arts, major in Interior Design, with all its rights and",
                             "privileges, this 22nd day of May 2021.", "", "", "President", "", "Diploma No. MRCA-BFA-21-0318"], 23, "serif", 48)
    return scanned_png(s, "vested"), {"holder_name": "QIU Yanan", "institution": "Maple Ridge College of Art", "degree": ("Bachelor of Fine Arts",),
                                      "major": "Interior Design", "date_awarded": "2021-05-22", "certificate_number": "MRCA-BFA-21-0318"}


def capitals_one_line_iso_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "NORTH COAST UNIVERSITY", 38, "serif_bold")
    text_lines(s, 200, 240, ["THIS IS TO CERTIFY THAT", "", "SHI JUNHAO", "", "HAS BEEN AWARDED THE DEGREE OF", "",
                             "DOCTOR OF PHILOSOPHY IN COMPUTER SCIENCE", "", "Conferred: 2023-01-15", "Certificate: NCU-PHD-2023-0042"],
               26, "serif", 50)
    return scanned_png(s, "capsiso"), {"holder_name": "SHI Junhao", "institution": "NORTH COAST UNIVERSITY", "degree": ("DOCTOR OF PHILOSOPHY",),
                                       "major": "COMPUTER SCIENCE", "date_awarded": "2023-01-15", "certificate_number": "NCU-PHD-2023-0042"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-vested-authority.png", vested_authority, "degree_certificate", "vested-authority"),
              ("degree-capitals-one-line-iso-date.png", capitals_one_line_iso_date, "degree_certificate", "capitals-one-line-iso-date")]
    return write_drawn(folder, papers)
