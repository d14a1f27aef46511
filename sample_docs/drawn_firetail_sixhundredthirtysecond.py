"""A six-hundred-and-thirty-second drawn set, of forms and a BR certificate, drawn after stop 86's last reader change, to be read cold and
left unmended, in wording and layouts no earlier set drew: an ID 990A whose particulars are a ruled table of four columns (label | value
| label | value) in English and traditional Chinese; an ID 990B whose post is under 'Particulars of the Post' with a 'Remuneration package
(monthly)' and the Talent List answered by a cross beside 'No'; a BR certificate whose business name is given in English and then in
Chinese on the next line. Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredthirtysecond`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def four_column_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "Particulars of Applicant 申請人資料", 30, "sans_cjk")
    _ruled(s, 140, 200, [["Surname 姓", "HE", "Given names 名", "SIYUAN"], ["Chinese name 中文姓名", "賀思遠", "Sex 性別", "M"],
                         ["Date of birth 出生日期", "19/06/1990", "Travel document no. 證件號碼", "EC4072158"],
                         ["Employer 僱主", "Brightstrait Biotech Limited"], ["Post 職位", "Process Development Scientist"],
                         ["Monthly salary 月薪", "HK$54,000"], ["Hong Kong degree? 香港學位？", "No 否"]], [330, 360, 330, 360], 72, 22)
    return scanned_png(s, "fourcol"), {"surname": "HE", "given_names": "SIYUAN", "name_zh": "賀思遠", "sex": "M", "date_of_birth": "1990-06-19",
                                       "travel_document_number": "EC4072158", "employer_name": "Brightstrait Biotech Limited",
                                       "position": "Process Development Scientist", "monthly_salary_hkd": 54000.0, "hk_local_degree": False}


def employer_post_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    y = text_lines(s, 140, 120, ["Part 1  Particulars of the Employer", "Name of employer: Brightstrait Biotech Limited",
                                 "Business registration no.: 68809142", "", "Part 2  Particulars of the Post", "Name of the candidate: HE SIYUAN",
                                 "Post title: Process Development Scientist", "Remuneration package (monthly): HK$ 54,000", "",
                                 "Is the post listed in the Talent List?"], 26, "sans", 56)
    s.tick(200, y + 10, False)
    s.text(250, y + 12, "Yes", 26, "sans")
    s.tick(400, y + 10, True)
    s.text(450, y + 12, "No", 26, "sans")
    return scanned_png(s, "postparticulars"), {"employer_name": "Brightstrait Biotech Limited", "br_number": "68809142", "applicant_name": "HE SIYUAN",
                                               "position": "Process Development Scientist", "monthly_salary_hkd": 54000.0, "talent_list": False}


def br_name_two_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "商業登記證", 44, "serif_cjk")
    s.text(470, 160, "BUSINESS REGISTRATION CERTIFICATE", 28, "serif_bold")
    text_lines(s, 160, 270, ["Name of Business 業務名稱:", "GREENLEAF FLORAL DESIGN LIMITED", "綠葉花藝設計有限公司", "",
                             "Certificate No. 登記證號碼: 70136627-000-02-26-3", "Address 地址: FLAT 6, 2/F, 9 PEEL STREET, CENTRAL, HONG KONG",
                             "Nature of Business 業務性質: FLORIST", "Date of Commencement 生效日期: 03/02/2026", "Date of Expiry 屆滿日期: 02/02/2027"],
               24, "serif_cjk", 56)
    return scanned_png(s, "nametwolines"), {"business_name": "GREENLEAF FLORAL DESIGN LIMITED", "br_number": "70136627",
                                            "address": "FLAT 6, 2/F, 9 PEEL STREET, CENTRAL, HONG KONG", "nature_of_business": "FLORIST",
                                            "commencement_date": "2026-02-03", "expiry_date": "2027-02-02"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-four-columns.png", four_column_table, "applicant_form", "four-columns"),
              ("id990b-post-particulars.png", employer_post_particulars, "employer_form", "post-particulars"),
              ("br-name-two-lines.png", br_name_two_lines, "br_certificate", "name-two-lines")]
    return write_drawn(folder, papers)
