"""A four-hundred-and-fifth drawn set, of two consents and a BR certificate, in wording and layouts no earlier set drew:
a ruled form of the unit's opinion on working abroad (出境工作单位意见表: 姓名, 工作单位, 拟赴地区, 单位意见 with its date),
under the unit's chop; an English 'No Objection Certificate' in which a firm 'has no objection to' its employee 'taking up
employment with' a Hong Kong company; a BR certificate whose rows are 'Business Name' and 'Business Address' in a box,
its dates written with month abbreviations (01-JUN-2025) and its expiry in a sentence ('This certificate expires on').
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def opinion_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "出境工作单位意见表", 40, "serif_cjk")
    _ruled(s, 140, 200, [["姓名", "龚晓雯", "性别", "女"], ["工作单位", "杭州西溪数智科技有限公司"], ["拟赴地区", "香港"],
                         ["单位意见", "同意该员工赴香港工作。"], ["", "（盖章）　2026年11月21日"]], [240, 480, 200, 440], 80, 26)
    _chop(s, 1160, 560, "杭州西溪数智科技有限公司")
    return scanned_png(s, "opinion"), {"organisation": "杭州西溪数智科技有限公司", "applicant_name": "龚晓雯", "date": "2026-11-21",
                                       "seal_present": True}


def no_objection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jade River Environmental Engineering (Chengdu) Co., Ltd.", 28, "serif_bold")
    s.text(520, 190, "NO OBJECTION CERTIFICATE", 30, "serif_bold")
    text_lines(s, 160, 280, ["Date: 29 November 2026", "",
                             "We, Jade River Environmental Engineering (Chengdu) Co., Ltd., have no objection to our employee",
                             "Mr. PENG Zhiyuan taking up employment with Lionrock Water Solutions Limited in Hong Kong.", "",
                             "Authorised signature and company chop"], 24, "serif", 44)
    _chop(s, 1300, 600, "成都玉河环境工程有限公司")
    return scanned_png(s, "noobjection"), {"organisation": "Jade River Environmental Engineering (Chengdu) Co., Ltd.",
                                           "applicant_name": "PENG ZHIYUAN", "date": "2026-11-29", "seal_present": True}


def br_boxed_abbreviated_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 110, "BUSINESS REGISTRATION CERTIFICATE", 36, "serif_bold")
    s.text(1060, 190, "BR No. 71529406", 26, "mono")
    s.d.rectangle([130, 250, 1520, 700], outline="black", width=2)
    y = 280
    for label, value in [("Business Name", "SILVERMOSS INTERIOR DESIGN LIMITED"), ("Business Address", "FLAT B, 9/F, KWAI SHING INDUSTRIAL"),
                         ("", "BUILDING, 42 TAI LIN PAI ROAD, KWAI CHUNG"), ("Nature", "INTERIOR DESIGN CONSULTANCY"),
                         ("Commencement Date", "01-JUN-2025")]:
        if label:
            s.text(160, y, label, 24, "serif")
        s.text(600, y, value, 26, "mono")
        y += 52 if not label or value.endswith("INDUSTRIAL") else 84
    text_lines(s, 160, 740, ["This certificate expires on 31-MAY-2027."], 24, "serif", 44)
    return scanned_png(s, "boxedmonths"), {"business_name": "SILVERMOSS INTERIOR DESIGN LIMITED", "br_number": "71529406",
                                           "address": "FLAT B, 9/F, KWAI SHING INDUSTRIAL BUILDING, 42 TAI LIN PAI ROAD, KWAI CHUNG",
                                           "nature_of_business": "INTERIOR DESIGN CONSULTANCY",
                                           "commencement_date": "2025-06-01", "expiry_date": "2027-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-opinion-form.png", opinion_form, "consent_letter", "opinion-form"),
              ("consent-no-objection.png", no_objection, "consent_letter", "no-objection"),
              ("br-boxed-abbreviated-months.png", br_boxed_abbreviated_months, "br_certificate", "boxed-abbreviated-months")]
    return write_drawn(folder, papers)
