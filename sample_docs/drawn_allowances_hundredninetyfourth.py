"""A hundred-and-ninety-fourth drawn set, a test set: four consents drawn after the consents' readers met the
hundred-and-eighty-third. A consent from a research institute in traditional Chinese ('本所同意…赴港任職'); an English
consent whose person is named 'our employee, Ms …,' between commas and whose date is '25th November 2026'; a consent
as a form with tick boxes ('☑ 同意 ☐ 不同意'); a consent by e-mail from the HR director, printed, with no chop. Each is a
case of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredninetyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def institute_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "嶺南海洋生態研究所", 42, "serif_cjk")
    s.text(700, 210, "同意書", 42, "serif_cjk")
    y = _paragraph(s, 140, 330, "　　本所助理研究員練思遠，擬應聘香港Tidewater Marine Consultancy Limited海洋科學家職位。本所同意其赴港任職。特此證明。",
                   34, 28, 56)
    s.text(900, y + 140, "嶺南海洋生態研究所", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月26日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "嶺南海洋生態研究所")
    return scanned_png(s, "institute"), {"organisation": "嶺南海洋生態研究所", "applicant_name": ("练思远", "練思遠"), "date": "2026-11-26",
                                   "seal_present": True}


def employee_between_commas() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Wenzhou Oujiang Valve Manufacturing Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["25th November 2026", "", "Dear Sir or Madam,", "",
                 "Our employee, Ms DONG Xinyue, has been offered a post by Pinecliff Industrial Supplies Limited in Hong Kong.",
                 "The company consents to her accepting the offer and will release her from her present duties.", "",
                 "Yours faithfully,", "", "", "HUANG Weiguo", "General Manager"]:
        s.text(140, y, line, 22, "serif")
        y += 40
    _chop(s, 420, y - 60, "温州瓯江阀门制造有限公司")
    return scanned_png(s, "commas"), {"organisation": "Wenzhou Oujiang Valve Manufacturing Co., Ltd.", "applicant_name": "DONG XINYUE",
                                "date": "2026-11-25", "seal_present": True}


def tick_box_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "员工赴港工作意见表", 46, "serif_cjk")
    y = _ruled(s, 140, 240, [["员工姓名", "牛子健", "所在部门", "研发中心"], ["拟赴港单位", "Quayside Battery Systems Limited"]],
               [260, 420, 260, 420], 80, 26)
    s.text(160, y + 60, "单位意见：", 30, "serif_cjk")
    s.tick(360, y + 60, True)
    s.text(410, y + 60, "同意", 30, "serif_cjk")
    s.tick(560, y + 60, False)
    s.text(610, y + 60, "不同意", 30, "serif_cjk")
    s.text(880, y + 220, "宁波甬江新能源科技有限公司", 28, "serif_cjk")
    s.text(980, y + 280, "2026年11月27日", 28, "serif_cjk")
    _chop(s, 1120, y + 250, "宁波甬江新能源科技有限公司")
    return scanned_png(s, "ticks"), {"organisation": "宁波甬江新能源科技有限公司", "applicant_name": "牛子健", "date": "2026-11-27",
                               "seal_present": True}


def printed_email() -> tuple[bytes, dict]:
    s = Sheet()
    y = 120
    for line in ["From: HR Director <hr@bluepeak-games.example>", "Sent: Friday, November 27, 2026 10:14 AM",
                 "To: visa@shoreline-studios.example", "Subject: Consent - LU Haoming", "",
                 "Dear Shoreline Studios,", "", "Bluepeak Games (Chengdu) Co., Ltd. agrees that our senior animator, LU Haoming, may",
                 "take up his new post with Shoreline Studios Limited in Hong Kong. We have no objection to his visa application.", "",
                 "Best regards,", "ZHAO Lin", "HR Director, Bluepeak Games (Chengdu) Co., Ltd."]:
        s.text(140, y, line, 22, "sans")
        y += 40
    return scanned_png(s, "email"), {"organisation": "Bluepeak Games (Chengdu) Co., Ltd.", "applicant_name": "LU HAOMING", "date": "2026-11-27",
                               "seal_present": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-institute.png", institute_hant, "consent_letter", "institute-hant"),
              ("consent-commas.png", employee_between_commas, "consent_letter", "employee-between-commas"),
              ("consent-ticks.png", tick_box_form, "consent_letter", "tick-box-form"),
              ("consent-email.png", printed_email, "consent_letter", "printed-email")]
    return write_drawn(folder, papers)
