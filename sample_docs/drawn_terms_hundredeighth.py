"""A hundred-and-eighth drawn set: papers in five layouts no set drew. A contract in traditional Chinese whose terms
are a table's headings over one row of answers ('僱員姓名 | 職位 | 生效日期 | 合約期 | 月薪'); an offer letter that states
the term by its start and end ('from 1 April 2027 until 31 March 2029'); a contract that names the employee in full
only in its address block and greets her by surname ('Dear Ms He'); form ID 990B with the BR number in two groups of
four ('6521 0437'); a consent under a logo with no name in type, the organisation named only where it signs ('For and on
behalf of …'). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def contract_hant_heading_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "僱 傭 合 約", 48, "serif_cjk")
    s.text(140, 240, "僱主：雲錦數據服務有限公司", 30, "serif_cjk")
    _ruled(s, 140, 320, [["僱員姓名", "職位", "生效日期", "合約期", "月薪（港元）"],
                         ["藍曉彤", "數據工程師", "2027年2月1日", "兩年", "52,800"]], [250, 290, 300, 200, 300], 76, 28)
    y = _paragraph(s, 140, 520, "一、僱員須按僱主安排於辦公時間內履行上述職位之職責。", 34, 28, 56)
    y = _paragraph(s, 140, y + 10, "二、僱員每年享有有薪年假十二天。", 34, 28, 56)
    y = _paragraph(s, 140, y + 10, "三、任何一方可給予對方一個月書面通知終止本合約。", 34, 28, 56)
    s.text(140, y + 80, "僱主簽署：", 28, "serif_cjk")
    s.text(900, y + 80, "僱員簽署：", 28, "serif_cjk")
    s.text(1060, y + 70, "藍曉彤", 36, "hand_cjk", PEN)
    return scanned_png(s, "hanttable"), {"employer_name": "雲錦數據服務有限公司", "employee_name": "藍曉彤", "position": "數據工程師",
                                   "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 52800.0}


def offer_start_and_end() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Copperleaf Biologics Limited", 34, "serif_bold")
    y = text_lines(s, 140, 220, ["30 November 2026", "", "Dr SONG Jiayi", "", "Dear Dr Song,", "",
                             "Offer of employment: Senior Scientist, Cell Therapy", ""])
    y = text_lines(s, 140, y, ["We are pleased to offer you employment as Senior Scientist, Cell Therapy, on the following terms:", "",
                           "Period: from 1 April 2027 until 31 March 2029.",
                           "Salary: HK$66,500 a month, reviewed each April.",
                           "Housing: none.", "",
                           "Please confirm your acceptance by signing and returning a copy of this letter.", "", "Yours sincerely,", "",
                           "Copperleaf Biologics Limited"])
    return scanned_png(s, "startend"), {"employer_name": "Copperleaf Biologics Limited", "employee_name": "SONG JIAYI",
                                  "position": "Senior Scientist, Cell Therapy", "start_date": "2027-04-01", "term_months": 24,
                                  "monthly_salary_hkd": 66500.0, "housing_allowance_hkd": 0.0}


def contract_address_block() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "HARBOURGATE LOGISTICS LIMITED", 32, "serif_bold")
    y = text_lines(s, 140, 210, ["Private and confidential", "", "Ms HE Xiaowen", "Flat 12B, Block 3, Jinsha Garden", "Futian District, Shenzhen", "",
                             "1 December 2026", "", "Dear Ms He,", "", "Terms of employment"])
    y = text_lines(s, 140, y + 20, [
        "1. You will join the company as Supply Chain Planner on 8 February 2027.",
        "2. Your employment is for a fixed term of 18 months from that date.",
        "3. Your monthly salary will be HK$39,800, paid on the last working day of each month.",
        "4. You are entitled to twelve days of paid annual leave a year.", "",
        "Please sign below to accept these terms.", "", "Accepted: ____________________"])
    return scanned_png(s, "address"), {"employer_name": "HARBOURGATE LOGISTICS LIMITED", "employee_name": "HE XIAOWEN",
                                 "position": "Supply Chain Planner", "start_date": "2027-02-08", "term_months": 18,
                                 "monthly_salary_hkd": 39800.0}


def employer_br_in_groups() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "PARTICULARS OF THE EMPLOYER", 30, "sans_bold")
    rows = [("Name of employer", "Copperleaf Biologics Limited"), ("Business registration number", "6521 0437"),
            ("Name of applicant", "SONG JIAYI"), ("Post", "Senior Scientist, Cell Therapy"), ("Monthly salary (HK$)", "66,500")]
    y = 240
    for label, value in rows:
        s.text(140, y, label, 26, "sans")
        s.text(680, y - 4, value, 30, "mono")
        y += 80
    s.text(140, y + 20, "Is the post under the Talent List?", 26, "sans")
    s.tick(680, y + 16, True)
    s.text(730, y + 20, "Yes", 26, "sans")
    s.tick(840, y + 16, False)
    s.text(890, y + 20, "No", 26, "sans")
    return scanned_png(s, "brgroups"), {"employer_name": "Copperleaf Biologics Limited", "br_number": "65210437", "applicant_name": "SONG JIAYI",
                                  "position": "Senior Scientist, Cell Therapy", "monthly_salary_hkd": 66500.0, "talent_list": True}


def consent_logo_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.ellipse([140, 80, 260, 200], fill=(30, 90, 150))
    s.d.polygon([(170, 170), (200, 100), (230, 170)], fill="white")
    s.text(290, 110, "QX", 60, "sans_bold", (30, 90, 150))
    y = text_lines(s, 140, 300, ["27 November 2026", "", "To the Immigration Department of the HKSAR", "", "Dear Sir or Madam,", "",
                             "Ms SONG Jiayi has worked in our research and development centre since March 2017. We agree that",
                             "she may resign from her post with us and take up employment with Copperleaf Biologics Limited",
                             "in Hong Kong.", "", "Yours faithfully,", "", "", "",
                             "For and on behalf of", "Qingxi Biopharmaceutical (Hangzhou) Co., Ltd.", "Authorised signature"])
    _chop(s, 720, y - 100, "青溪生物制药（杭州）有限公司")
    return scanned_png(s, "logo"), {"organisation": ("Qingxi Biopharmaceutical (Hangzhou) Co., Ltd.", "青溪生物制药（杭州）有限公司"),
                              "applicant_name": "SONG JIAYI", "date": "2026-11-27", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-hant-row.png", contract_hant_heading_row, "employment_contract", "hant-heading-row"),
              ("offer-start-end.png", offer_start_and_end, "employment_contract", "start-and-end"),
              ("contract-address.png", contract_address_block, "employment_contract", "address-block"),
              ("id990b-br-groups.png", employer_br_in_groups, "employer_form", "br-in-groups"),
              ("consent-logo.png", consent_logo_only, "consent_letter", "logo-only")]
    return write_drawn(folder, papers)
