"""A four-hundred-and-first drawn set, of English work letters, in wording and layouts no earlier set drew: a letter
that 'serves to verify' a person 'has been employed by' a firm 'on a full-time basis since' a date and 'currently
occupies the role of' a post; a separation notice whose rows are 'Employment Start', 'Employment End' and 'Job Title at
Separation', dated month first; a manager's reference that he 'had the pleasure of supervising' a person 'during his
tenure at' a firm, 'where he worked as' a post 'between' two months. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def serves_to_verify() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Orchid Bay Logistics (Ningbo) Co., Ltd.", 28, "serif_bold")
    s.text(160, 134, "No. 88 Haitian Road, Beilun District, Ningbo", 20, "serif")
    text_lines(s, 160, 230, ["23 November 2026", "", "REFERENCE LETTER", "",
                             "This letter serves to verify that Ms. HE Lanxin has been employed by Orchid Bay Logistics (Ningbo)",
                             "Co., Ltd. on a full-time basis since 6 March 2017. She currently occupies the role of Customs",
                             "Clearance Supervisor within our Import Operations unit.", "",
                             "Should you require further details, please contact the undersigned.", "",
                             "Kind regards,", "", "ZHENG Wei", "Human Resources Business Partner"], 24, "serif", 44)
    return scanned_png(s, "verify"), {"employer": "Orchid Bay Logistics (Ningbo) Co., Ltd.", "position": "Customs Clearance Supervisor",
                                      "start_date": "2017-03-06"}


def separation_notice() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Bluepeak Software Services (Dalian) Co., Ltd.", 28, "sans_bold")
    s.text(160, 190, "Separation Notice", 32, "sans_bold")
    y = 270
    for label, value in [("Employee", "Mr. QIAO Yunfei"), ("Employment Start", "03/01/2016"), ("Employment End", "06/30/2021"),
                         ("Job Title at Separation", "Test Automation Lead"), ("Reason", "Resigned")]:
        s.text(160, y, label + ":", 24, "sans")
        s.text(620, y, value, 24, "sans")
        y += 54
    text_lines(s, 160, y + 40, ["Issued on 11/20/2026", "", "Talent Acquisition & HR Services"], 24, "sans", 44)
    return scanned_png(s, "separation"), {"employer": "Bluepeak Software Services (Dalian) Co., Ltd.", "position": "Test Automation Lead",
                                          "start_date": "2016-03-01", "end_date": "2021-06-30"}


def pleasure_of_supervising() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Crescent Valley Biotech (Suzhou) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["17 November 2026", "", "To the Immigration Department,", "",
                             "I had the pleasure of supervising Mr. DENG Hao during his tenure at Crescent Valley Biotech (Suzhou)",
                             "Co., Ltd., where he worked as a Quality Assurance Specialist between April 2014 and September 2019.",
                             "He was careful, reliable and well liked by his colleagues.", "",
                             "Yours faithfully,", "", "LIN Mei", "Director of Quality"], 24, "serif", 44)
    return scanned_png(s, "supervising"), {"employer": "Crescent Valley Biotech (Suzhou) Co., Ltd.", "position": "Quality Assurance Specialist",
                                           "start_date": "2014-04-01", "end_date": "2019-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-serves-to-verify.png", serves_to_verify, "work_experience_letter", "serves-to-verify"),
              ("work-separation-notice.png", separation_notice, "work_experience_letter", "separation-notice"),
              ("work-pleasure-of-supervising.png", pleasure_of_supervising, "work_experience_letter", "pleasure-of-supervising")]
    return write_drawn(folder, papers)
