"""A four-hundred-and-twenty-ninth drawn set, of English work letters, in wording and layouts no earlier set drew: a
letter that a person 'rendered her services' to a firm 'in the capacity of' a post, her 'engagement' beginning and
concluding on dates; a letter with dates written as ISO figures ('has been with us since 2016-08-01 and currently
holds the designation of'); a letter naming its firm only in its letterhead, in capitals, the body saying 'the
Company', dates with ordinal suffixes and the post held on leaving after a promotion. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredtwentyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def rendered_services() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Greenfield Agritech (Kunming) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["26 November 2026", "", "TO WHOM IT MAY CONCERN", "",
                             "This is to confirm that Ms. DU Yawen rendered her services to Greenfield Agritech (Kunming) Co., Ltd.",
                             "in the capacity of Agronomy Specialist. Her engagement began on 15 March 2013 and concluded on",
                             "30 November 2018.", "", "For Greenfield Agritech (Kunming) Co., Ltd.", "", "LI Wenjing", "HR Manager"],
               24, "serif", 44)
    return scanned_png(s, "rendered"), {"employer": "Greenfield Agritech (Kunming) Co., Ltd.", "position": "Agronomy Specialist",
                                        "start_date": "2013-03-15", "end_date": "2018-11-30"}


def iso_dates_designation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hangzhou Lakeside Cloud Data Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 140, ["Building 5, 88 Wenyi West Road, Hangzhou"], 20, "sans", 30)
    text_lines(s, 160, 230, ["Date: 2026-11-27", "", "Certificate of Employment", "",
                             "Mr. HU Zhenyu (employee ID 55821) has been with us since 2016-08-01 and currently holds the",
                             "designation of Data Platform Architect in our Technology Division.", "",
                             "This certificate is issued at his request.", "", "People Operations"], 24, "sans", 44)
    return scanned_png(s, "iso"), {"employer": "Hangzhou Lakeside Cloud Data Co., Ltd.", "position": "Data Platform Architect",
                                   "start_date": "2016-08-01"}


def the_company_in_capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 90, "DONGGUAN BRIGHTWAY GARMENT MANUFACTURING CO., LTD.", 26, "serif_bold")
    s.text(560, 135, "Humen Town, Dongguan, Guangdong", 20, "serif")
    text_lines(s, 160, 230, ["24th November 2026", "", "Dear Sir or Madam,", "",
                             "Mr. JIANG Lei joined the Company on 7th June 2011 as Assistant Buyer. He was promoted to Merchandiser",
                             "in 2014 and left the Company on 31st August 2019, holding at that time the position of Senior",
                             "Merchandiser.", "", "Yours faithfully,", "", "CHEN Meiling", "Administration Manager"], 24, "serif", 44)
    return scanned_png(s, "capitals"), {"employer": ("DONGGUAN BRIGHTWAY GARMENT MANUFACTURING CO., LTD.",),
                                        "position": "Senior Merchandiser", "start_date": "2011-06-07", "end_date": "2019-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-rendered-services.png", rendered_services, "work_experience_letter", "rendered-services"),
              ("work-iso-dates-designation.png", iso_dates_designation, "work_experience_letter", "iso-dates-designation"),
              ("work-the-company-in-capitals.png", the_company_in_capitals, "work_experience_letter", "the-company-in-capitals")]
    return write_drawn(folder, papers)
