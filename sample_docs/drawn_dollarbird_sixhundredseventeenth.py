"""A six-hundred-and-seventeenth drawn set, of work letters, drawn in stop 86's fourth round to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a 在职证明 of a person still employed (自…起在我单位工作至今，现任…研究院算法研究员);
an e-mail printed to paper (From / Sent / To / Subject headers) whose dates are American and say so ('start date 06/01/2018
(MM/DD/YYYY)', 'last working day 11/30/2023'); a Hong Kong 工作證明 in traditional Chinese as a two-column table whose period is one
cell (受僱期間 | 2015年9月1日至2022年12月31日). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredseventeenth`).
A post printed run on from its unit is read whole, as the
project reads '風險管理部高級分析師' (tests/test_columns.py); the truth first drawn took the post alone (read cold 10 / 11 so). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def still_employed_institute() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "在职证明", 48, "serif_cjk")
    y = text_lines(s, 180, 260, ["　　兹证明汤梓萌同志（身份证号：略）自2019年4月8日起在我单位工作至今，现任人工智能研究院", "算法研究员。",
                                 "　　特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 960, y + 110, ["杭州云栖智算科技有限公司", "人力资源部", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 600, y + 200, "杭州云栖智算科技有限公司")
    return scanned_png(s, "stillemployed"), {"employer": "杭州云栖智算科技有限公司", "position": ("人工智能研究院算法研究员", "算法研究员"),
                                             "start_date": "2019-04-08"}


def email_american_dates() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 100, ["From:    HR Shared Services <hr.services@lakeview-retail.example>", "Sent:    Tuesday, November 24, 2026 10:12 AM",
                             "To:      immigration.support@harbourstore.example", "Subject: Employment confirmation - KONG Yue"], 22, "sans", 38)
    s.d.line([140, 270, 1514, 270], fill="black", width=1)
    y = text_lines(s, 140, 310, ["To whom it may concern,", "",
                                 "We confirm that Ms. KONG Yue was employed by Suzhou Lakeview Retail Management Co., Ltd. on a full-time",
                                 "basis as Store Operations Manager. Start date 06/01/2018 (MM/DD/YYYY); last working day 11/30/2023.", "",
                                 "Regards,", "HR Shared Services", "Suzhou Lakeview Retail Management Co., Ltd."], 24, "serif", 44)
    s.text(140, y + 200, "1 of 1", 18, "sans")
    return scanned_png(s, "emailus"), {"employer": "Suzhou Lakeview Retail Management Co., Ltd.", "position": "Store Operations Manager",
                                       "start_date": "2018-06-01", "end_date": "2023-11-30"}


def hk_period_cell() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "工作證明", 48, "serif_cjk")
    y = _ruled(s, 180, 260, [["僱員姓名", "麥凱琳"], ["職位", "高級物業主任"], ["受僱期間", "2015年9月1日至2022年12月31日"], ["離職原因", "個人發展"]],
               [360, 900], 80, 28)
    y = text_lines(s, 180, y + 50, ["　　上述資料經本公司核實無誤，特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 960, y + 110, ["新界東物業管理有限公司", "二〇二六年十一月二十七日"], 28, "serif_cjk", 56)
    _chop(s, 600, y + 200, "新界東物業管理有限公司")
    return scanned_png(s, "hkperiod"), {"employer": "新界東物業管理有限公司", "position": "高級物業主任", "start_date": "2015-09-01",
                                        "end_date": "2022-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-still-employed.png", still_employed_institute, "work_experience_letter", "still-employed"),
              ("work-email-american.png", email_american_dates, "work_experience_letter", "email-american"),
              ("work-hk-period-cell.png", hk_period_cell, "work_experience_letter", "hk-period-cell")]
    return write_drawn(folder, papers)
