"""A three-hundred-and-twenty-eighth drawn set, of two work letters, a consent and a business registration certificate,
drawn in stop 76 after its first mends and read cold, in wording and layouts no earlier set drew: a Chinese letter
that tells a career of promotions in one sentence (加入…任…；…晋升为…；…起任…，直至…离职), the last post the one held; an
English memorandum ('Subject: Employment record of …', 'on our payroll for the period 04-Jan-2016 to 15-Jul-2022', 'Job
title at separation'); an English 'No Objection Letter' from the applicant's employer; a BR certificate whose
particulars stand in three tables, bilingual headings over one row of values each. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredtwentyeighth`). Every name and number is made up."""
from __future__ import annotations

import textwrap
from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def promotions_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "工作证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明柏嘉怡女士于2011年3月14日加入我公司，任助理设计师；2014年7月1日晋升",
                             "为设计师；2017年1月1日起任主任设计师，直至2020年9月30日离职。", "", "　　特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 560, ["杭州栖云家居设计有限公司", "2020年10月9日"], 28, "serif_cjk", 60)
    _chop(s, 1430, 640, "杭州栖云家居设计有限公司")
    return scanned_png(s, "promotions"), {"employer": "杭州栖云家居设计有限公司", "position": "主任设计师", "start_date": "2011-03-14",
                                          "end_date": "2020-09-30"}


def payroll_memo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "MEMORANDUM", 36, "sans_bold")
    text_lines(s, 160, 190, ["From:    Human Resources, Silverline Instruments (Changzhou) Co., Ltd.", "To:        Whom it may concern",
                             "Date:    02-Aug-2022", "Subject: Employment record of Mr. DENG Haoyu"], 24, "sans", 46)
    s.d.line([160, 390, 1500, 390], fill="black", width=2)
    text_lines(s, 160, 430, ["Mr. DENG Haoyu was on our payroll for the period 04-Jan-2016 to 15-Jul-2022.", "",
                             "Job title at separation: Lead Test Engineer", "", "He left on good terms and is eligible for rehire.", "",
                             "WEN Qiaoling", "HR Business Partner"], 24, "sans", 46)
    return scanned_png(s, "memo"), {"employer": "Silverline Instruments (Changzhou) Co., Ltd.", "position": "Lead Test Engineer",
                                    "start_date": "2016-01-04", "end_date": "2022-07-15"}


def no_objection() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Sichuan Tianfu Grid Engineering Co., Ltd.", 30, "serif_bold")
    s.text(160, 135, "No. 88 Jiaozi Avenue, Chengdu", 20, "serif")
    s.text(560, 230, "NO OBJECTION LETTER", 34, "serif_bold")
    text_lines(s, 160, 320, ["Date: 28 October 2026", "",
                             "We have no objection to our employee, Ms. XIE Yutong (Passport No. EK5521038), taking up",
                             "employment in Hong Kong with Harbourfront Energy Consulting Limited under the Admission",
                             "Scheme for Mainland Talents and Professionals. Her post with us will be kept for her return.", "",
                             "For and on behalf of", "Sichuan Tianfu Grid Engineering Co., Ltd.", "", "", "LUO Jianping, Deputy General Manager"],
               24, "serif", 44)
    _chop(s, 1300, 720, "四川天府电网工程有限公司")
    return scanned_png(s, "noobjection"), {"organisation": "Sichuan Tianfu Grid Engineering Co., Ltd.", "applicant_name": "XIE YUTONG",
                                           "date": "2026-10-28", "seal_present": True}


def _headed(s: Sheet, x: int, y: int, cells: list[tuple[str, str, str]], widths: list[int]) -> int:
    """A table of one row of values under bilingual headings: (Chinese, English, value) a column."""
    lines = [textwrap.wrap(value, max(8, w // 15)) for (_, _, value), w in zip(cells, widths)]
    height = 30 + 34 * max(len(v) for v in lines)
    cx = x
    for (zh, en, _), w, value in zip(cells, widths, lines):
        s.d.rectangle([cx, y, cx + w, y + 90], outline="black", width=2)
        s.d.rectangle([cx, y + 90, cx + w, y + 90 + height], outline="black", width=2)
        s.text(cx + 14, y + 10, zh, 22, "serif_cjk")
        s.text(cx + 14, y + 50, en, 20, "serif")
        for k, part in enumerate(value):
            s.text(cx + 14, y + 106 + 34 * k, part, 22, "mono")
        cx += w
    return y + 90 + height


def br_headed_tables() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 90, "商業登記證", 44, "serif_cjk")
    s.text(430, 150, "BUSINESS REGISTRATION CERTIFICATE", 32, "serif_bold")
    y = _headed(s, 140, 240, [("登記證號碼", "Certificate No.", "73961204-000-05-26-6"), ("生效日期", "Date of Commencement", "12/05/2026"),
                              ("屆滿日期", "Date of Expiry", "11/05/2027")], [520, 420, 420])
    y = _headed(s, 140, y + 40, [("業務名稱", "Name of Business", "ORCHID LANE STUDIO LIMITED"), ("業務性質", "Nature of Business", "INTERIOR DESIGN"),
                                 ("法律地位", "Status", "CORP")], [560, 480, 320])
    _headed(s, 140, y + 40, [("業務地址", "Address of Business", "FLAT B, 8/F, WING HING INDUSTRIAL BUILDING, 14 HING YIP STREET, KWUN TONG")],
            [1360])
    return scanned_png(s, "headedtables"), {"business_name": "ORCHID LANE STUDIO LIMITED", "br_number": "73961204",
                                            "address": "FLAT B, 8/F, WING HING INDUSTRIAL BUILDING, 14 HING YIP STREET, KWUN TONG",
                                            "nature_of_business": "INTERIOR DESIGN", "commencement_date": "2026-05-12",
                                            "expiry_date": "2027-05-11"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-promotions-sentence.png", promotions_sentence, "work_experience_letter", "promotions-sentence"),
              ("work-payroll-memo.png", payroll_memo, "work_experience_letter", "payroll-memo"),
              ("consent-no-objection.png", no_objection, "consent_letter", "no-objection"),
              ("br-headed-tables.png", br_headed_tables, "br_certificate", "headed-tables")]
    return write_drawn(folder, papers)
