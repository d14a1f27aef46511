"""A four-hundred-and-eighty-fourth drawn set, of a contract, a graduation certificate and a work letter, drawn after stop
82's fourth reader change, to be read cold, in wording and layouts no earlier set drew: a contract whose terms are defined
terms in rows ('Commencement Date: …', 'Term: two years from the Commencement Date', 'Salary: HK$45,000.00 per month'); a
graduation certificate's translation as a ruled table of labels ('Graduate', 'Programme', 'Level', 'Date of Graduation');
a Chinese letter whose stay is bracketed after the name (…（2014年3月—2018年7月）曾任我公司行政主管). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredeightyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def defined_terms_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "CONTRACT OF EMPLOYMENT", 34, "serif_bold")
    text_lines(s, 160, 200, ["Employer: Tai Po Precision Optics Limited", "Employee: Ms. GONG Yiling", "Position: Optical Design Engineer",
                             "Commencement Date: 1 April 2027", "Term: two years from the Commencement Date",
                             "Salary: HK$45,000.00 per month", "", "Both parties agree to the terms above.", "",
                             "Employer's signature: __________          Employee's signature: __________"], 24, "serif", 48)
    return scanned_png(s, "definedrows"), {"employer_name": "Tai Po Precision Optics Limited", "employee_name": "GONG Yiling",
                                           "position": "Optical Design Engineer", "start_date": "2027-04-01", "term_months": 24,
                                           "monthly_salary_hkd": 45000.0}


def graduation_table_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "GRADUATION CERTIFICATE (TRANSLATION)", 32, "serif_bold")
    y = _ruled(s, 160, 200, [["Graduate", "TAN Yifei"], ["Programme", "Automotive Engineering"], ["Level", "Undergraduate (four-year)"],
                             ["Institution", "Liuzhou Institute of Technology"], ["Date of Graduation", "30 June 2018"],
                             ["Certificate No.", "192941201806000637"]], [420, 760], 70, 24)
    text_lines(s, 160, y + 60, ["The translator certifies this a true translation of the Chinese original."], 20, "serif", 34)
    return scanned_png(s, "gradtable"), {"holder_name": "TAN Yifei", "institution": "Liuzhou Institute of Technology", "major": "Automotive Engineering",
                                         "level": ("Undergraduate", "本科", "undergraduate", "Undergraduate (four-year)"),
                                         "graduation_date": "2018-06-30", "certificate_number": "192941201806000637"}


def stay_bracketed_after_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "证 明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明韩佳宁（2014年3月—2018年7月）曾任我公司行政主管，负责公司日常行政管理工作。特此证明。", 35, 30, 62)
    text_lines(s, 860, y + 100, ["唐山曹妃甸港口物流有限公司", "2026年11月11日"], 28, "serif_cjk", 56)
    _chop(s, 1090, y + 150, "唐山曹妃甸港口物流有限公司")
    return scanned_png(s, "bracketstay"), {"employer": "唐山曹妃甸港口物流有限公司", "position": "行政主管", "start_date": "2014-03-01",
                                           "end_date": "2018-07-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-defined-terms-rows.png", defined_terms_rows, "employment_contract", "defined-terms-rows"),
              ("graduation-table-translation.png", graduation_table_translation, "graduation_certificate", "table-translation"),
              ("work-stay-bracketed-after-name.png", stay_bracketed_after_name, "work_experience_letter", "stay-bracketed-after-name")]
    return write_drawn(folder, papers)
