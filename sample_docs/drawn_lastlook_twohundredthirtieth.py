"""A two-hundred-and-thirtieth drawn set, a test set of two business plans, two work experience letters and two sets of
accounts, drawn after this stop's last reader change and read cold at the stop's end, not mended. A plan as an e-mail
to the bank ('The owners have put up HK$…', 'We are targeting sales of …', 'we will have 5 people working for us here in
Hong Kong'); a simplified Chinese plan as a table of targets (注册资本（已实缴）, 首年销售目标, 本地员工); a letter whose person
'was employed in the capacity of … for the period … – …'; a traditional Chinese letter of labelled lines (任職期間：…至…,
最後職位：…); a directors' report in sentences ('Turnover for the year amounted to …', 'The loss for the year was …',
'Shareholders' funds stood at …'); a simplified Chinese 资产负债表 and 利润表 on one page. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredthirtieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def email_to_bank() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 100, ["From: Ada Leung <ada@pebblecove.example>", "To: Business Banking, Harbour Bank", "Subject: Pebble Cove Kitchens Limited",
                             "", "Dear Mr. Ho,", "",
                             "Thank you for your time last week. In short: the owners have put up HK$750,000, all of it paid in as",
                             "share capital. We are targeting sales of HK$2.4 million in our first year, and by the end of that year",
                             "we will have 5 people working for us here in Hong Kong.", "",
                             "Best regards,", "Ada"], 22, "sans", 42)
    return scanned_png(s, "email"), {"capital_hkd": 750000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 5}


def simplified_targets_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "禾木教育科技（香港）有限公司", 36, "serif_cjk")
    s.text(680, 170, "经营目标", 34, "serif_cjk")
    _ruled(s, 140, 260, [["注册资本（已实缴）", "港币120万元"], ["首年销售目标", "港币380万元"], ["本地员工（首年末）", "6名"]], [520, 460], 70, 28)
    return scanned_png(s, "targets"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3800000.0, "local_jobs": 6}


def capacity_for_the_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Zhuhai Coastline Yacht Works Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["17 November 2026", "", "Certificate", "",
                             "Ms. RONG Xiaoqian was employed by this company in the capacity of Naval Design Engineer for the",
                             "period 1 March 2015 – 30 November 2021.", "", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "period"), {"employer": "Zhuhai Coastline Yacht Works Co., Ltd.", "position": "Naval Design Engineer",
                                      "start_date": "2015-03-01", "end_date": "2021-11-30"}


def traditional_labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["姓名：麥子軒", "任職機構：澳門濠江酒店管理有限公司", "任職期間：2014年9月1日至2022年2月28日", "最後職位：營運經理",
                             "", "特此證明。"], 30, "serif_cjk", 62)
    text_lines(s, 880, 720, ["澳門濠江酒店管理有限公司", "2026年11月16日"], 28, "serif_cjk", 54)
    _chop(s, 1100, 760, "澳門濠江酒店管理有限公司")
    return scanned_png(s, "labelled"), {"employer": "澳門濠江酒店管理有限公司", "position": "營運經理", "start_date": "2014-09-01",
                                        "end_date": "2022-02-28"}


def directors_report_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "SILVERMOSS DESIGN LIMITED", 30, "serif_bold")
    s.text(520, 160, "REPORT OF THE DIRECTORS", 26, "serif_bold")
    s.wrapped(140, 240, "The directors present their report and the audited financial statements for the year ended 31 August 2026. "
              "Turnover for the year amounted to HK$3,904,600 (2025: HK$4,118,200). The loss for the year was HK$215,300 "
              "(2025: profit HK$96,400). Shareholders' funds stood at HK$1,386,900 at 31 August 2026.", 88, 24, "serif", leading=44)
    return scanned_png(s, "directors"), {"company_name": "SILVERMOSS DESIGN LIMITED", "period_end": "2026-08-31", "revenue": 3904600.0,
                                         "profit": -215300.0, "total_equity": 1386900.0}


def simplified_two_statements() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 90, "青岚医疗器械有限公司", 36, "serif_cjk")
    s.text(660, 150, "资产负债表", 32, "serif_cjk")
    s.text(500, 200, "2025年12月31日　　单位：港元", 24, "serif_cjk")
    y = _rows(s, 260, [("资产总计", "6,204,300", "5,310,800"), ("负债合计", "2,118,500", "1,902,100"), ("所有者权益合计", "4,085,800", "3,408,700")],
              font="serif_cjk")
    s.text(680, y + 40, "利润表", 32, "serif_cjk")
    s.text(500, y + 90, "2025年度　　单位：港元", 24, "serif_cjk")
    _rows(s, y + 150, [("营业收入", "9,806,400", "8,774,900"), ("营业成本", "7,212,600", "6,501,300"), ("净利润", "677,100", "540,200")],
          font="serif_cjk")
    return scanned_png(s, "twostatements"), {"company_name": "青岚医疗器械有限公司", "period_end": "2025-12-31", "revenue": 9806400.0,
                                             "profit": 677100.0, "total_equity": 4085800.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-email.png", email_to_bank, "business_plan", "email-to-bank"),
              ("plan-targets.png", simplified_targets_table, "business_plan", "simplified-targets-table"),
              ("experience-period.png", capacity_for_the_period, "work_experience_letter", "capacity-for-the-period"),
              ("experience-labelled.png", traditional_labelled_lines, "work_experience_letter", "traditional-labelled-lines"),
              ("accounts-directors.png", directors_report_loss, "financial_statement", "directors-report-loss"),
              ("accounts-two-statements.png", simplified_two_statements, "financial_statement", "simplified-two-statements")]
    return write_drawn(folder, papers)
