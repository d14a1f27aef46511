"""A three-hundred-and-seventy-fourth drawn set, of English work letters, drawn after the stop's last reader change, to
be read cold and left unmended, in wording and layouts no earlier set drew: a letter that a person 'was part of our
finance team from … to …, latterly as' a post; a bank's letter that a person 'rendered service' in a branch 'in the
capacity of' a post 'for the period' between two dates; a letter whose particulars follow 'Details of employment:' as
dashed items. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredseventyfourth`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def latterly_as() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Goldcoast Home Appliances (Zhongshan) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["29 November 2026", "", "To whom it may concern", "",
                             "Mr. JIN Haoran was part of our finance team from 3 March 2014 to 30 April 2021, latterly as",
                             "Finance Manager for the export division.", "",
                             "Kind regards,", "", "People & Culture"], 24, "serif", 44)
    return scanned_png(s, "latterly"), {"employer": "Goldcoast Home Appliances (Zhongshan) Co., Ltd.", "position": "Finance Manager",
                                        "start_date": "2014-03-03", "end_date": "2021-04-30"}


def rendered_service() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Xiangjiang Rural Commercial Bank, Zhuzhou Branch", 28, "serif_bold")
    text_lines(s, 160, 200, ["Date: 18 November 2026", "", "SERVICE CERTIFICATE", "",
                             "This is to certify that Ms. PAN Xiaoyu rendered service in this Branch in the capacity of",
                             "Credit Officer for the period 1 September 2013 to 31 October 2020.", "",
                             "Branch Manager"], 24, "serif", 44)
    return scanned_png(s, "rendered"), {"employer": "Xiangjiang Rural Commercial Bank, Zhuzhou Branch", "position": "Credit Officer",
                                        "start_date": "2013-09-01", "end_date": "2020-10-31"}


def dashed_details() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Redstone Mining Equipment (Xuzhou) Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 200, ["10 November 2026", "", "Dear Sir / Madam,", "",
                             "We write at the request of our former colleague, Mr. BAI Zhe. Details of employment:", "",
                             "  - Joined: 8 June 2015", "  - Left: 22 December 2022", "  - Last held post: Hydraulic Systems Engineer", "",
                             "Yours faithfully,", "", "HR Shared Services"], 24, "sans", 44)
    return scanned_png(s, "dashed"), {"employer": "Redstone Mining Equipment (Xuzhou) Co., Ltd.", "position": "Hydraulic Systems Engineer",
                                      "start_date": "2015-06-08", "end_date": "2022-12-22"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-latterly-as.png", latterly_as, "work_experience_letter", "latterly-as"),
              ("work-rendered-service.png", rendered_service, "work_experience_letter", "rendered-service"),
              ("work-dashed-details.png", dashed_details, "work_experience_letter", "dashed-details")]
    return write_drawn(folder, papers)
