"""A three-hundred-and-eighty-seventh drawn set, of business registration certificates, read cold before any reader
change for it, in wording and layouts no earlier set drew: a certificate whose labels and values stand in a ruled grid,
the labels bilingual on one line ('Business Name 業務名稱'); a certificate whose values sit under their labels
(label above, value below); a certificate photocopied with its dates day-month-name ('01-APR-2026'). Each is a case of
its own (`scripts/bench_drawn_forms.py --set threehundredeightyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def ruled_bilingual() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 110, "BUSINESS REGISTRATION CERTIFICATE 商業登記證", 34, "serif_bold")
    _ruled(s, 120, 220, [["Business Name 業務名稱", "SILVERGATE MARINE SUPPLIES LIMITED"],
                         ["Address 地址", "FLAT B, 9/F, 23 WING HONG STREET, CHEUNG SHA WAN"],
                         ["Nature of Business 業務性質", "SHIP CHANDLERY"],
                         ["Commencement 生效日期", "02/05/2026"], ["Expiry 屆滿日期", "01/05/2027"],
                         ["Certificate No. 登記證號碼", "71450286-000-05-26-9"]], [440, 960], 80, size=24)
    return scanned_png(s, "ruledbilingual"), {"business_name": "SILVERGATE MARINE SUPPLIES LIMITED", "br_number": "71450286",
                                              "address": "FLAT B, 9/F, 23 WING HONG STREET, CHEUNG SHA WAN",
                                              "nature_of_business": "SHIP CHANDLERY", "commencement_date": "2026-05-02",
                                              "expiry_date": "2027-05-01"}


def values_under_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "BUSINESS REGISTRATION CERTIFICATE", 38, "serif_bold")
    s.text(660, 170, "商業登記證", 36, "serif_cjk")
    y = 280
    for label, value in [("NAME OF BUSINESS", "ORCHID HILL EDUCATION CENTRE LIMITED"),
                         ("BUSINESS ADDRESS", "SHOP 12, G/F, 45 TAI PO ROAD, SHAM SHUI PO"),
                         ("NATURE OF BUSINESS", "TUTORIAL SERVICES"), ("DATE OF COMMENCEMENT", "18/08/2026"),
                         ("DATE OF EXPIRY", "17/08/2027"), ("CERTIFICATE NO.", "72390514-000-08-26-1")]:
        s.text(160, y, label, 20, "sans")
        s.text(160, y + 34, value, 28, "mono")
        y += 104
    return scanned_png(s, "valuesunder"), {"business_name": "ORCHID HILL EDUCATION CENTRE LIMITED", "br_number": "72390514",
                                           "address": "SHOP 12, G/F, 45 TAI PO ROAD, SHAM SHUI PO",
                                           "nature_of_business": "TUTORIAL SERVICES", "commencement_date": "2026-08-18",
                                           "expiry_date": "2027-08-17"}


def month_names_in_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 110, "BUSINESS REGISTRATION CERTIFICATE", 38, "serif_bold")
    y = 240
    for label, value in [("Business Name:", "REDWOOD LANE CONSULTING LIMITED"), ("Business Address:", "RM 1806, 18/F, 8 KWAI FUNG CRESCENT,"),
                         ("", "KWAI CHUNG"), ("Nature:", "MANAGEMENT CONSULTANCY"), ("Valid from:", "01-APR-2026"),
                         ("Valid to:", "31-MAR-2027"), ("BR No.:", "73018245-000-04-26-6")]:
        if label:
            s.text(160, y, label, 26, "serif")
        s.text(600, y, value, 26, "mono")
        y += 50 if not label else 70
    return scanned_png(s, "monthnames"), {"business_name": "REDWOOD LANE CONSULTING LIMITED", "br_number": "73018245",
                                          "address": ("RM 1806, 18/F, 8 KWAI FUNG CRESCENT, KWAI CHUNG",),
                                          "nature_of_business": "MANAGEMENT CONSULTANCY", "commencement_date": "2026-04-01",
                                          "expiry_date": "2027-03-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-ruled-bilingual.png", ruled_bilingual, "br_certificate", "ruled-bilingual"),
              ("br-values-under-labels.png", values_under_labels, "br_certificate", "values-under-labels"),
              ("br-month-names-in-dates.png", month_names_in_dates, "br_certificate", "month-names-in-dates")]
    return write_drawn(folder, papers)
