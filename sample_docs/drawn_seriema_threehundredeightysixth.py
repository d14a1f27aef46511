"""A three-hundred-and-eighty-sixth drawn set, of employers' consents, read cold before any reader change for it, in
wording and layouts no earlier set drew: a Chinese 同意函 that 兹同意我单位职工 a person（…通行证号码：…）赴香港特别行政区
工作; an English 'NO OBJECTION CERTIFICATE' that a company 'has no objection to our employee' 'taking up employment in
Hong Kong'; a traditional 同意書 that 本公司同意員工…前往香港就業, dated in Han numerals. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredeightysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def agreement_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 100, "同意函", 46, "serif_cjk")
    text_lines(s, 160, 230, ["香港特别行政区政府入境事务处：", "",
                             "　　兹同意我单位职工邵文杰（内地居民往来港澳通行证号码：C00000000）赴香港特别行政区工作。", "",
                             "　　特此函告。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 580, ["合肥庐阳软件园发展有限公司", "2026年11月5日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 650, "合肥庐阳软件园发展有限公司")
    return scanned_png(s, "agreement"), {"organisation": "合肥庐阳软件园发展有限公司", "applicant_name": "邵文杰", "date": "2026-11-05",
                                         "seal_present": True}


def no_objection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Nanhai Precision Castings Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Date: 17 November 2026", "", "NO OBJECTION CERTIFICATE", "",
                             "Nanhai Precision Castings Co., Ltd. has no objection to our employee Ms. LEI Ting taking up",
                             "employment in Hong Kong under the Admission Scheme for Mainland Talents and Professionals.", "",
                             "Authorised signature", "Personnel Manager"], 24, "serif", 44)
    return scanned_png(s, "noobjection"), {"organisation": "Nanhai Precision Castings Co., Ltd.", "applicant_name": "LEI TING",
                                           "date": "2026-11-17"}


def traditional_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 100, "同意書", 46, "serif_cjk")
    text_lines(s, 160, 230, ["　　本公司同意員工何俊傑前往香港就業，並於其在港工作期間保留其職位。", "", "　　此致", "香港入境事務處"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["東莞松湖光電科技有限公司", "二〇二六年十一月三日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 630, "東莞松湖光電科技有限公司")
    return scanned_png(s, "tradconsent"), {"organisation": "東莞松湖光電科技有限公司", "applicant_name": "何俊傑", "date": "2026-11-03",
                                           "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-agreement-letter.png", agreement_letter, "consent_letter", "agreement-letter"),
              ("consent-no-objection.png", no_objection, "consent_letter", "no-objection"),
              ("consent-traditional.png", traditional_consent, "consent_letter", "traditional")]
    return write_drawn(folder, papers)
