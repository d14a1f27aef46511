"""A thirteenth drawn set, drawn after the twelfth was mended: not new layouts but poorer ways in.
Eight papers of the earlier sets as an office's old machines send them: faxed (a fine fax's
204 x 196 dpi, black and white only, so a red chop turns to black dots over the print, saved as a
Group 4 TIFF), and scanned at 150 dpi in grey and saved as a strongly compressed JPEG. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
thirteenth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image

from . import drawn_forms
from . import drawn_forms_fifth as fifth
from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_papers_seventh as seventh

FAX_DPI = (204, 196)
SOURCE_DPI = 200
FAX_THRESHOLD = 150  # grey level above which a fax sends white


def _papers(i: int) -> list[tuple[str, str, object, dict]]:
    """(type, layout, sheet, fields) of one party's papers across the earlier sets."""
    p, c, g, a = fifth.PEOPLE[i], seventh.COMPANIES[i], eighth.GRADUATES[i], eleventh.APPLICANTS[i]
    return [("applicant_form", "solid", fifth.applicant_solid(p), drawn_forms.truth(p, "applicant_form")),
            ("br_certificate", "renewal", seventh.br_renewal_notice(c), seventh.truth(c, "br_certificate", "renewal")),
            ("employment_contract", "offer-table", seventh.offer_letter_table(c),
             seventh.truth(c, "employment_contract", "offer-table")),
            ("consent_letter", "chopped", eighth.consent_letter(g), eighth.truth(g, "consent_letter", "chopped")),
            ("graduation_certificate", "table", eighth.graduation_table(g), eighth.truth(g, "graduation_certificate", "table")),
            ("work_experience_letter", "table", eleventh.work_table(a), eleventh.truth(a, "work_experience_letter", "table")),
            ("qualification_report", "grid", eleventh.report_grid(a), eleventh.truth(a, "qualification_report", "grid")),
            ("business_plan", "table", eleventh.plan_table(a), eleventh.truth(a, "business_plan", "table"))]


def faxed(page: Image.Image) -> Image.Image:
    """A fine fax in text mode: resampled to 204 x 196 dpi and cut to black and white at a
    threshold, so a red chop comes out black over the print it crosses."""
    w, h = page.size
    size = (round(w * FAX_DPI[0] / SOURCE_DPI), round(h * FAX_DPI[1] / SOURCE_DPI))
    grey = page.convert("L").resize(size, Image.Resampling.BILINEAR)
    return grey.point(lambda v: 255 if v > FAX_THRESHOLD else 0).convert("1")


def grey_150(page: Image.Image) -> Image.Image:
    w, h = page.size
    return page.convert("L").resize((w * 150 // SOURCE_DPI, h * 150 // SOURCE_DPI), Image.Resampling.LANCZOS)


def write_all(folder: Path) -> list[dict]:
    """Each paper of two parties faxed (TIFF) and scanned grey at 150 dpi (JPEG); the truth, one
    entry a file."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        for kind, layout, sheet, fields in _papers(i):
            page = sheet.scanned(zlib.crc32(f"{kind}-{layout}-{i}".encode()))
            fax = f"{kind}-{layout}-fax-{i + 1}.tif"
            faxed(page).save(folder / fax, compression="group4", dpi=FAX_DPI)
            grey = f"{kind}-{layout}-grey150-{i + 1}.jpg"
            grey_150(page).save(folder / grey, quality=55, dpi=(150, 150))
            out += [{"file": fax, "type": kind, "layout": f"{layout}-fax", "fields": fields},
                    {"file": grey, "type": kind, "layout": f"{layout}-grey150", "fields": fields}]
    return out
