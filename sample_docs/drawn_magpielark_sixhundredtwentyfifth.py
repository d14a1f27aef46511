"""A six-hundred-and-twenty-fifth drawn set, of work letters and an appointment, drawn in stop 86's seventh round to be read cold before
any reader changes for it, in wording and layouts no earlier set drew: a 工作证明 whose employer signs only in Chinese under a letterhead
in English, the post 'in our finance department as 成本会计 一职'; a letter of appointment whose terms are a table ('Period of Contract:
2 years w.e.f. 1 June 2027', 'Salary: HK$55,000 per month (payable monthly in arrears)'); an experience certificate whose post at
leaving follows 'designated as', a dash inside it ('Deputy Manager – Procurement'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredtwentyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def english_letterhead_chinese_signature() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Chongqing Mountainriver Auto Parts Co., Ltd.", 28, "sans_bold")
    s.d.line([140, 140, 1514, 140], fill="black", width=2)
    s.text(660, 200, "工作证明", 46, "serif_cjk")
    y = text_lines(s, 180, 330, ["　　兹证明申雨萱女士（身份证号码：略）自2018年3月12日至2024年8月30日在本公司财务部担任成本会计一职，",
                                 "工作期间表现良好。", "　　特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 110, ["重庆山川汽车零部件有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 600, y + 200, "重庆山川汽车零部件有限公司")
    return scanned_png(s, "enhead"), {"employer": ("重庆山川汽车零部件有限公司", "Chongqing Mountainriver Auto Parts Co., Ltd."), "position": "成本会计",
                                      "start_date": "2018-03-12", "end_date": "2024-08-30"}


def appointment_terms_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Greywharf Shipping Finance Limited", 32, "serif_bold")
    y = text_lines(s, 140, 200, ["LETTER OF APPOINTMENT", "", "12 November 2026", "", "Mr. KANG Yiming", "", "Dear Mr. Kang,", "",
                                 "We are pleased to appoint you on the terms below:"], 24, "serif", 44)
    y = _ruled(s, 140, y + 20, [["Post", "Credit Risk Manager"], ["Period of Contract", "2 years w.e.f. 1 June 2027"],
                                ["Salary", "HK$55,000 per month (payable monthly in arrears)"], ["Annual Leave", "15 working days"]], [420, 860], 68, 24)
    text_lines(s, 140, y + 50, ["Yours sincerely,", "", "Director, Human Capital"], 24, "serif", 44)
    return scanned_png(s, "termstable"), {"employer_name": "Greywharf Shipping Finance Limited", "employee_name": ("KANG Yiming", "KANG YIMING"),
                                          "position": "Credit Risk Manager", "start_date": "2027-06-01", "term_months": 24,
                                          "monthly_salary_hkd": 55000.0}


def designated_as_dash() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Wenzhou Oujiang Valve Manufacturing Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 210, ["EXPERIENCE CERTIFICATE", "", "This is to certify that Ms. Lu Mengqi worked in our organisation from 3rd March 2015 to",
                             "28th February 2020. At the time of leaving she was designated as Deputy Manager – Procurement.", "",
                             "We wish her every success.", "", "For Wenzhou Oujiang Valve Manufacturing Co., Ltd.", "", "Authorised Signatory",
                             "Date: 20 November 2026"], 24, "serif", 44)
    return scanned_png(s, "designated"), {"employer": "Wenzhou Oujiang Valve Manufacturing Co., Ltd.",
                                          "position": ("Deputy Manager – Procurement", "Deputy Manager - Procurement", "Deputy Manager"),
                                          "start_date": "2015-03-03", "end_date": "2020-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-english-letterhead.png", english_letterhead_chinese_signature, "work_experience_letter", "english-letterhead"),
              ("contract-terms-table.png", appointment_terms_table, "employment_contract", "terms-table"),
              ("work-designated-as.png", designated_as_dash, "work_experience_letter", "designated-as")]
    return write_drawn(folder, papers)
