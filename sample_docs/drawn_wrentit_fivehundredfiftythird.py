"""A five-hundred-and-fifty-third drawn set, of a report, a consent and two contracts, drawn for stop 84's fourth round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a translated report with other labels ('Full Name', 'Birth
Date', 'University', 'Program', 'Education Level', 'Completion Date', 'Verification Code'); a consent as a letter of agreement to resign
and go (我单位同意…同志辞去现任职务，赴香港特别行政区工作); an English offer whose particulars are rows ('Commencement', 'Duration: 18
months', 'Remuneration: HK$55,000 per month'); a traditional contract in sentences (聘期由…起計為期兩年，月薪港幣伍萬貳仟元正). Each is a case
of its own (`scripts/bench_drawn_forms.py --set fivehundredfiftythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def report_other_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Verification Report of China Higher Education Qualification Certificate", 26, "serif_bold")
    y = 210
    for label, value in [("Full Name", "MAO Yutong"), ("Sex", "Male"), ("Birth Date", "1997-09-30"), ("University", "Xiangnan University of Technology"),
                         ("Program", "Automation"), ("Education Level", "Undergraduate"), ("Completion Date", "2019-06-30"),
                         ("Certificate Number", "192431201906000287"), ("Verification Code", "Q9ZT3MX7KB2WN8RD")]:
        s.text(180, y, label, 24, "sans")
        s.text(640, y, value, 24, "sans")
        y += 54
    return scanned_png(s, "reportother"), {"holder_name": "MAO Yutong", "sex": "M", "date_of_birth": "1997-09-30",
                                           "institution": "Xiangnan University of Technology", "major": "Automation",
                                           "level": ("Undergraduate", "本科"), "graduation_date": "2019-06-30",
                                           "certificate_number": "192431201906000287", "verification_code": "Q9ZT3MX7KB2WN8RD"}


def consent_resign_and_go() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 120, "同意函", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　我单位同意裴子墨同志辞去现任职务，赴香港特别行政区工作。", "　　特此函告。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["西安曲江文化科技有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "西安曲江文化科技有限公司")
    return scanned_png(s, "resigngo"), {"organisation": "西安曲江文化科技有限公司", "applicant_name": "裴子墨", "date": "2026-11-25",
                                        "seal_present": True}


def offer_rows() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Sai Kung Marine Biotech Limited", "EMPLOYMENT OFFER"], 26, "serif_bold", 44)
    y = text_lines(s, 160, 220, ["Dear Ms. SU Qingyi,", "", "We are delighted to offer you employment on the following terms:"], 23, "serif", 46)
    y += 20
    for label, value in [("Position", "Marine Genomics Scientist"), ("Commencement", "3 May 2027"), ("Duration", "18 months"),
                         ("Remuneration", "HK$55,000 per month")]:
        s.text(200, y, label + ":", 23, "serif")
        s.text(520, y, value, 23, "serif")
        y += 50
    text_lines(s, 160, y + 40, ["Yours sincerely,", "", "", "Managing Director"], 23, "serif", 46)
    return scanned_png(s, "offerrows"), {"employer_name": "Sai Kung Marine Biotech Limited", "employee_name": "SU Qingyi",
                                         "position": "Marine Genomics Scientist", "start_date": "2027-05-03", "term_months": 18,
                                         "monthly_salary_hkd": 55000.0}


def traditional_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "聘用合約", 44, "serif_cjk")
    text_lines(s, 160, 220, ["甲方：沙田創科醫療器材有限公司", "乙方：龐紫晴", "",
                             "　　一、甲方聘用乙方為臨床法規事務經理，聘期由2027年4月1日起計為期兩年。", "　　二、乙方月薪港幣伍萬貳仟元正（HK$52,000）。", "",
                             "甲方代表簽署：　　　　　　　乙方簽署："], 27, "serif_cjk", 58)
    return scanned_png(s, "tradsent"), {"employer_name": "沙田創科醫療器材有限公司", "employee_name": "龐紫晴", "position": "臨床法規事務經理",
                                        "start_date": "2027-04-01", "term_months": 24, "monthly_salary_hkd": 52000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-other-labels.png", report_other_labels, "qualification_report", "other-labels"),
              ("consent-resign-and-go.png", consent_resign_and_go, "consent_letter", "resign-and-go"),
              ("contract-offer-rows.png", offer_rows, "employment_contract", "offer-rows"),
              ("contract-traditional-sentences.png", traditional_sentences, "employment_contract", "traditional-sentences")]
    return write_drawn(folder, papers)
