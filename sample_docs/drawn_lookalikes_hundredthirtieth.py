"""A hundred-and-thirtieth drawn set: papers applicants add that are none of the types SPEC §3 asks for, though each
speaks the words of one. The employee's own resignation letter, which names going to work in Hong Kong; the Hong Kong
employer's letter asking the unit for its consent (the request, with no reply); a bank's reference for the employer's
account; the employer's office tenancy agreement (parties, a term, a monthly sum, a commencement date); a supplier's
invoice to the employer. Each should be read as `unknown`, and is a case of its own. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredthirtieth`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled

UNKNOWN = {"type": "unknown"}


def resignation_by_employee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "辞职申请书", 44, "serif_cjk")
    s.text(140, 240, "尊敬的公司领导：", 28, "serif_cjk")
    y = _paragraph(s, 140, 310, "　　本人于2019年7月入职公司，现任测试工程师。因本人已获香港一家公司聘用，拟赴港工作，特向公司提出辞职"
                   "申请，希望于2027年1月15日前完成工作交接。感谢公司多年来的培养与关照。", 36, 28, 56)
    s.text(960, y + 100, "申请人：卢思源", 28, "serif_cjk")
    s.text(960, y + 160, "2026年11月18日", 28, "serif_cjk")
    return scanned_png(s, "resign"), UNKNOWN


def consent_request_without_reply() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northwind Precision Instruments Limited", 32, "serif_bold")
    lines = ["18 November 2026", "", "The Human Resources Department", "Shenyang Beifang Instrument Co., Ltd.", "",
             "Dear Sirs,", "", "Request for a letter of consent: Mr LU Siyuan", "",
             "We have offered Mr LU Siyuan the post of Test Engineer in Hong Kong. To apply for his employment visa under",
             "the Admission Scheme for Mainland Talents and Professionals he needs a letter of consent from his present",
             "employer. We should be grateful if you would issue one and send it to him.", "", "Yours faithfully,", "",
             "Vivian Ho, Human Resources Manager"]
    y = 200
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.startswith("Request") else "serif")
        y += 42
    return scanned_png(s, "request"), UNKNOWN


def bank_reference() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbour Commerce Bank Limited", 32, "serif_bold")
    s.text(140, 150, "Kwun Tong Branch", 24, "serif")
    lines = ["25 November 2026", "", "BANK REFERENCE", "", "Customer: Northwind Precision Instruments Limited", "",
             "We confirm that the above customer has maintained a current account with this branch since March 2018",
             "and that the account has been conducted satisfactorily. The average balance over the last six months",
             "was in the range of a high seven-figure sum in Hong Kong dollars.", "",
             "This reference is given in confidence and without responsibility on the part of the bank.", "", "Branch Manager"]
    y = 240
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 42
    return scanned_png(s, "bankref"), UNKNOWN


def tenancy_agreement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "TENANCY AGREEMENT", 36, "serif_bold")
    _ruled(s, 140, 220, [["Landlord", "Goldfield Properties Limited"], ["Tenant", "Northwind Precision Instruments Limited"],
                         ["Premises", "Unit 1205, 12/F, Kwun Tong Harbour Plaza, Kowloon"], ["Term", "Two years"],
                         ["Commencement date", "1 January 2027"], ["Monthly rent", "HK$58,000 exclusive of rates"],
                         ["Deposit", "HK$174,000 (three months' rent)"]], [420, 980], 70, 24)
    s.text(140, 760, "The Tenant shall pay the rent monthly in advance on the first day of each calendar month.", 24, "serif")
    s.text(140, 810, "Signed by the Landlord and the Tenant on 20 November 2026.", 24, "serif")
    return scanned_png(s, "tenancy"), UNKNOWN


def supplier_invoice() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lantau Optical Components Limited", 32, "serif_bold")
    s.text(1200, 100, "INVOICE", 40, "serif_bold")
    for k, line in enumerate(["Invoice no.: LOC-2026-1187", "Date: 27 November 2026", "Bill to: Northwind Precision Instruments Limited"]):
        s.text(140, 200 + 44 * k, line, 24, "serif")
    _ruled(s, 140, 380, [["Item", "Qty", "Unit price (HK$)", "Amount (HK$)"], ["Precision lens assembly LA-40", "120", "1,250.00", "150,000.00"],
                         ["Mounting kit MK-2", "120", "85.00", "10,200.00"], ["", "", "Total", "160,200.00"]], [560, 160, 320, 320], 64, 24)
    s.text(140, 700, "Payment due within 30 days. Thank you for your business.", 24, "serif")
    return scanned_png(s, "invoice"), UNKNOWN


def write_all(folder: Path) -> list[dict]:
    papers = [("upload-01.png", resignation_by_employee, "unknown", "employee-resignation"),
              ("upload-02.png", consent_request_without_reply, "unknown", "consent-request"),
              ("upload-03.png", bank_reference, "unknown", "bank-reference"),
              ("upload-04.png", tenancy_agreement, "unknown", "tenancy-agreement"),
              ("upload-05.png", supplier_invoice, "unknown", "supplier-invoice")]
    return write_drawn(folder, papers)
