"""A two-hundred-and-twenty-eighth drawn set, a test set of three work experience letters and three business plans in
layouts and wording no set drew, drawn after the 227th's mends. A reference whose person 'joined … on … as … and rose to
… before leaving on …'; a simplified Chinese letter whose dates are in Chinese numerals with 〇 (自二〇一三年五月六日入职，任…，
二〇二一年十月八日离职); an English table of one row (Position held | Department | Date joined | Date left); a plan in one
dense paragraph ('subscribed for 1,000,000 shares of HK$1 each, fully paid', 'sales to come to around HK$3.6 million',
'we will employ four people, all Hong Kong residents'); a traditional Chinese plan in running text (資本為港幣一百五十萬元，
已由股東全數繳足…); a plan summary form of underlined blanks. Each is a case of its own (`scripts/bench_drawn_forms.py
--set twohundredtwentyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def rose_to_before_leaving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Chengdu Skyline Investment Research Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["REFERENCE LETTER", "", "10 November 2026", "",
                             "Mr. GUO Tianyi joined Chengdu Skyline Investment Research Co., Ltd. on 10 October 2011 as a Junior",
                             "Analyst and rose to Senior Equity Analyst before leaving on 31 May 2018. We found him diligent and able.",
                             "", "Head of Research"], 24, "serif", 44)
    return scanned_png(s, "roseto"), {"employer": "Chengdu Skyline Investment Research Co., Ltd.", "position": "Senior Equity Analyst",
                                      "start_date": "2011-10-10", "end_date": "2018-05-31"}


def zero_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 140, 260, "兹有我公司员工石磊，自二〇一三年五月六日入职，任结构工程师，二〇二一年十月八日离职。特此证明。", 22, 38, 78)
    text_lines(s, 880, y + 80, ["南通江海建筑设计有限公司", "二〇二六年十一月十日"], 30, "serif_cjk", 56)
    _chop(s, 1100, y + 120, "南通江海建筑设计有限公司")
    return scanned_png(s, "zeros"), {"employer": "南通江海建筑设计有限公司", "position": "结构工程师", "start_date": "2013-05-06",
                                     "end_date": "2021-10-08"}


def one_row_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Wuxi Lakeshore Semiconductor Co., Ltd.", 30, "serif_bold")
    s.text(140, 180, "Employment details of Ms. XUE Yiran", 26, "serif")
    _ruled(s, 140, 250, [["Position held", "Department", "Date joined", "Date left"],
                         ["Process Integration Engineer", "Fab 2", "3 Jan 2017", "27 Sep 2024"]], [460, 260, 300, 300], 66, 22)
    text_lines(s, 140, 460, ["Issued by Human Resources on 19 November 2026."], 22, "serif", 40)
    return scanned_png(s, "onerow"), {"employer": "Wuxi Lakeshore Semiconductor Co., Ltd.", "position": "Process Integration Engineer",
                                      "start_date": "2017-01-03", "end_date": "2024-09-27"}


def dense_paragraph() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kingfisher Bay Seafood Limited", 30, "serif_bold")
    s.wrapped(140, 190, "Kingfisher Bay Seafood Limited will import chilled fish from Fujian and sell it to restaurants in Kowloon. "
              "Our two shareholders have subscribed for 1,000,000 shares of HK$1 each, fully paid, and we expect our first year's "
              "sales to come to around HK$3.6 million once the cold store opens in March. By the end of the first year we will employ "
              "four people, all Hong Kong residents, to run the store and the deliveries.", 86, 24, "serif", leading=44)
    return scanned_png(s, "dense"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 4}


def traditional_running_text() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "瑞豐冷鏈物流有限公司", 40, "serif_cjk")
    s.text(680, 170, "業務計劃書", 36, "serif_cjk")
    _paragraph(s, 140, 280, "本公司資本為港幣一百五十萬元，已由股東全數繳足。預計首年營業額為港幣五百萬元，並聘請本地全職員工六名。", 22, 36, 74)
    return scanned_png(s, "running"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 5000000.0, "local_jobs": 6}


def underlined_blanks() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "BUSINESS PLAN SUMMARY", 32, "sans_bold")
    s.text(140, 160, "Company: Tern Island Optics Limited", 24, "sans")
    y = 250
    for label, value in [("Capital paid up", "HK$800,000"), ("Turnover expected in year 1", "HK$2,900,000"), ("Jobs for Hong Kong residents", "5")]:
        end = s.text(140, y, label, 24, "sans")
        s.d.line([end + 20, y + 30, 1100, y + 30], fill="black", width=2)
        s.text(end + 60, y - 4, value, 26, "mono")
        y += 80
    return scanned_png(s, "blanks"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2900000.0, "local_jobs": 5}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-rose-to.png", rose_to_before_leaving, "work_experience_letter", "rose-to-before-leaving"),
              ("experience-zeros.png", zero_numeral_dates, "work_experience_letter", "zero-numeral-dates"),
              ("experience-one-row.png", one_row_table, "work_experience_letter", "one-row-table"),
              ("plan-dense.png", dense_paragraph, "business_plan", "dense-paragraph"),
              ("plan-running.png", traditional_running_text, "business_plan", "traditional-running-text"),
              ("plan-blanks.png", underlined_blanks, "business_plan", "underlined-blanks")]
    return write_drawn(folder, papers)
