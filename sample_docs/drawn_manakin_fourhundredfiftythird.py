"""A four-hundred-and-fifty-third drawn set, of two consents and an offer, drawn after the stop's last reader change, to
be read cold, in wording and layouts no earlier set drew: a consent addressed to the Hong Kong employer (致：…；贵公司拟聘用
我单位职工…同志，我单位同意); an English consent 'Re: Consent to employment in Hong Kong — Ms. …' ('We write to confirm our
agreement to Ms. … taking up the post offered to her by your company'); an offer of 'a fixed-term appointment of 2
years commencing on' a date, 'Your remuneration will be HK$… per month'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredfiftythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def addressed_to_employer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 130, "同意函", 44, "serif_cjk")
    s.text(140, 240, "致：香港瑞峰检测认证有限公司", 28, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　贵公司拟聘用我单位职工邝家豪同志，我单位同意，并将为其办理相关手续。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["南宁邕江检测技术有限公司", "2026年11月29日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "南宁邕江检测技术有限公司")
    return scanned_png(s, "toemployer"), {"organisation": "南宁邕江检测技术有限公司", "applicant_name": "邝家豪", "date": "2026-11-29",
                                          "seal_present": True}


def re_consent_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hefei Lakeview Environmental Technology Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["29th November 2026", "", "Re: Consent to employment in Hong Kong — Ms. ZHOU Ling", "",
                             "We write to confirm our agreement to Ms. ZHOU Ling taking up the post offered to her by your company.", "",
                             "Yours faithfully,", "", "Human Resources Manager"], 24, "serif", 46)
    _chop(s, 1150, 620, "合肥湖景环境科技有限公司")
    return scanned_png(s, "reconsent"), {"organisation": "Hefei Lakeview Environmental Technology Co., Ltd.", "applicant_name": "ZHOU Ling",
                                         "date": "2026-11-29", "seal_present": True}


def fixed_term_appointment() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Kowloon Bay Building Services Engineering Limited", 28, "serif_bold")
    text_lines(s, 160, 190, ["1 December 2026", "", "Mr. LIANG Yu", "", "Dear Mr. LIANG,", "", "Offer of Appointment", "",
                             "We are pleased to offer you the post of Senior Mechanical Engineer. This is a fixed-term appointment of",
                             "2 years commencing on 1 April 2027. Your remuneration will be HK$38,500 per month.", "",
                             "Yours sincerely,", "", "Director"], 24, "serif", 44)
    return scanned_png(s, "fixedterm"), {"employer_name": "Kowloon Bay Building Services Engineering Limited", "employee_name": "LIANG Yu",
                                         "position": "Senior Mechanical Engineer", "start_date": "2027-04-01", "term_months": 24,
                                         "monthly_salary_hkd": 38500.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-addressed-to-employer.png", addressed_to_employer, "consent_letter", "addressed-to-employer"),
              ("consent-re-english.png", re_consent_english, "consent_letter", "re-english"),
              ("contract-fixed-term-appointment.png", fixed_term_appointment, "employment_contract", "fixed-term-appointment")]
    return write_drawn(folder, papers)
