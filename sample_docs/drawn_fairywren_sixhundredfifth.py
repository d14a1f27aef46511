"""A six-hundred-and-fifth drawn set, of work experience letters, drawn after stop 85's last reader change, to be read cold and left
unmended, in wording and layouts no earlier set drew: a memo of service ('Subject: Service Confirmation', 'She served as … from … until
…'); a Hong Kong certificate of employment in traditional Chinese whose period is stated as such ('任職期間為二〇一六年三月一日至二〇二〇年
八月三十一日，職位為高級會計主任'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredfifth`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def service_memo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 100, "Qingdao Blue Ocean Instruments Co., Ltd.", 30, "sans_bold")
    y = text_lines(s, 180, 190, ["To: Whom it may concern", "Date: 19 November 2026", "Subject: Service Confirmation", "",
                                 "Ms. ZHENG Shiyu served as Product Marketing Manager from 6 June 2017 until 30 April 2022. She left",
                                 "of her own accord and is not bound by any obligation to the company."], 24, "serif", 46)
    text_lines(s, 180, y + 80, ["Human Resources", "Qingdao Blue Ocean Instruments Co., Ltd."], 24, "serif", 44)
    return scanned_png(s, "servicememo"), {"employer": "Qingdao Blue Ocean Instruments Co., Ltd.", "position": "Product Marketing Manager",
                                           "start_date": "2017-06-06", "end_date": "2022-04-30"}


def period_stated() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "僱傭證明書", 48, "serif_cjk")
    y = text_lines(s, 200, 260, ["　　茲證明陳思穎女士曾受僱於本公司，任職期間為二〇一六年三月一日至二〇二〇年八月三十一日，",
                                 "職位為高級會計主任。", "　　特此證明。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 110, ["港島恒信會計師行有限公司", "二〇二六年十一月十八日"], 28, "serif_cjk", 54)
    _chop(s, 650, y + 180, "港島恒信會計師行有限公司")
    return scanned_png(s, "periodstated"), {"employer": "港島恒信會計師行有限公司", "position": "高級會計主任", "start_date": "2016-03-01",
                                            "end_date": "2020-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-service-memo.png", service_memo, "work_experience_letter", "service-memo"),
              ("work-period-stated.png", period_stated, "work_experience_letter", "period-stated")]
    return write_drawn(folder, papers)
